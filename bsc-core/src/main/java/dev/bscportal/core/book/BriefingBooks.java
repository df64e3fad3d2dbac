package dev.bscportal.core.book;

import dev.bscportal.core.files.FileTrees;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.site.BookViews;
import dev.bscportal.core.site.RenderException;
import dev.bscportal.core.site.SiteOptions;
import dev.bscportal.core.presentation.SitePaths;
import dev.bscportal.core.maps.MapLayout;
import dev.bscportal.core.score.StrategyScores;
import dev.bscportal.core.files.WriterThreads;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes the briefing books of one edition: {@code briefing-book.pdf} for the company and
 * {@code units/<id>/briefing-book.pdf} for every unit the options' {@code bookUnits} select, in parallel on all cores. A book whose content did not change
 * since the previous build (same document, same code and fonts writing it: its PDF document id says so, see {@link BookFormat}) is taken from there instead of
 * being laid out again, and is byte-identical to a fresh one.
 */
public final class BriefingBooks {

    /** The book's file name, in the folder of its scorecard's home page. */
    public static final String FILE = "briefing-book.pdf";


    /** The name the digest of the code that wrote the books is recorded under, beside them ({@link BookFormat}). */
    public static final String RECORD = "book-code";

    /** Part of every book's digest; raise it only if the same document and code ever should give another PDF. */
    private static final String DOCUMENT_FORMAT = "bsc-book/2";

    private static final LocalDate NO_DATA_DATE = LocalDate.of(2000, 1, 1);

    private final SiteOptions options;
    private final BookOptions book;
    private final Optional<MapLayout> layout;
    private final boolean parallelMaps;
    private final BookFormat format;

    public BriefingBooks(SiteOptions options, BookOptions book, Optional<MapLayout> layout, boolean parallelMaps) {
        this(options, book, layout, parallelMaps, BookFormat.ofRunningCode());
    }

    /** With the {@code format} of the code that writes the books (tests pretend another code wrote them). */
    BriefingBooks(SiteOptions options, BookOptions book, Optional<MapLayout> layout, boolean parallelMaps, BookFormat format) {
        this.options = options;
        this.book = book;
        this.layout = layout;
        this.parallelMaps = parallelMaps;
        this.format = format;
    }

    /** The site path of a scorecard's book. */
    public static String path(Scorecard scorecard) {
        return SitePaths.book(scorecard);
    }

    /**
     * Writes every book of the edition into {@code target}; {@code previous} are the books published before (read
     * only), which are reused when they were written by today's code from today's document.
     */
    public BookReport write(Strategy strategy, StrategyScores scores, Path target, Optional<PreviousBooks> previous)
            throws RenderException {
        Optional<Path> reusable = previous.filter(p -> p.codeDigest().equals(codeDigest())).map(PreviousBooks::directory);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "bsc-book");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger kept = new AtomicInteger();
        Path fontDirectory = null;
        try {
            fontDirectory = Files.createTempDirectory("bsc-book-fonts");
            BookFonts fonts = BookFonts.load(fontDirectory);
            BookViews views = BookViews.prepare(options, strategy, scores, layout, parallelMaps, executor);
            LocalDate date = scores.asOf().map(p -> p.endDate()).orElse(NO_DATA_DATE);
            BookPage page = new BookPage(book.size().css(), book.edition(), BookPage.PERIODS);
            List<Future<?>> futures = new ArrayList<>();
            for (Scorecard scorecard : views.scorecards()) {
                if (!options.bookUnits().includes(scorecard)) {
                    continue;
                }
                futures.add(executor.submit(() -> {
                    String path = path(scorecard);
                    String html = views.document(scorecard, "book.ftlh", path, page);
                    String id = digest(html);
                    Path file = target.resolve(path);
                    Files.createDirectories(file.getParent());
                    if (reuse(reusable.map(p -> p.resolve(path)), id, file)) {
                        kept.incrementAndGet();
                    } else {
                        byte[] pdf;
                        try {
                            boolean fallback = fonts.needsFallback(html);
                            pdf = BookPdf.render(BookDocument.of(html, fallback ? fonts.fallbackFamilies() : null), date, id, fonts, fallback);
                        } catch (RuntimeException | IOException e) {
                            throw new RenderException("The briefing book " + path + " could not be made: " + e, e);
                        }
                        Files.write(file, pdf);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return new BookReport(futures.size(), kept.get());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RenderException r) {
                throw r;
            }
            throw new RenderException("The briefing books could not be written: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException("Interrupted while writing the briefing books.", e);
        } catch (IOException e) {
            throw new RenderException("The briefing books could not be written: " + e.getMessage(), e);
        } finally {
            WriterThreads.stop(executor);
            FileTrees.deleteQuietly(fontDirectory);
        }
    }

    /** The digest of the code that writes the books, to record beside them under {@link #RECORD}. */
    public String codeDigest() {
        return format.digest();
    }

    /** The book's identity: its document and page size; the first 16 bytes are the PDF's id. */
    private String digest(String html) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((DOCUMENT_FORMAT + "|" + book.size().id() + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(html.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Links (or copies) the previous book when it has this id; false when there is none or it differs. */
    private static boolean reuse(Optional<Path> old, String id, Path file) {
        if (old.isEmpty() || !Files.isRegularFile(old.get()) || !PdfId.of(old.get()).filter(id.substring(0, 32)::equals).isPresent()) {
            return false;
        }
        try {
            try {
                Files.createLink(file, old.get());
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(old.get(), file);
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
