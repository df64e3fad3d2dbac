package dev.bscportal.core.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A file or folder is checked first and opened afterwards; whoever can write to the strategy directory meanwhile may
 * swap a folder on its way for a link leading out. What was checked is what is opened, or nothing is.
 */
class ConfinedFilesTest {

    @TempDir
    Path dir;

    @Test
    void givenAFileChecked_whenAFolderOnItsWayBecomesALinkOutside_thenTheReadFailsAndNothingOutsideIsRead() throws IOException {
        for (String swapped : List.of("units/sales/objectives", "units/sales", "units")) {
            // given a file checked inside the strategy, and a copy of its path outside holding a secret
            Path root = layout(dir.resolve(swapped.replace('/', '-')));
            ConfinedFiles files = ConfinedFiles.under(root);
            PathKind checked = files.inspect(root.resolve("units/sales/objectives/grow.md"));
            assertTrue(checked.is(PathKind.Kind.FILE));

            // when the folder is swapped for a link to the outside copy after the check
            swap(root, swapped);

            // then reading what was checked fails, naming the folder that changed
            IOException refused = assertThrows(IOException.class, () -> files.read(checked, 1_000));
            assertTrue(refused.getMessage().contains("changed while the build read it"), refused.getMessage());
        }
    }

    @Test
    void givenAViewThatKeepsTheFolderOpen_whenTheFolderIsSwappedBetweenTwoReads_thenBothReadTheFolderChecked() throws IOException {
        // given a second file in the folder, and a view reading folder by folder
        Path root = layout(dir.resolve("s"));
        Files.writeString(root.resolve("units/sales/objectives/keep.md"), "inside too");
        Files.writeString(root.resolveSibling("outside").resolve("units/sales/objectives/keep.md"), "secret");
        try (ConfinedFiles view = ConfinedFiles.under(root).keepingFoldersOpen()) {
            PathKind first = view.inspect(root.resolve("units/sales/objectives/grow.md"));
            PathKind second = view.inspect(root.resolve("units/sales/objectives/keep.md"));
            assertEquals("inside", new String(view.read(first, 100), StandardCharsets.UTF_8));

            // when the folder is swapped for a link outside between the two reads
            swap(root, "units/sales/objectives");

            // then the second read is of the folder that was opened, not of the outside
            assertEquals("inside too", new String(view.read(second, 100), StandardCharsets.UTF_8));
        }
    }

    @Test
    void givenAViewThatKeepsAnotherFolderOpen_whenAFolderIsSwappedBeforeItsFirstRead_thenTheReadFails() throws IOException {
        Path root = layout(dir.resolve("s"));
        Files.writeString(root.resolve("units/top.md"), "elsewhere");
        try (ConfinedFiles view = ConfinedFiles.under(root).keepingFoldersOpen()) {
            PathKind other = view.inspect(root.resolve("units/top.md"));
            PathKind checked = view.inspect(root.resolve("units/sales/objectives/grow.md"));
            view.read(other, 100);

            swap(root, "units/sales");

            assertThrows(IOException.class, () -> view.read(checked, 100));
        }
    }

    @Test
    void givenAFolderChecked_whenItBecomesALinkOutside_thenListingItFails() throws IOException {
        Path root = layout(dir.resolve("s"));
        ConfinedFiles files = ConfinedFiles.under(root);
        PathKind checked = files.inspect(root.resolve("units/sales/objectives"));
        assertEquals(List.of("grow.md"), files.names(checked));

        swap(root, "units/sales/objectives");

        assertThrows(IOException.class, () -> files.names(checked));
    }

    @Test
    void givenNothingSwapped_thenFilesAndFoldersReadAsTheyAre() throws IOException {
        Path root = layout(dir.resolve("s"));
        ConfinedFiles files = ConfinedFiles.under(root);

        assertEquals("inside", new String(files.read(files.inspect(root.resolve("units/sales/objectives/grow.md")), 100),
                StandardCharsets.UTF_8));
        assertEquals(List.of("units"), files.names(files.inspect(root)));
        IOException tooLarge = assertThrows(IOException.class,
                () -> files.read(files.inspect(root.resolve("units/sales/objectives/grow.md")), 3));
        assertTrue(tooLarge.getMessage().contains("more than 3 bytes"), tooLarge.getMessage());
    }

    /** {@code root/units/sales/objectives/grow.md} saying "inside", and the same path under {@code root-outside} saying "secret". */
    private static Path layout(Path base) throws IOException {
        Path root = Files.createDirectories(base.resolve("strategy"));
        Files.createDirectories(root.resolve("units/sales/objectives"));
        Files.writeString(root.resolve("units/sales/objectives/grow.md"), "inside");
        Path outside = Files.createDirectories(base.resolve("outside/units/sales/objectives"));
        Files.writeString(outside.resolve("grow.md"), "secret");
        return root;
    }

    /** Moves {@code relative} aside and puts a link to the outside copy of it in its place. */
    private static void swap(Path root, String relative) throws IOException {
        Path folder = root.resolve(relative);
        Files.move(folder, folder.resolveSibling(folder.getFileName() + "-moved"));
        Files.createSymbolicLink(folder, root.resolveSibling("outside").resolve(relative));
    }
}
