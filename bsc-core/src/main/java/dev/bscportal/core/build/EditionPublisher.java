package dev.bscportal.core.build;

import dev.bscportal.core.book.BookOptions;
import dev.bscportal.core.book.BookReport;
import dev.bscportal.core.book.BookSize;
import dev.bscportal.core.book.BriefingBooks;
import dev.bscportal.core.book.PreviousBooks;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.history.ChangeReport;
import dev.bscportal.core.publish.PublishException;
import dev.bscportal.core.publish.SiteFingerprint;
import dev.bscportal.core.publish.SitePublisher;
import dev.bscportal.core.site.PreviousSite;
import dev.bscportal.core.site.RenderException;
import dev.bscportal.core.site.RenderReport;
import dev.bscportal.core.site.SiteOptions;
import dev.bscportal.core.site.SiteRenderer;
import dev.bscportal.core.site.SharedRendering;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Renders one edition (its pages and, when asked, its briefing books) into a staging directory and publishes it
 * atomically, keeping the unchanged pages and books of the edition published before; records beside it the
 * fingerprint it was built from and its page digests.
 */
final class EditionPublisher {

    /** The work folder's subfolder that keeps laid-out books between builds (a CI cache may restore it). */
    static final String BOOK_STORE = "bsc-books";

    private final BuildOptions options;
    private final MapEngine engine;
    private final String fingerprint;
    private final SharedRendering shared;

    EditionPublisher(BuildOptions options, MapEngine engine, String fingerprint, SharedRendering shared) {
        this.shared = shared;
        this.options = options;
        this.engine = engine;
        this.fingerprint = fingerprint;
    }

    /** Whether the edition published in its directory was built from this fingerprint. */
    static boolean isCurrent(BuildOptions options, Edition edition, String fingerprint) {
        Path directory = edition.directory(options.outputDirectory());
        return new SitePublisher(directory).state().recorded(SiteFingerprint.ENTRY).filter(fingerprint::equals).isPresent();
    }

    /** Renders and publishes {@code edition}; what it did, for the build's summary. */
    EditionResult publish(Edition edition, SiteOptions site, CheckResult checked, Optional<ChangeReport> changes,
            IntConsumer progress) throws BuildException {
        Path directory = edition.directory(options.outputDirectory());
        SitePublisher publisher = new SitePublisher(directory, options.sourceDirectories());
        List<Path> protectedDirs = List.of(options.strategyDirectory(), options.baseDirectory());
        AtomicReference<EditionResult> result = new AtomicReference<>();
        try {
            publisher.publish(protectedDirs, staging -> {
                int laidOutBefore = engine.laidOut();
                int cacheHitsBefore = engine.cacheHits() + shared.mapsKept();
                RenderReport report = new SiteRenderer(site.withRedactions(edition.omit()), engine.layout(), engine.parallel(), shared)
                        .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), changes, staging, progress,
                                previousSite(publisher));
                int laidOut = engine.laidOut() - laidOutBefore;
                int cacheHits = engine.cacheHits() + shared.mapsKept() - cacheHitsBefore;
                if (options.books().isEmpty()) {
                    result.set(new EditionResult(report, laidOut, cacheHits, new BookReport(0, 0)));
                    return Map.of(SiteFingerprint.ENTRY, fingerprint, PreviousSite.RECORD, report.pageDigests());
                }
                BriefingBooks books = books(site, edition, options.books().get());
                BookReport written = books.write(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), staging,
                        previousBooks(publisher));
                result.set(new EditionResult(report, laidOut, cacheHits, written));
                return Map.of(SiteFingerprint.ENTRY, fingerprint, PreviousSite.RECORD, report.pageDigests(),
                        BriefingBooks.RECORD, books.codeDigest());
            });
        } catch (PublishException e) {
            if (!edition.isFull()) {
                throw new BuildException("The " + edition.name() + " edition was not published: " + e.getMessage(), e);
            }
            Throwable cause = e.getCause();
            String message = cause instanceof RenderException ? cause.getMessage() : e.getMessage();
            throw new BuildException("The site was not published: " + message + " The previously published site in "
                    + options.outputDirectory() + " is unchanged.", e);
        }
        return result.get();
    }

    /** Writes only the edition's briefing books into {@code directory}, atomically, reusing its unchanged books. */
    BookReport publishBooks(Edition edition, SiteOptions site, CheckResult checked, Path directory, BookSize size)
            throws BuildException {
        SitePublisher publisher = new SitePublisher(directory, options.sourceDirectories());
        List<Path> protectedDirs = List.of(options.strategyDirectory(), options.baseDirectory());
        try {
            publisher.checkSafe(protectedDirs);
            AtomicReference<BookReport> written = new AtomicReference<>();
            publisher.publish(protectedDirs, staging -> {
                BriefingBooks books = books(site, edition, size);
                written.set(books.write(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), staging,
                        previousBooks(publisher)));
                return Map.of(BriefingBooks.RECORD, books.codeDigest());
            });
            return written.get();
        } catch (PublishException e) {
            String message = e.getCause() instanceof RenderException ? e.getCause().getMessage() : e.getMessage();
            throw new BuildException("The briefing books were not written: " + message + " The books previously written to "
                    + directory + " are unchanged.", e);
        }
    }

    private BriefingBooks books(SiteOptions site, Edition edition, BookSize size) {
        return new BriefingBooks(site.withRedactions(edition.omit()), new BookOptions(size, edition.isFull() ? "" : edition.name()),
                engine.layout(), engine.parallel()).sharing(shared).keptIn(options.workDirectory().resolve(BOOK_STORE));
    }

    /** The books published before with the digest of the code that wrote them; none when it was not recorded. */
    private static Optional<PreviousBooks> previousBooks(SitePublisher publisher) {
        return publisher.state().recorded(BriefingBooks.RECORD).map(code -> new PreviousBooks(publisher.output(), code));
    }

    /** The site published before and its page digests, whose unchanged pages the renderer may keep; read only. */
    private static Optional<PreviousSite> previousSite(SitePublisher publisher) {
        return publisher.state().recorded(PreviousSite.RECORD).map(digests -> new PreviousSite(publisher.output(), digests));
    }
}
