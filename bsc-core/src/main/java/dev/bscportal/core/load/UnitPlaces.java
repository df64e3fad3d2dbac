package dev.bscportal.core.load;

import dev.bscportal.core.files.ConfinedFiles;
import dev.bscportal.core.files.PathKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where each scorecard's folders are, found before any file is read: the strategy directory, its units at every
 * depth the load reads (following links that stay inside, as the load does) and each scorecard's folders of elements
 * and units, by real path, with the one path the load reads each as (its owner). A folder reached under any other path
 * is reached through a link and is not read there, whichever path the load comes to first, so a unit keeps its
 * folders.
 *
 * <p>A folder's owner goes through its real parent when that parent is a place of the right kind (a scorecard's
 * {@code objectives/} is its own entry, even when the unit is a link to a folder kept in {@code shared/}); a folder
 * that is no entry of such a parent is owned through the link to it nearest the root (the first in the load's order
 * among links as near). Folders whose owners
 * would lead round in a circle through links have none, and the load reads them once, where it meets them first.
 */
final class UnitPlaces {

    private enum Role { SCORECARD, UNITS, ELEMENTS }

    /** The folders of a scorecard's directory that the load reads as elements. */
    private static final List<String> ELEMENT_FOLDERS = List.of("objectives", "measures", "measurements", "initiatives",
            "okrs", "reviews");

    /** How a folder is reached: as the entry {@code name} of the real folder {@code parent}, through a link or not. */
    private record Edge(Path parent, String name, boolean link) {
    }

    private record Visit(Path real, Role role, int depth) {
    }

    private final ConfinedFiles files;
    private final int maxDepth;
    /** The roles each real folder was explored in: at most once per role, so links in a circle end. */
    private final Map<Path, EnumSet<Role>> roles = new HashMap<>();
    private final Map<Path, Edge> homes = new HashMap<>();
    private final Map<Path, String> owners = new HashMap<>();
    private final ArrayDeque<Visit> todo = new ArrayDeque<>();

    private UnitPlaces(ConfinedFiles files, int maxDepth) {
        this.files = files;
        this.maxDepth = maxDepth;
    }

    /** The places of the strategy under {@code files}' root, units read to {@code maxDepth} levels (the company is 0). */
    static UnitPlaces scan(ConfinedFiles files, int maxDepth) {
        UnitPlaces places = new UnitPlaces(files, maxDepth);
        places.todo.add(new Visit(files.root(), Role.SCORECARD, 0));
        while (!places.todo.isEmpty()) { // level by level: of two links to one folder, the one nearer the root owns it
            Visit next = places.todo.removeFirst();
            places.visit(next.real(), next.role(), next.depth());
        }
        places.nameOwners(files.root());
        return places;
    }

    /** The path the load reads {@code realFolder} as, when it is a place of a scorecard. */
    Optional<String> owner(Path realFolder) {
        return Optional.ofNullable(owners.get(realFolder));
    }

    /** Finds the places below a real folder in {@code role}, once per role. */
    private void visit(Path real, Role role, int depth) {
        if (!roles.computeIfAbsent(real, r -> EnumSet.noneOf(Role.class)).add(role)) {
            return;
        }
        switch (role) {
            case SCORECARD -> {
                ELEMENT_FOLDERS.forEach(name -> reach(real, name, Role.ELEMENTS, depth));
                if (depth < maxDepth) { // the load reports deeper units and does not read them
                    reach(real, "units", Role.UNITS, depth);
                }
            }
            case UNITS -> {
                for (String unit : names(real)) {
                    if (Fields.ID.matcher(unit).matches()) {
                        reach(real, unit, Role.SCORECARD, depth + 1);
                    }
                }
            }
            case ELEMENTS -> {
            }
        }
    }

    private void reach(Path parent, String name, Role role, int depth) {
        Path path = parent.resolve(name);
        Path real;
        boolean link;
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            real = path;
            link = false;
        } else {
            PathKind kind = Files.isSymbolicLink(path) ? files.inspect(path) : null;
            if (kind == null || !kind.is(PathKind.Kind.DIRECTORY)) {
                return;
            }
            real = kind.real();
            link = true;
        }
        Edge known = homes.get(real);
        if (known == null || known.link() && !link) { // its own entry beats any link to it
            homes.put(real, new Edge(parent, name, link));
        }
        todo.addLast(new Visit(real, role, depth));
    }

    /** Names each place by the path of its home from the root; places in a circle of links are never reached. */
    private void nameOwners(Path root) {
        Map<Path, Map<String, Path>> children = new HashMap<>();
        homes.forEach((real, edge) -> children.computeIfAbsent(edge.parent(), p -> new TreeMap<>()).put(edge.name(), real));
        owners.put(root, "");
        ArrayDeque<Path> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Path parent = todo.removeFirst();
            String path = owners.get(parent);
            for (Map.Entry<String, Path> child : children.getOrDefault(parent, Map.of()).entrySet()) {
                if (owners.putIfAbsent(child.getValue(), path.isEmpty() ? child.getKey() : path + "/" + child.getKey()) == null) {
                    todo.addLast(child.getValue());
                }
            }
        }
    }

    /** The folder's names, listed as the load lists folders ({@link ConfinedFiles#names}: no link followed on the way). */
    private List<String> names(Path folder) {
        try {
            return files.names(files.inspect(folder));
        } catch (IOException | IllegalArgumentException e) {
            return List.of(); // the load reports a folder it cannot list
        }
    }
}
