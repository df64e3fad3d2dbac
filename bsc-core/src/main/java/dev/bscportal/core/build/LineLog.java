package dev.bscportal.core.build;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemDigest;
import dev.bscportal.core.problem.Severity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes what a build reports as lines of a log (Maven's, a console's): problems one line each with a path users can
 * click, at most {@link ProblemDigest#TOTAL} of them with a count per code of those left out (the whole list then goes to
 * a file), progress and notes. An adapter only says where the lines go ({@link Lines}).
 */
public final class LineLog implements BuildLog {

    /** Where the lines go, by level. */
    public interface Lines {
        void info(String line);

        void warn(String line);

        void error(String line);

        /** Detail shown only when asked for (Maven's {@code -X}); dropped by default. */
        default void debug(String line) {
        }
    }

    private final Lines log;
    private final Path sourceDirectory;
    private final ProblemLines lines;
    private final Optional<Path> fullList;

    /**
     * Paths are shown relative to {@code baseDirectory} (the project), so IDEs and terminals can open them; a list
     * cut short in the log is written whole to {@code fullList}.
     */
    public LineLog(Lines log, Path sourceDirectory, Path baseDirectory, Optional<Path> fullList) {
        this.log = log;
        this.sourceDirectory = sourceDirectory;
        this.lines = new ProblemLines(sourceDirectory, baseDirectory);
        this.fullList = fullList;
    }

    @Override
    public void info(String line) {
        log.info(line);
    }

    @Override
    public void warn(String line) {
        log.warn(line);
    }

    @Override
    public void debug(String line) {
        log.debug(line);
    }

    /** Repeats the warnings of an unchanged strategy, as recorded by the build that checked it. */
    @Override
    public void unchanged(List<String> warnings) {
        warnings.stream().limit(ProblemDigest.TOTAL).forEach(log::warn);
        if (warnings.size() > ProblemDigest.TOTAL) {
            log.warn(String.format(Locale.ROOT, "... and %,d more warnings", warnings.size() - ProblemDigest.TOTAL));
        }
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
    public void log(Problem problem) {
        String line = lines.line(problem);
        if (problem.isError()) {
            log.error(line);
        } else {
            log.warn(line);
        }
    }

    /**
     * Every problem of the check, at most {@link ProblemDigest#PER_CODE} of a code and {@link ProblemDigest#TOTAL} in
     * all, then a line per code with the number left out; when some were, the whole list goes to the full list file.
     */
    @Override
    public void checked(CheckResult result) {
        ProblemDigest digest = ProblemDigest.of(result.problems());
        digest.shown().forEach(this::log);
        for (ProblemDigest.Summary s : digest.summaries()) {
            if (s.code().defaultSeverity() == Severity.ERROR) {
                log.error(s.line());
            } else {
                log.warn(s.line());
            }
        }
        fullList.ifPresent(file -> writeFullList(file, result, digest.cut()));
        log.info(String.format(Locale.ROOT, "Strategy %s: %d error(s), %d warning(s)",
                sourceDirectory, result.errors().size(), result.warnings().size()));
    }

    private void writeFullList(Path file, CheckResult result, boolean cut) {
        try {
            if (cut) {
                Files.createDirectories(file.getParent());
                Files.write(file, result.problems().stream()
                        .map(p -> (p.isError() ? "ERROR " : "WARNING ") + lines.line(p)).toList());
                log.info("All " + String.format(Locale.ROOT, "%,d", result.problems().size()) + " problems: " + file);
            } else {
                Files.deleteIfExists(file); // a list from an earlier build would mislead
            }
        } catch (IOException e) {
            log.warn("The full list of problems could not be written to " + file + ": " + e.getMessage());
        }
    }
}
