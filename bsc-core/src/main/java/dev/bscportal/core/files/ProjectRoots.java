package dev.bscportal.core.files;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Keeps the roots a build reads (the strategy directory, the template directory) inside the project, as the files
 * inside them are kept inside the roots ({@link ConfinedFiles}): a root that the configuration places in the project
 * but that leads out of it through a symbolic link (the folder itself, or a folder on its way, is a link:
 * {@code src/strategy -> /home/ci/secrets}, {@code src -> /etc}) is refused with BSC030 before anything is read.
 * Paths are compared with links resolved on both sides; a root that does not exist yet is judged by the nearest
 * folder on its way that does. A root the configuration itself places outside the project (an explicit path such
 * as {@code ../shared/strategy} in the pom, visible where it is written, e.g. a strategy shared by the modules of a
 * monorepo) is the project's declared choice and is not refused here; a link hidden in the repository is.
 */
public final class ProjectRoots {

    private ProjectRoots() {
    }

    /**
     * BSC030 when {@code root}, configured by the parameter {@code parameter} inside {@code project}, resolves to a
     * place outside it; empty otherwise. The problem's file is the root as configured, relative to the project.
     */
    public static Optional<Problem> outside(Path project, Path root, String parameter) {
        Path projectPath = project.toAbsolutePath().normalize();
        Path configured = root.toAbsolutePath().normalize();
        if (!configured.startsWith(projectPath)) {
            return Optional.empty();
        }
        Path projectReal;
        Path real;
        try {
            projectReal = projectPath.toRealPath();
            real = realPathOfNearestExisting(configured);
        } catch (IOException e) {
            return Optional.empty(); // an unreadable project or root is reported by what reads it
        }
        if (real.startsWith(projectReal)) {
            return Optional.empty();
        }
        String shown = projectPath.relativize(configured).toString().replace('\\', '/');
        return Optional.of(Problem.of(ProblemCode.ROOT_OUTSIDE_PROJECT, SourcePosition.file(shown.isEmpty() ? "." : shown),
                "The " + parameter + " '" + shown + "' leads through a symbolic link to " + real + ", outside the project "
                        + projectReal + "; nothing is read from it."));
    }

    /** The real path of {@code path}, or of its nearest existing ancestor with the rest of the path after it. */
    private static Path realPathOfNearestExisting(Path path) throws IOException {
        Path existing = path;
        while (existing != null && !Files.exists(existing) && !Files.isSymbolicLink(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        Path real;
        if (Files.exists(existing)) {
            real = existing.toRealPath();
        } else {
            // a broken link: where it points, as far as that can be told
            Path target = Files.readSymbolicLink(existing);
            real = existing.getParent().resolve(target).normalize();
        }
        return real.resolve(existing.relativize(path)).normalize();
    }
}
