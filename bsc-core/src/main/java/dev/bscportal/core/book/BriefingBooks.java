package dev.bscportal.core.book;

import dev.bscportal.core.files.FileTrees;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.site.BookKeys;
import dev.bscportal.core.site.BookViews;
import dev.bscportal.core.site.RenderException;
import dev.bscportal.core.site.SiteOptions;
import dev.bscportal.core.site.SharedRendering;
import dev.bscportal.core.presentation.SitePaths;
import dev.bscportal.core.maps.MapLayout;
import dev.bscportal.core.score.StrategyScores;
import dev.bscportal.core.files.WriterThreads;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes the briefing books of one edition: {@code briefing-book.pdf} for the company and
 * {@code units/<id>/briefing-book.pdf} for every unit the options' {@code bookUnits} select, in parallel on all cores.
 * Each book has a key computed from what it shows, without rendering it ({@link BookKeys}); its first 16 bytes are
 * the PDF's document id. A published book whose id is today's key, written by today's code and fonts (recorded
 * beside the books, see {@link BookFormat}), is kept as it is: no template, chart, map or PDF work. It is
 * byte-identical to a fresh one, since the same key stands for the same document.
 */
public final class BriefingBooks {

    /** The book's file name, in the folder of its scorecard's home page. */
    public static final String FILE = "briefing-book.pdf";


    /** The name the digest of the code that wrote the books is recorded under, beside them ({@link BookFormat}). */
    public static final String RECORD = "book-code";

    /** Part of every book's key; raise it only if the same inputs and code ever should give another PDF. */
    private static final String DOCUMENT_FORMAT = "bsc-book/3";

    private static final LocalDate NO_DATA_DATE = LocalDate.of(2000, 1, 1);

    private final SiteOptions options;
    private final BookOptions book;
    private final Optional<MapLayout> layout;
    private final boolean parallelMaps;
    private final BookFormat format;
    private final SharedRendering shared;

    private final Optional<Path> store;

    public BriefingBooks(SiteOptions options, BookOptions book, Optional<MapLayout> layout, boolean parallelMaps) {
        this(options, book, layout, parallelMaps, BookFormat.ofRunningCode(), new SharedRendering(), Optional.empty());
    }

    private BriefingBooks(SiteOptions options, BookOptions book, Optional<MapLayout> layout, boolean parallelMaps,
            BookFormat format, SharedRendering shared, Optional<Path> store) {
        this.options = options;
        this.book = book;
        this.layout = layout;
        this.parallelMaps = parallelMaps;
        this.format = format;
        this.shared = shared;
        this.store = store;
    }

    /**
     * Books that use what the build's site rendering kept in {@code shared} (digests, measure results, converted
     * Markdown) instead of computing it again; the books are the same either way.
     */
    public BriefingBooks sharing(SharedRendering shared) {
        return new BriefingBooks(options, book, layout, parallelMaps, format, shared, store);
    }

    /** The site path of a scorecard's book. */
    public static String path(Scorecard scorecard) {
        return SitePaths.book(scorecard);
    }

