package dev.bscportal.core.publish;

import dev.bscportal.core.text.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * A hash of everything a site is built from: every file under the given directories (path and content; a
 * symbolic link by its target and the target's size and time, a FIFO or device by its presence, neither read),
 * plus the settings as text. When a published site was recorded with the same fingerprint, a rebuild can be skipped:
 * the output would be byte-identical anyway.
 */
public final class SiteFingerprint {

    /** The {@link SiteState} entry that records what a published site was built from. */
    public static final String ENTRY = "fingerprint";

    private SiteFingerprint() {
    }

    public static String of(List<Path> directories, String settings) {
        MessageDigest sha = Sha256.digest();
        sha.update(settings.getBytes(StandardCharsets.UTF_8));
        for (Path dir : directories) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files = regularFiles(dir);
            // each file is hashed on its own, in parallel (reading thousands of small files is most of the time),
            // then the per-file hashes are combined in path order
            List<byte[]> hashes = files.parallelStream().map(SiteFingerprint::hashOf).toList();
            for (int i = 0; i < files.size(); i++) {
                sha.update((byte) 0);
                sha.update(dir.relativize(files.get(i)).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(hashes.get(i));
            }
        }
        return Sha256.hex(sha);
    }

    private static List<Path> regularFiles(Path dir) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    // links and special files count too (by what they are, never read through): adding one must
                    // not leave a site "up to date" that the next real build would refuse
                    files.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        return files;
    }

    private static byte[] hashOf(Path file) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file,
                    BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attrs.isSymbolicLink()) {
                return Sha256.digest().digest(("link\0" + Files.readSymbolicLink(file) + "\0" + linkedFileStamp(file)).getBytes(StandardCharsets.UTF_8));
            }
            if (!attrs.isRegularFile()) {
                return Sha256.digest().digest("special".getBytes(StandardCharsets.UTF_8));
            }
            return Sha256.digest().digest(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Size and modification time of a link's target when it is a regular file (never its content: it may be anything). */
    private static String linkedFileStamp(Path link) {
        try {
            BasicFileAttributes target = Files.readAttributes(link.toRealPath(),
                    BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return target.isRegularFile() ? target.size() + "@" + target.lastModifiedTime().toMillis() : "not a file";
        } catch (IOException e) {
            return "broken";
        }
    }

}
