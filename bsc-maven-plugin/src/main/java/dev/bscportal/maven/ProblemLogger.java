package dev.bscportal.maven;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemDigest;

import org.apache.maven.plugin.logging.Log;

import java.nio.file.Path;

/** Writes the engine's problems to Maven's log, one line each, with the file path users can click. */
final class ProblemLogger {

    private final Log log;
    private final Path sourceDirectory;
    private final String pathPrefix;

    /** Paths are shown relative to {@code baseDirectory} (the project), so IDEs and terminals can open them. */
    ProblemLogger(Log log, Path sourceDirectory, Path baseDirectory) {
        this.log = log;
        this.sourceDirectory = sourceDirectory;
        this.pathPrefix = prefixFor(sourceDirectory.toAbsolutePath().normalize(), baseDirectory.toAbsolutePath().normalize());
    }

    private static String prefixFor(Path source, Path base) {
        Path shown = source.startsWith(base) ? base.relativize(source) : source;
        String text = shown.toString().replace('\\', '/');
        return text.isEmpty() ? "" : text + "/";
    }

    /** The warning lines as {@link #log} shows them (a successful build has no errors). */
    java.util.List<String> warningLines(CheckResult result) {
        return result.warnings().stream().map(p -> p.describe(pathPrefix)).toList();
    }

    /** Repeats the warnings of an unchanged strategy, as recorded by the build that checked it. */
    void logUnchanged(java.util.List<String> warnings) {
        warnings.stream().limit(ProblemDigest.TOTAL).forEach(log::warn);
        if (warnings.size() > ProblemDigest.TOTAL) {
            log.warn(String.format(java.util.Locale.ROOT, "... and %,d more warnings", warnings.size() - ProblemDigest.TOTAL));
        }
        log.info(String.format(java.util.Locale.ROOT, "Strategy %s: 0 error(s), %d warning(s) (unchanged since the last build)",
                sourceDirectory, warnings.size()));
    }

    /** One problem: an error at ERROR, a warning at WARN, as "file:line: CODE message". */
    void log(Problem problem) {
        String line = problem.describe(pathPrefix);
        if (problem.isError()) {
            log.error(line);
        } else {
            log.warn(line);
        }
    }

    /**
     * Every problem of the check, at most {@link ProblemDigest#PER_CODE} of a code and {@link ProblemDigest#TOTAL} in
     * all, then a line per code with the number left out; when some were, the whole list goes to {@code fullList}.
     */
    void log(CheckResult result, java.util.Optional<Path> fullList) {
        ProblemDigest digest = ProblemDigest.of(result.problems());
        digest.shown().forEach(this::log);
        for (ProblemDigest.Summary s : digest.summaries()) {
            if (s.code().defaultSeverity() == dev.bscportal.core.problem.Severity.ERROR) {
                log.error(s.line());
            } else {
                log.warn(s.line());
            }
        }
        if (digest.cut() && fullList.isPresent()) {
            try {
                java.nio.file.Files.createDirectories(fullList.get().getParent());
                java.nio.file.Files.write(fullList.get(), ProblemDigest.allLines(result.problems(), pathPrefix));
                log.info("All " + String.format(java.util.Locale.ROOT, "%,d", result.problems().size()) + " problems: " + fullList.get());
            } catch (java.io.IOException e) {
                log.warn("The full list of problems could not be written to " + fullList.get() + ": " + e.getMessage());
            }
        } else if (fullList.isPresent()) {
            try {
                java.nio.file.Files.deleteIfExists(fullList.get()); // a list from an earlier build would mislead
            } catch (java.io.IOException e) {
                log.debug("Could not remove " + fullList.get() + ": " + e.getMessage());
            }
        }
        log.info(String.format(java.util.Locale.ROOT, "Strategy %s: %d error(s), %d warning(s)",
                sourceDirectory, result.errors().size(), result.warnings().size()));
    }

}