    /**
     * Writes every book of the edition into {@code target}; {@code previous} are the books published before (read
     * only), which are reused when they were written by today's code from today's inputs (their id is today's key).
     * With a build id, books are laid out with {@link BookStamp#PLACEHOLDER} in its place and stamped with the id
     * afterwards, so their key does not hold it, and come from the store ({@link #keptIn}) instead of the published
     * site, whose books hold the previous build's id.
     */
    public BookReport write(Strategy strategy, StrategyScores scores, Path target, Optional<PreviousBooks> previous)
            throws RenderException {
        boolean mayKeep = BookKeys.mayKeep(options);
        Optional<String> stampId = mayKeep ? options.buildId() : Optional.empty();
        SiteOptions laidOut = stampId.isPresent() ? options.withBuildId(Optional.of(BookStamp.PLACEHOLDER)) : options;
        Optional<Path> reusable = mayKeep
                ? previous.filter(p -> p.codeDigest().equals(codeDigest())).map(PreviousBooks::directory) : Optional.empty();
        Optional<BookStore> kept = mayKeep ? store.map(root -> BookStore.of(root, codeDigest(), book.edition())) : Optional.empty();
        List<BookKeys.Key> todo = new ArrayList<>();
        // books whose stored layout the id does not fit: laid out with the id itself at once, not first with the placeholder
        List<BookKeys.Key> withId = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        try {
            for (BookKeys.Key key : keys(laidOut, strategy, scores)) {
                if (!options.bookUnits().includes(key.scorecard())) {
                    continue;
                }
                keys.add(key.key());
                Path file = target.resolve(key.path());
                Files.createDirectories(file.getParent());
                Optional<Path> old = reusable.map(p -> p.resolve(key.path()));
                Stored stored = stampId.isEmpty() && reuse(old, key.key(), file) ? Stored.USED
                        : kept.isPresent() ? fromStore(kept.get(), key.key(), stampId, old, file) : Stored.ABSENT;
                if (stored != Stored.USED) {
                    (stored == Stored.UNSTAMPABLE ? withId : todo).add(key);
                }
            }
            if (!todo.isEmpty()) {
                withId.addAll(render(strategy, scores, target, todo, laidOut, stampId, kept));
            }
            if (!withId.isEmpty()) {
                render(strategy, scores, target, withId, options, Optional.empty(), Optional.empty());
            }
        } catch (IOException e) {
            throw new RenderException("The briefing books could not be written: " + e.getMessage(), e);
        }
        kept.ifPresent(k -> k.keepOnly(keys));
        return new BookReport(keys.size(), keys.size() - (int) java.util.stream.Stream.concat(todo.stream(), withId.stream())
                .map(BookKeys.Key::path).distinct().count());
    }

    /** Books kept between builds under {@code storeRoot} (the work folder's {@code bsc-books}), see {@link BookStore}. */
    public BriefingBooks keptIn(Path storeRoot) {
        return new BriefingBooks(options, book, layout, parallelMaps, format, shared, Optional.of(storeRoot));
    }

    /**
     * The key of every book of the edition, from what its template shows ({@link BookKeys}) and this writer's
     * settings; its first 16 bytes are the PDF's document id, so a published book tells which inputs made it.
     */
    List<BookKeys.Key> keys(Strategy strategy, StrategyScores scores) throws RenderException {
        return keys(options, strategy, scores);
    }

    private List<BookKeys.Key> keys(SiteOptions options, Strategy strategy, StrategyScores scores) throws RenderException {
        return BookKeys.of(options, strategy, scores, layout,
                List.of(DOCUMENT_FORMAT, book.size().id(), book.edition(), BookPage.PERIODS), shared);
    }

