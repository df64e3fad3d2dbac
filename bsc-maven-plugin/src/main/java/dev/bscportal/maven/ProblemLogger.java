package dev.bscportal.maven;

import dev.bscportal.core.build.BuildLog;
import dev.bscportal.core.build.ProblemLines;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.problem.Problem;

import org.apache.maven.plugin.logging.Log;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes what a build reports to Maven's log: problems one line each with a path users can click, progress, notes. */
final class ProblemLogger implements BuildLog {

    private final Log log;
    private final Path sourceDirectory;
    private final ProblemLines lines;

    /** Paths are shown relative to {@code baseDirectory} (the project), so IDEs and terminals can open them. */
    ProblemLogger(Log log, Path sourceDirectory, Path baseDirectory) {
        this.log = log;
        this.sourceDirectory = sourceDirectory;
        this.lines = new ProblemLines(sourceDirectory, baseDirectory);
    }

    @Override
    public void info(String line) {
        log.info(line);
    }

    @Override
    public void warn(String line) {
        log.warn(line);
    }

    /** Repeats the warnings of an unchanged strategy, as recorded by the build that checked it. */
    @Override
    public void unchanged(List<String> warnings) {
        warnings.forEach(log::warn);
        log.info(String.format(Locale.ROOT, "Strategy %s: 0 error(s), %d warning(s) (unchanged since the last build)",
                sourceDirectory, warnings.size()));
    }

    /** Every 1000 pages, so a large site shows it is moving. */
    @Override
    public void pagesWritten(int pages) {
        if (pages % 1000 == 0) {
            log.info("  " + pages + " pages written");
        }
    }

    /** One problem: an error at ERROR, a warning at WARN, as "file:line: CODE message". */
    void log(Problem problem) {
        String line = lines.line(problem);
        if (problem.isError()) {
            log.error(line);
        } else {
            log.warn(line);
        }
    }

    @Override
    public void checked(CheckResult result) {
        result.problems().forEach(this::log);
        log.info(String.format(Locale.ROOT, "Strategy %s: %d error(s), %d warning(s)",
                sourceDirectory, result.errors().size(), result.warnings().size()));
    }
}
