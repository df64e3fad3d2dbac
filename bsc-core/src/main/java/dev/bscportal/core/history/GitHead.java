package dev.bscportal.core.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The commit git's HEAD points at, read from the plain files of the repository ({@code HEAD}, the loose ref,
 * {@code packed-refs}; worktrees too). An up-to-date check needs only this, and opening the repository with JGit
 * costs half a second of class loading, a third of a no-change rebuild. Any layout this does not know (reftable,
 * symbolic refs to symbolic refs) is left to JGit.
 */
public final class GitHead {

    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

    /** Answers of the plain-file reading: not a repository, a commit id ("" for a branch without commits), or unknown. */
    sealed interface Answer {
        record NotARepository() implements Answer {
        }

        record Commit(String id) implements Answer {
        }

        record Unknown() implements Answer {
        }
    }

    private GitHead() {
    }

    /**
     * The commit HEAD points at, when the strategy is in a git repository ("" on a branch without commits); JGit
     * is opened only for a layout the plain reading does not know.
     */
    public static Optional<String> of(Path strategyDir) {
        Answer answer = read(strategyDir);
        if (answer instanceof Answer.NotARepository) {
            return Optional.empty();
        }
        if (answer instanceof Answer.Commit commit) {
            return Optional.of(commit.id());
        }
        return GitBaseline.headByJGit(strategyDir);
    }

    static Answer read(Path start) {
        try {
            Optional<Path> dotGit = GitDirectory.dotGit(start);
            if (dotGit.isEmpty()) {
                return new Answer.NotARepository();
            }
            Optional<Path> resolved = GitDirectory.gitDir(dotGit.get());
            if (resolved.isEmpty()) {
                return new Answer.Unknown();
            }
            Path gitDir = resolved.get();
            Path commonDir = gitDir;
            Path commonFile = gitDir.resolve("commondir");
            if (Files.isRegularFile(commonFile)) {
                commonDir = gitDir.resolve(Files.readString(commonFile, StandardCharsets.UTF_8).trim()).normalize();
            }
            if (Files.exists(commonDir.resolve("reftable")) || !Files.isRegularFile(gitDir.resolve("HEAD"))) {
                return new Answer.Unknown();
            }
            String head = Files.readString(gitDir.resolve("HEAD"), StandardCharsets.UTF_8).trim();
            if (!head.startsWith("ref: ")) {
                return OBJECT_ID.matcher(head).matches() ? new Answer.Commit(head) : new Answer.Unknown();
            }
            String ref = head.substring("ref: ".length()).trim();
            if (!ref.startsWith("refs/") || ref.contains("..")) {
                return new Answer.Unknown();
            }
            for (Path dir : new Path[] {gitDir, commonDir}) {
                Path loose = dir.resolve(ref);
                if (Files.isRegularFile(loose)) {
                    String id = Files.readString(loose, StandardCharsets.UTF_8).trim();
                    return OBJECT_ID.matcher(id).matches() ? new Answer.Commit(id) : new Answer.Unknown();
                }
            }
            Path packed = commonDir.resolve("packed-refs");
            if (Files.isRegularFile(packed)) {
                for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                    if (line.endsWith(" " + ref) && line.length() > ref.length() + 1) {
                        String id = line.substring(0, line.length() - ref.length() - 1);
                        return OBJECT_ID.matcher(id).matches() ? new Answer.Commit(id) : new Answer.Unknown();
                    }
                }
            }
            return new Answer.Commit("");
        } catch (IOException | RuntimeException e) {
            return new Answer.Unknown();
        }
    }
}
