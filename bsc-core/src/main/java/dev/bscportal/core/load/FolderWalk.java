package dev.bscportal.core.load;

import dev.bscportal.core.files.ConfinedFiles;
import dev.bscportal.core.files.PathKind;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The folders of one load of a strategy directory: lists a folder's files, follows a link only when it stays inside
 * the directory, and reads every real folder once (with the path it was first read as), so a link loop or a second
 * way to a folder is reported (BSC026) instead of being read again. One per {@link StrategyLoader#load} call, and one
 * {@link #branch() branch} per unit loaded on another thread. Reads files through a view of the files that keeps the
 * folder being read open, so close it when the load is done.
 */
final class FolderWalk implements AutoCloseable {

    private final ConfinedFiles files;
    /** Each scorecard's folders, with the path the walk reads each as: a link to one from elsewhere is not read. */
    private final UnitPlaces places;
    /** Every real folder read so far, with the path it was first read as. */
    private final Map<Path, String> folders;
    /** The folders this walk read itself, when it is a branch of another ({@link #branch()}). */
    private final Map<Path, String> ownFolders = new LinkedHashMap<>();

    FolderWalk(ConfinedFiles files, int maxUnitDepth) {
        this.files = files.keepingFoldersOpen();
        this.places = UnitPlaces.scan(files, maxUnitDepth);
        this.folders = new HashMap<>();
        folders.put(files.root(), "");
    }

    private FolderWalk(ConfinedFiles files, UnitPlaces places, Map<Path, String> folders) {
        this.files = files;
        this.places = places;
        this.folders = folders;
    }

    /**
     * A walk that starts knowing every folder this one has read, for one unit loaded beside the others on another
     * thread: it is to be {@link #adopt adopted} afterwards, in the units' order, unless two branches read the same
     * folder ({@link #foldersRead}).
     */
    FolderWalk branch() {
        return new FolderWalk(files.keepingFoldersOpen(), places, new HashMap<>(folders));
    }

    /** The real folders this branch read itself (two branches share one only when links lead there). */
    Set<Path> foldersRead() {
        return Collections.unmodifiableSet(ownFolders.keySet());
    }

    /** Takes the folders a branch of this walk read as read here, as if this walk had read them itself. */
    void adopt(FolderWalk branch) {
        branch.ownFolders.forEach((real, relative) -> {
            folders.putIfAbsent(real, relative);
            ownFolders.putIfAbsent(real, relative);
        });
    }

    /** Closes the folder it keeps open for reading (files are read folder by folder); the walk is still asked what it read. */
    @Override
    public void close() {
        try {
            files.close();
        } catch (IOException e) {
            // a folder that cannot be closed was read already; nothing is lost
        }
    }

    ConfinedFiles files() {
        return files;
    }

    Path root() {
        return files.root();
    }

    /**
     * Regular files of one folder with the given extension, sorted; anything else is reported: an entry with the
     * extension that is no regular file (a FIFO, device, folder) as an error, other entries as unexpected.
     */
    List<Path> files(Path folder, String relativeFolder, String extension, Consumer<Problem> report) {
        return files(folder, relativeFolder, List.of(extension), report);
    }

    List<Path> files(Path folder, String relativeFolder, List<String> extensions, Consumer<Problem> report) {
        List<Path> result = new ArrayList<>();
        for (Path file : entries(folder, relativeFolder, report)) {
            String name = file.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            PathKind kind = files.inspect(file);
            SourcePosition where = SourcePosition.file(relativeFolder + "/" + name);
            if (kind.is(PathKind.Kind.FILE) && extensions.stream().anyMatch(name::endsWith)) {
                result.add(file);
            } else if (kind.is(PathKind.Kind.BROKEN)) {
                report.accept(Problem.of(ProblemCode.UNREADABLE_FILE, where, "'" + name + "' cannot be read: it is " + kind.describe() + ".",
                        "Replace the link with the file itself, or remove it."));
            } else if (extensions.stream().anyMatch(name::endsWith)) {
                report.accept(Problem.of(ProblemCode.NOT_A_FILE, where, "'" + name + "' is " + kind.describe() + ", not a file; it is not read."));
            } else {
                report.accept(Problem.of(ProblemCode.UNEXPECTED_FILE, where,
                        "'" + name + "' is not read: " + relativeFolder + "/ holds " + String.join(" and ", extensions) + " files only."));
            }
        }
        return result;
    }

    /**
     * The entries of a folder, sorted by name, leaving out (and reporting) links that lead outside the strategy
     * directory. Nothing when the folder does not exist; a folder that is a link leading out, not a folder, or a
     * real folder already read (a loop) is reported and not listed.
     */
    List<Path> entries(Path folder, String relativeFolder, Consumer<Problem> report) {
        PathKind kind = files.inspect(folder);
        SourcePosition where = SourcePosition.file(relativeFolder);
        switch (kind.kind()) {
            case MISSING -> {
                return List.of();
            }
            case DIRECTORY -> {
                if (!firstVisit(kind.real(), relativeFolder, report)) {
                    return List.of();
                }
            }
            case OUTSIDE -> {
                report.accept(Problem.of(ProblemCode.LINK_OUTSIDE_STRATEGY, where,
                        "'" + relativeFolder + "' is a link to a place outside the strategy directory; it is not read."));
                return List.of();
            }
            case BROKEN -> {
                report.accept(Problem.of(ProblemCode.UNREADABLE_FILE, where,
                        "'" + relativeFolder + "' cannot be read: it is " + kind.describe() + ".",
                        "Replace the link with the folder itself, or remove it."));
                return List.of();
            }
            default -> {
                report.accept(Problem.of(ProblemCode.NOT_A_FILE, where,
                        "'" + relativeFolder + "' is " + kind.describe() + " where a folder belongs; it is not read.",
                        "Make " + relativeFolder + " a plain folder holding the files, or remove it."));
                return List.of();
            }
        }
        // list the real folder, opened without following a link: one swapped in for a folder after the check is not followed
        try {
            return files.names(kind).stream().map(folder::resolve)
                    .filter(p -> !Files.isSymbolicLink(p) || insideRoot(p, relativeFolder + "/" + p.getFileName(), report))
                    .toList();
        } catch (IOException e) {
            report.accept(Problem.of(ProblemCode.UNREADABLE_FILE, where, "The folder could not be listed: " + e.getMessage(),
                    "Make the folder readable by the user the build runs as."));
            return List.of();
        }
    }

    /**
     * Records a real folder as read; false (and a BSC026 problem) when it is not to be read at this path: when it is a
     * scorecard's folder that belongs to another path ({@link UnitPlaces}: a unit, or a scorecard's objectives/, ...,
     * units/), so this path goes through a link to it, or when it was read before (a second link to a folder that is
     * no scorecard's). A scorecard's folder is refused at the link whichever path comes first, so the order in which
     * units are read changes nothing.
     */
    boolean firstVisit(Path realFolder, String relative, Consumer<Problem> report) {
        Optional<String> owner = places.owner(realFolder);
        if (owner.isPresent() && !owner.get().equals(relative)) {
            report.accept(Problem.of(ProblemCode.LINK_LOOP, SourcePosition.file(relative),
                    "'" + relative + "' is a link to " + (owner.get().isEmpty() ? "the strategy directory itself" : "'" + owner.get() + "'")
                            + ", a folder of the strategy's scorecards: those are read as themselves only, never through a link"
                            + " (a loop, or a second way to a unit's folder), so it is not read here."));
            return false;
        }
        String first = folders.putIfAbsent(realFolder, relative);
        if (first == null) {
            ownFolders.put(realFolder, relative);
            return true;
        }
        String real = files.root().relativize(realFolder).toString().replace('\\', '/');
        report.accept(Problem.of(ProblemCode.LINK_LOOP, SourcePosition.file(relative),
                "'" + relative + "' leads to '" + real + "', which is read already as '" + first + "' (a second way to the same"
                        + " folder); it is read once."));
        return false;
    }

    /** True when a link stays inside the strategy directory; a link leading out is reported. A broken link is reported where it is read. */
    private boolean insideRoot(Path link, String relative, Consumer<Problem> report) {
        try {
            if (link.toRealPath().startsWith(files.root())) {
                return true;
            }
        } catch (IOException e) {
            return true;
        }
        report.accept(Problem.of(ProblemCode.LINK_OUTSIDE_STRATEGY, SourcePosition.file(relative),
                "'" + relative + "' is a link to a place outside the strategy directory; it is not read."));
        return false;
    }
}
