package dev.bscportal.core.site;

import dev.bscportal.core.files.ConfinedFiles;
import dev.bscportal.core.files.PathKind;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The user's template directory, checked once per build before anything of it is read: every entry must be a
 * regular file or a folder whose real path (links followed) stays inside the template directory. A link leading
 * out (to {@code /etc/passwd}, {@code /proc/self/environ}, a CI secret; BSC028), a FIFO, device or socket
 * (BSC025), a link to a folder (BSC026: a loop, or a second name for a folder read anyway) or a broken link
 * (BSC004) fails the build with every such entry named. A link to a file inside the template directory is
 * allowed. Files are then read only
 * from the index made here, by their real paths, without following a link put in their place since.
 */
final class TemplateOverrides {

    /** No template file is that large; a larger one is refused rather than read into memory. */
    static final long MAX_FILE_BYTES = 64L << 20;

    private final Path directory;
    /** What the files are read through; null when there are none. */
    private final ConfinedFiles confined;
    private final SortedMap<String, PathKind> files;

    private TemplateOverrides(Path directory, ConfinedFiles confined, SortedMap<String, PathKind> files) {
        this.directory = directory;
        this.confined = confined;
        this.files = Collections.unmodifiableSortedMap(files);
    }

    static TemplateOverrides none() {
        return new TemplateOverrides(Path.of(""), null, new TreeMap<>());
    }

    /** Scans {@code directory}; a directory that does not exist has no overrides. */
    static TemplateOverrides scan(Path directory) throws RenderException {
        if (!Files.isDirectory(directory)) {
            return none();
        }
        ConfinedFiles confined;
        try {
            confined = ConfinedFiles.under(directory);
        } catch (IOException e) {
            throw new RenderException("The template directory " + directory + " cannot be read: " + e.getMessage());
        }
        SortedMap<String, PathKind> files = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        walk(confined, confined.inspect(confined.root()), "", files, problems);
        if (!problems.isEmpty()) {
            problems.sort(Problem.READING_ORDER);
            StringBuilder message = new StringBuilder("The template directory " + directory + " holds entries that are never read:");
            String prefix = directory.toString().replace('\\', '/') + "/";
            problems.forEach(p -> message.append("\n  ").append(p.describe(prefix)));
            throw new RenderException(message.toString());
        }
        return new TemplateOverrides(directory, confined, files);
    }

    private static void walk(ConfinedFiles confined, PathKind folder, String relativeFolder,
                             Map<String, PathKind> files, List<Problem> problems) {
        List<Path> entries;
        try {
            entries = confined.names(folder).stream().map(name -> folder.real().resolve(name)).toList();
        } catch (IOException e) {
            problems.add(Problem.of(ProblemCode.UNREADABLE_FILE, SourcePosition.file(relativeFolder),
                    "The folder could not be listed: " + e.getMessage(), "Make the folder readable."));
            return;
        }
        for (Path entry : entries) {
            String relative = relativeFolder + entry.getFileName();
            SourcePosition where = SourcePosition.file(relative);
            PathKind kind = confined.inspect(entry);
            switch (kind.kind()) {
                case FILE -> {
                    if (kind.size() > MAX_FILE_BYTES) {
                        problems.add(Problem.of(ProblemCode.FILE_TOO_LARGE, where, "'" + relative + "' has " + kind.size()
                                + " bytes; template files of at most " + MAX_FILE_BYTES + " bytes are read.",
                                "Shrink the file or leave it out of the template directory."));
                    } else {
                        files.put(relative, kind);
                    }
                }
                case DIRECTORY -> {
                    if (Files.isSymbolicLink(entry)) {
                        // every folder inside the template directory is read under its own name already: a link to one
                        // is a second way to it, or a loop (assets/again -> ..)
                        String target = confined.root().relativize(kind.real()).toString().replace('\\', '/');
                        problems.add(Problem.of(ProblemCode.LINK_LOOP, where, "'" + relative + "' is a link to "
                                + (target.isEmpty() ? "the template directory itself (a loop)" : "the folder '" + target + "', which is read under its own name"),
                                "Remove the link to the folder; link single files, or copy the folder."));
                    } else {
                        walk(confined, kind, relative + "/", files, problems);
                    }
                }
                case OUTSIDE -> problems.add(Problem.of(ProblemCode.LINK_OUTSIDE_TEMPLATE, where, "'" + relative
                        + "' is a symbolic link to " + kind.real() + ", outside the template directory; it is not read or published."));
                case SPECIAL -> problems.add(Problem.of(ProblemCode.NOT_A_FILE, where,
                        "'" + relative + "' is " + kind.describe() + ", not a file; it is not read or published."));
                case BROKEN, MISSING -> problems.add(Problem.of(ProblemCode.UNREADABLE_FILE, where,
                        "'" + relative + "' cannot be read: it is " + kind.describe() + ".", "Replace the link with the file itself, or remove it."));
                default -> throw new IllegalStateException(kind.kind().name());
            }
        }
    }

    /** The template directory as configured (empty when there are no overrides). */
    Path directory() {
        return directory;
    }

    /** Relative names (forward slashes) of every regular file, sorted. */
    Set<String> names() {
        return files.keySet();
    }

    /** The bytes of one override file, read from its real path; empty when there is none of that name. */
    Optional<byte[]> read(String relative) {
        PathKind file = files.get(relative);
        if (file == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(confined.read(file, MAX_FILE_BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("Template file " + relative + " in " + directory + " could not be read: "
                    + e.getMessage(), e);
        }
    }
}
