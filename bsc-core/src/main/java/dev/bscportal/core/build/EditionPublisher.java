package dev.bscportal.core.build;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.history.ChangeReport;
import dev.bscportal.core.publish.PublishException;
import dev.bscportal.core.publish.SiteFingerprint;
import dev.bscportal.core.publish.SitePublisher;
import dev.bscportal.core.render.PreviousSite;
import dev.bscportal.core.render.RenderException;
import dev.bscportal.core.render.RenderReport;
import dev.bscportal.core.render.SiteOptions;
import dev.bscportal.core.render.SiteRenderer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Renders one edition into a staging directory and publishes it atomically, keeping the unchanged pages of the
 * edition published before; records beside it the fingerprint it was built from and its page digests.
 */
final class EditionPublisher {

    private final BuildOptions options;
    private final MapEngine engine;
    private final String fingerprint;

    EditionPublisher(BuildOptions options, MapEngine engine, String fingerprint) {
        this.options = options;
        this.engine = engine;
        this.fingerprint = fingerprint;
    }

    /** Whether the edition published in its directory was built from this fingerprint. */
    static boolean isCurrent(BuildOptions options, Edition edition, String fingerprint) {
        Path directory = edition.directory(options.outputDirectory());
        return new SitePublisher(directory).state().recorded(SiteFingerprint.ENTRY).filter(fingerprint::equals).isPresent();
    }

    RenderReport publish(Edition edition, SiteOptions site, CheckResult checked, Optional<ChangeReport> changes,
            IntConsumer progress) throws BuildException {
        Path directory = edition.directory(options.outputDirectory());
        SitePublisher publisher = new SitePublisher(directory, options.sourceDirectories());
        List<Path> protectedDirs = List.of(options.strategyDirectory(), options.baseDirectory());
        AtomicReference<RenderReport> report = new AtomicReference<>();
        try {
            publisher.publish(protectedDirs, staging -> {
                report.set(new SiteRenderer(site.withRedactions(edition.omit()), engine.layout(), engine.parallel())
                        .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), changes, staging, progress,
                                previousSite(publisher)));
                return Map.of(SiteFingerprint.ENTRY, fingerprint, PreviousSite.RECORD, report.get().pageDigests());
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
        return report.get();
    }

    /** The site published before and its page digests, whose unchanged pages the renderer may keep; read only. */
    private static Optional<PreviousSite> previousSite(SitePublisher publisher) {
        return publisher.state().recorded(PreviousSite.RECORD).map(digests -> new PreviousSite(publisher.output(), digests));
    }
}
