package dev.bscportal.core.build;

import dev.bscportal.core.problem.Problem;

import java.nio.file.Path;

/**
 * How problems are written in a build log: "file:line: CODE message", the file relative to the project directory
 * when the strategy lies inside it, so IDEs and terminals can open it.
 */
public final class ProblemLines {

    private final String pathPrefix;

    public ProblemLines(Path strategyDirectory, Path baseDirectory) {
        Path source = strategyDirectory.toAbsolutePath().normalize();
        Path base = baseDirectory.toAbsolutePath().normalize();
        Path shown = source.startsWith(base) ? base.relativize(source) : source;
        String text = shown.toString().replace('\\', '/');
        this.pathPrefix = text.isEmpty() ? "" : text + "/";
    }

    public String line(Problem problem) {
        return problem.describe(pathPrefix);
    }
}
