package dev.bscportal.core.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the git repository of a strategy is: the nearest {@code .git} at or above the strategy directory, a
 * directory, or a file {@code gitdir: <path>} as worktrees and submodules have. The one discovery that the
 * up-to-date check ({@link GitHead}) and the "What changed" baseline ({@link GitBaseline}) share.
 */
final class GitDirectory {

    private GitDirectory() {
    }

    /** The nearest {@code .git} entry (directory or file) at or above {@code start}. */
    static Optional<Path> dotGit(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(".git");
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The git directory a {@code .git} entry stands for; empty when it is a file that does not say {@code gitdir:}. */
    static Optional<Path> gitDir(Path dotGit) throws IOException {
        if (!Files.isRegularFile(dotGit)) {
            return Optional.of(dotGit);
        }
        String text = Files.readString(dotGit, StandardCharsets.UTF_8).trim();
        if (!text.startsWith("gitdir:")) {
            return Optional.empty();
        }
        return Optional.of(dotGit.getParent().resolve(text.substring("gitdir:".length()).trim()).normalize());
    }

    /** The git directory of the repository holding {@code start}, or empty. */
    static Optional<Path> of(Path start) {
        try {
            Optional<Path> dotGit = dotGit(start);
            return dotGit.isEmpty() ? Optional.empty() : gitDir(dotGit.get());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
