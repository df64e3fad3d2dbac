package dev.bscportal.core.history;

import dev.bscportal.core.files.WholeFiles;
import dev.bscportal.core.text.Sha256;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which commit is "the last review" for a given HEAD, remembered in the build's scratch folder, so that a build whose
 * HEAD did not move since the last one finds its baseline without opening the repository with JGit (half a second of
 * class loading and a walk through the history). The answer depends only on HEAD's commit, the strategy's place in
 * the work tree and the newest review file, which together are the key; a HEAD that moves gives a new key. The file
 * is read as untrusted text: anything but a commit id and a date is ignored and the history walked again.
 */
final class ReviewMemo {

    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int MAX_BYTES = 256;

    /** The baseline commit and the day of its author date, as the "What changed" label shows it. */
    record Found(String commit, String day) {
    }

    private final Path file;

    private ReviewMemo(Path file) {
        this.file = file;
    }

    /**
     * The memo for HEAD's commit {@code head} (read from git's plain files), the strategy at {@code strategyPath}
     * in the work tree and its newest review file; empty when HEAD is not a plain commit id.
     */
    static Optional<ReviewMemo> of(Path scratch, Optional<String> head, String strategyPath, String newestReview) {
        if (head.isEmpty() || !OBJECT_ID.matcher(head.get()).matches()) {
            return Optional.empty();
        }
        String key = sha256(head.get() + '\u0000' + strategyPath + '\u0000' + newestReview);
        return Optional.of(new ReviewMemo(scratch.resolve("last-review-" + key)));
    }

    /** The remembered baseline, when the memo holds a well-formed one. */
    Optional<Found> read() {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            String[] parts = Files.readString(file, StandardCharsets.UTF_8).strip().split(" ");
            if (parts.length == 2 && OBJECT_ID.matcher(parts[0]).matches() && DAY.matcher(parts[1]).matches()) {
                return Optional.of(new Found(parts[0], parts[1]));
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Remembers the baseline; a memo that cannot be written is only a slower next build. */
    void write(Found found) {
        try {
            WholeFiles.write(file, (found.commit() + " " + found.day() + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // the next build walks the history again
        }
    }

    private static String sha256(String text) {
        return Sha256.hex(text);
    }
}
