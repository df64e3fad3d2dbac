package dev.bscportal.core.site;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A site-wide generated file written as a sequence of parts, keeping what it can of the replaced site's file
 * ({@code strategy.json}). Recorded with the page digests, for the file {@code <name>}:
 * <ul>
 * <li>{@code file:<name>}: the key of the whole file; {@code length:<name>:<bytes>} under the same key once written.
 * The key unchanged and the file found at that length: it is linked (or copied) as a page is, and its parts' records
 * are carried over.</li>
 * <li>{@code part:<name>:<offset>:<length>:<sha256>} under a part's key, for each part with a key. A part whose key
 * the replaced site recorded is read from that site's file ({@link PreviousBytes}) and used only when the bytes found
 * there have the recorded digest; any other part is written again (in parallel). A part without a key (a few bytes
 * of structure) is always written.</li>
 * </ul>
 * The file written is the parts in order, so it is what a full write gives as long as each part's key holds all its
 * bytes depend on: the writer of each file says what its keys hold.
 */
final class FileParts {

    /** A part: its key (null: always written) and how to write it. */
    record Part(String key, Supplier<byte[]> bytes) {
    }

    private final String name;
    private final String fileKey;

    FileParts(String name, String fileKey) {
        this.name = name;
        this.fileKey = fileKey;
    }

    /** The group the whole file's key is recorded under. */
    static String group(String name) {
        return "file:" + name;
    }

    /** Writes the file into {@code target} from {@code parts}; returns how many keyed parts were taken from the replaced file. */
    int write(List<Part> parts, PageReuse reuse, Path target) {
        int keyed = (int) parts.stream().filter(p -> p.key() != null).count();
        if (keptWhole(reuse, target)) {
            return keyed;
        }
        String prefix = "part:" + name + ":";
        Map<String, RecordedPart> recorded = RecordedPart.recorded(reuse.recorded(prefix), prefix);
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).key() == null || !recorded.containsKey(parts.get(i).key())) {
                fresh.add(i);
            }
        }
        List<byte[]> written = fresh.parallelStream().map(i -> parts.get(i).bytes().get()).toList();
        Map<Integer, byte[]> texts = new HashMap<>();
        for (int k = 0; k < fresh.size(); k++) {
            texts.put(fresh.get(k), written.get(k));
        }
        int taken = 0;
        long offset = 0;
        Path file = target.resolve(name);
        try (PreviousBytes old = PreviousBytes.open(reuse.previousFile(name))) {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int i = 0; i < parts.size(); i++) {
                    Part part = parts.get(i);
                    byte[] bytes = texts.get(i);
                    RecordedPart found = bytes == null ? recorded.get(part.key()) : null;
                    if (found != null) {
                        bytes = old.read(found);
                        if (bytes == null) {
                            found = null;
                            bytes = part.bytes().get();
                        }
                    }
                    taken += found != null ? 1 : 0;
                    out.write(bytes);
                    if (part.key() != null) {
                        String sha = found != null ? found.sha256() : RecordedPart.sha256(bytes);
                        reuse.record(prefix + offset + ":" + bytes.length + ":" + sha, part.key());
                    }
                    offset += bytes.length;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reuse.record("length:" + name + ":" + offset, fileKey);
        return taken;
    }

    /**
     * Links the previous site's file when the file's key is unchanged and the file is there at the length recorded
     * for that key, and records its parts again (the same bytes); false when it must be written.
     */
    private boolean keptWhole(PageReuse reuse, Path target) {
        String prefix = "length:" + name + ":";
        Optional<Path> old = reuse.previousFile(name);
        Map<String, String> lengths = reuse.recorded(prefix);
        if (old.isEmpty() || lengths.size() != 1 || !fileKey.equals(lengths.values().iterator().next())) {
            return false;
        }
        long length;
        try {
            length = Long.parseLong(lengths.keySet().iterator().next().substring(prefix.length()));
        } catch (NumberFormatException e) {
            return false;
        }
        if (PreviousBytes.size(old.get()) != length || !reuse.keep(group(name), name, target)) {
            return false;
        }
        reuse.recorded("part:" + name + ":").forEach(reuse::record);
        lengths.forEach(reuse::record);
        return true;
    }
}