    /**
     * Lays out the books whose key changed, in parallel on all cores; only these pay for templates, maps and fonts.
     * Each is kept in {@code kept} and stamped with {@code stampId}; the books whose cover could not be stamped are
     * returned (not written), to be laid out with the id itself.
     */
    private List<BookKeys.Key> render(Strategy strategy, StrategyScores scores, Path target, List<BookKeys.Key> todo,
            SiteOptions options, Optional<String> stampId, Optional<BookStore> kept) throws RenderException {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "bsc-book");
            t.setDaemon(true);
            return t;
        });
        Path fontDirectory = null;
        try {
            fontDirectory = Files.createTempDirectory("bsc-book-fonts");
            BookFonts fonts = BookFonts.load(fontDirectory);
            java.util.Set<String> laidOut = new java.util.HashSet<>();
            todo.forEach(k -> laidOut.add(k.path()));
            BookViews views = BookViews.prepare(options, strategy, scores, layout, parallelMaps, executor,
                    s -> laidOut.contains(path(s)), shared);
            LocalDate date = scores.asOf().map(p -> p.endDate()).orElse(NO_DATA_DATE);
            BookPage page = new BookPage(book.size().css(), book.edition(), BookPage.PERIODS);
            Map<String, Scorecard> shown = new HashMap<>();
            views.scorecards().forEach(s -> shown.put(path(s), s));
            List<Future<Boolean>> futures = new ArrayList<>();
            for (BookKeys.Key key : todo) {
                futures.add(executor.submit(() -> {
                    String html = views.document(shown.get(key.path()), "book.ftlh", key.path(), page);
                    Optional<byte[]> pdf;
                    try {
                        boolean fallback = fonts.needsFallback(html);
                        BookPdf.LaidOut book = BookPdf.layOut(BookDocument.of(html, fallback ? fonts.fallbackFamilies() : null), date,
                                key.key(), fonts, fallback, fonts.svgDrawer(fallback));
                        kept.ifPresent(k -> k.put(key.key(), book));
                        pdf = published(book.pdf(), book.stamp(), stampId);
                    } catch (UndrawableDrawing e) {
                        throw undrawable(key.path(), e);
                    } catch (RuntimeException | IOException e) {
                        throw new RenderException("The briefing book " + key.path() + " could not be made: " + e, e);
                    }
                    if (pdf.isPresent()) {
                        Files.write(target.resolve(key.path()), pdf.get());
                    }
                    return pdf.isPresent();
                }));
            }
            List<BookKeys.Key> unstamped = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                if (!futures.get(i).get()) {
                    unstamped.add(todo.get(i));
                }
            }
            return unstamped;
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

    /** BSC188: a drawing only a general SVG engine draws, and the plugin has none; names the template it comes from. */
    private RenderException undrawable(String book, UndrawableDrawing e) {
        dev.bscportal.core.problem.ProblemCode code = dev.bscportal.core.problem.ProblemCode.BOOK_DRAWING_UNSUPPORTED;
        String template = options.templateOverrides().map(d -> d.resolve("templates/book.ftlh"))
                .filter(Files::isRegularFile).map(Path::toString).orElse("templates/book.ftlh");
        return new RenderException(code.code() + " " + template + ": the briefing book " + book + " has a drawing the book"
                + " cannot draw without a general SVG engine, " + e.getMessage() + ". Nothing was published. Fix: " + code.hint(), e);
    }

    /** The digest of the code that writes the books, to record beside them under {@link #RECORD}. */
    public String codeDigest() {
        return format.digest();
    }

    /**
     * Writes the stored book of {@code key}, stamped with the build id when there is one; links the previous book
     * instead when it has the same bytes (nothing changed, same id); or says the store has no entry, or one the id
     * does not fit (then the book is laid out with the id itself).
     */
    private static Stored fromStore(BookStore kept, String key, Optional<String> stampId, Optional<Path> old, Path file)
            throws IOException {
        Optional<BookStore.Entry> entry = kept.get(key);
        if (entry.isEmpty()) {
            return Stored.ABSENT;
        }
        Optional<byte[]> pdf = published(entry.get().pdf(), entry.get().stamp(), stampId);
        if (pdf.isEmpty()) {
            return Stored.UNSTAMPABLE;
        }
        if (!(old.isPresent() && Files.isRegularFile(old.get()) && Files.size(old.get()) == pdf.get().length
                && java.util.Arrays.equals(Files.readAllBytes(old.get()), pdf.get()) && link(old.get(), file))) {
            Files.write(file, pdf.get());
        }
        return Stored.USED;
    }

    /** What the store (or the published books) had for a book. */
    private enum Stored { USED, ABSENT, UNSTAMPABLE }

    /** A laid-out book as published: as it is without a build id, else stamped with it (empty when it cannot be). */
    private static Optional<byte[]> published(byte[] pdf, Optional<StampTable> table, Optional<String> stampId) {
        return stampId.isEmpty() ? Optional.of(pdf) : table.flatMap(t -> BookStamp.stamp(pdf, t, stampId.get()));
    }

    /** Links (or copies) the previous book when it has this id; false when there is none or it differs. */
    private static boolean reuse(Optional<Path> old, String id, Path file) {
        if (old.isEmpty() || !Files.isRegularFile(old.get()) || !PdfId.of(old.get()).filter(id.substring(0, 32)::equals).isPresent()) {
            return false;
        }
        return link(old.get(), file);
    }

    private static boolean link(Path old, Path file) {
        try {
            try {
                Files.createLink(file, old);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(old, file);
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
