package dev.bscportal.core.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The opened folders from the root down to one folder, each opened relative to the one before, following no link. */
final class OpenFolder implements AutoCloseable {

    private final Path root;
    private final List<DirectoryStream<Path>> chain = new ArrayList<>();
    private Path relative;

    OpenFolder(Path root) {
        this.root = root;
    }

    /** The folder at {@code relative} (null: the root), opened unless it is open already; null without openat. */
    SecureDirectoryStream<Path> open(Path relative) throws IOException {
        if (!chain.isEmpty() && Objects.equals(relative, this.relative)) {
            return (SecureDirectoryStream<Path>) chain.get(chain.size() - 1);
        }
        close();
        DirectoryStream<Path> top = Files.newDirectoryStream(root);
        chain.add(top);
        if (!(top instanceof SecureDirectoryStream<Path> folder)) {
            close();
            return null;
        }
        for (int i = 0; relative != null && i < relative.getNameCount(); i++) {
            try {
                folder = folder.newDirectoryStream(relative.getName(i), LinkOption.NOFOLLOW_LINKS);
            } catch (FileSystemException e) {
                close();
                throw new IOException("the folder " + relative.subpath(0, i + 1) + " changed while the build read it (it is a"
                        + " link now, or gone): " + e.getReason());
            }
            chain.add(folder);
        }
        this.relative = relative;
        return folder;
    }

    @Override
    public void close() throws IOException {
        relative = null;
        IOException failed = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            try {
                chain.get(i).close();
            } catch (IOException e) {
                failed = e;
            }
        }
        chain.clear();
        if (failed != null) {
            throw failed;
        }
    }
}
