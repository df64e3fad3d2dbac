package dev.bscportal.maven;

import dev.bscportal.core.book.BookReport;
import dev.bscportal.core.build.BuildException;
import dev.bscportal.core.build.SiteBuild;
import dev.bscportal.core.options.InvalidOptionException;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.Locale;

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
    protected void run() throws BuildException, InvalidOptionException {
        long start = System.nanoTime();
        BookReport r = new SiteBuild(buildOptions(failOnWarnings), problemLogger()).books(bookDirectory.toPath(), paper());
        getLog().info(String.format(Locale.ROOT, "Briefing books: %d (%d rendered, %d unchanged kept) in %.1f s -> %s",
                r.books(), r.books() - r.kept(), r.kept(), (System.nanoTime() - start) / 1e9, bookDirectory));
    }
}
