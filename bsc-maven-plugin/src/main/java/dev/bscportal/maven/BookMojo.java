package dev.bscportal.maven;

import dev.bscportal.core.book.BookReport;
import dev.bscportal.core.book.BriefingBooks;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.publish.PublishException;
import dev.bscportal.core.publish.SitePublisher;
import dev.bscportal.core.render.RenderException;
import dev.bscportal.core.render.SiteOptions;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Validates the strategy, then writes only the briefing books (no site): {@code briefing-book.pdf} and
 * {@code units/<id>/briefing-book.pdf} into {@code bookDirectory}, replaced atomically; each audience's books into
 * {@code bookDirectory-<name>}. Takes the same settings as {@code bsc:build}.
 */
@Mojo(name = "book", threadSafe = true)
public class BookMojo extends BuildMojo {

    /** Where {@code bsc:book} writes the books. */
    @Parameter(property = "bsc.bookDirectory", defaultValue = "${project.build.directory}/briefing-books", required = true)
    protected File bookDirectory;

    @Override
    protected String goalName() {
        return "bsc:book";
    }

    @Override
    protected void run() throws MojoFailureException {
        long start = System.nanoTime();
        SiteOptions options = siteOptions().withBook(true);
        var bookOptions = bookOptions();
        CheckResult checked = checkStrategy();
        List<Path> protectedDirs = List.of(sourceDirectory.toPath(), baseDirectory.toPath());
        AtomicReference<BookReport> report = new AtomicReference<>();
        write(bookDirectory, options, bookOptions, checked, protectedDirs, report);
        for (Audience audience : audiences) {
            String name = audienceName(audience);
            File target = new File(bookDirectory.getParentFile(), bookDirectory.getName() + "-" + name);
            write(target, options.withRedactions(omitted(audience)), bookOptions.withEdition(name), checked, protectedDirs,
                    new AtomicReference<>());
            getLog().info("Audience " + name + " briefing books -> " + target);
        }
        BookReport r = report.get();
        getLog().info(String.format(Locale.ROOT, "Briefing books: %d (%d rendered, %d unchanged kept) in %.1f s -> %s",
                r.books(), r.books() - r.kept(), r.kept(), (System.nanoTime() - start) / 1e9, bookDirectory));
    }

    private void write(File target, SiteOptions options, dev.bscportal.core.book.BookOptions bookOptions, CheckResult checked,
            List<Path> protectedDirs, AtomicReference<BookReport> report) throws MojoFailureException {
        SitePublisher publisher = new SitePublisher(target.toPath(), List.of(sourceDirectory.toPath()));
        MapEngines.Selected engine = MapEngines.select(graphvizEngine, mapCacheDirectory.toPath());
        try {
            publisher.checkSafe(protectedDirs);
            publisher.publish(protectedDirs, staging -> {
                report.set(new BriefingBooks(options, bookOptions, engine.layout(), engine.parallel())
                        .write(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), staging,
                                Optional.of(publisher.output())));
                return Map.of();
            });
        } catch (PublishException e) {
            String message = e.getCause() instanceof RenderException ? e.getCause().getMessage() : e.getMessage();
            throw new MojoFailureException("The briefing books were not written: " + message
                    + " The books previously written to " + target + " are unchanged.");
        }
    }
}
