package dev.bscportal.core.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Deleting a folder of the engine's own never deletes anything through a link, planted before or swapped in during. */
class FileTreesTest {

    private static final List<String> LEVELS = List.of("l1", "l1/l2", "l1/l2/l3");

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    @Timeout(60)
    void givenLinksAndAFifoPlantedAtSeveralLevels_whenTheTreeIsDeleted_thenItIsGoneAndNothingOutsideIsTouched(boolean secure)
            throws Exception {
        // given a tree three levels deep with, at each level, a link to a folder outside holding a sentinel, a link to
        // a file outside, a dangling link and a FIFO
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Path sentinel = Files.writeString(outside.resolve("sentinel.txt"), "must survive");
        Path root = tree(temp.resolve("root"));
        for (String level : List.of("", "l1", "l1/l2", "l1/l2/l3")) {
            Path folder = root.resolve(level);
            Files.createSymbolicLink(folder.resolve("to-folder"), outside);
            Files.createSymbolicLink(folder.resolve("to-file"), sentinel);
            Files.createSymbolicLink(folder.resolve("dangling"), temp.resolve("nowhere"));
            run("mkfifo", folder.resolve("fifo").toString());
        }

        // when it is deleted
        FileTrees.deleteQuietly(root, secure, folder -> { });

        // then nothing of it is left, and the sentinel is whole
        assertFalse(Files.exists(root, LinkOption.NOFOLLOW_LINKS), secure ? "secure" : "walking");
        assertEquals("must survive", Files.readString(sentinel));
        assertEquals(1, count(outside));
    }

    @Test
    void givenALinkWhereTheFolderBelongs_whenDeleted_thenOnlyTheLinkIsRemoved() throws Exception {
        Path outside = tree(temp.resolve("outside"));
        int files = count(outside);
        Path link = Files.createSymbolicLink(temp.resolve("site"), outside);

        FileTrees.deleteQuietly(link);

        assertFalse(Files.exists(link, LinkOption.NOFOLLOW_LINKS));
        assertEquals(files, count(outside));
    }

    /**
     * The race: after a folder's entries were listed and before they are deleted, a local attacker replaces a folder
     * (the listed one itself, or one inside it) by a link to a folder outside that holds the same names.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/", "l1", "l1/l2", "l1/l2/l3", "l1/", "l1/l2/"})
    @Timeout(60)
    void givenAFolderSwappedForALinkWhileTheTreeIsDeleted_whenDeletedSecurely_thenNothingOutsideIsDeleted(String swap)
            throws Exception {
        // "l1/l2" swaps l2 when l1 was listed; "l1/" swaps l1 itself when it was listed; "/" swaps the root's l1
        assertEquals(0, raced(swap, true), "files deleted outside, secure deletion");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "l1", "l1/l2", "l1/l2/l3", "l1/", "l1/l2/"})
    void givenTheSameSwap_whenTheWalkingFallbackDeletes_thenItDoesReachOutside_whichIsWhyLinuxNeverUsesIt(String swap)
            throws Exception {
        // the positive control: the attack is real, and the secure test above would see it
        assertTrue(raced(swap, false) > 0, "the walking deletion follows the swapped link");
    }

    @Test
    void givenAFolderNestedDeeperThanTheBound_whenDeleted_thenTheLevelsWithinAreEmptiedAndNothingThrows() throws Exception {
        Path root = temp.resolve("deep");
        Path deepest = root;
        for (int i = 0; i < FileTrees.MAX_DEPTH + 5; i++) {
            deepest = deepest.resolve("d");
        }
        Files.createDirectories(deepest);
        Files.writeString(root.resolve("top.txt"), "x");

        FileTrees.deleteQuietly(root);

        assertFalse(Files.exists(root.resolve("top.txt")), "the levels within the bound are cleared");
    }

    /** Builds the tree, deletes it with the swap of {@code swap} done when its folder is listed; files lost outside. */
    private int raced(String swap, boolean secure) throws IOException {
        Path root = tree(temp.resolve("root-" + secure + "-" + swap.replace('/', '_')));
        Path outside = tree(temp.resolve("outside-" + secure + "-" + swap.replace('/', '_')));
        int before = count(outside);
        boolean itself = swap.endsWith("/") && swap.length() > 1;
        String target = itself ? swap.substring(0, swap.length() - 1) : swap.equals("/") ? "l1" : swap;
        Path victim = root.resolve(target);
        Path trigger = itself ? victim : victim.getParent();
        List<Path> done = new ArrayList<>();
        FileTrees.deleteQuietly(root, secure, folder -> {
            if (folder.toAbsolutePath().equals(trigger.toAbsolutePath()) && done.isEmpty()) {
                done.add(folder);
                try {
                    Files.move(victim, victim.resolveSibling(victim.getFileName() + "-moved"));
                    Files.createSymbolicLink(victim, outside.resolve(target));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        assertEquals(1, done.size(), "the swap happened: " + swap);
        return before - count(outside);
    }

    /** Three levels, each with two files and the next level. */
    private static Path tree(Path root) throws IOException {
        Files.createDirectories(root);
        Files.writeString(root.resolve("f1"), "1");
        Files.writeString(root.resolve("f2"), "2");
        for (String level : LEVELS) {
            Path folder = Files.createDirectories(root.resolve(level));
            Files.writeString(folder.resolve("f1"), "1");
            Files.writeString(folder.resolve("f2"), "2");
        }
        return root;
    }

    private static int count(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return (int) walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).count();
        }
    }

    private static void run(String... command) throws Exception {
        assertEquals(0, new ProcessBuilder(command).inheritIO().start().waitFor());
    }
}
