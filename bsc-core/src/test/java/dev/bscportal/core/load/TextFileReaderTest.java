package dev.bscportal.core.load;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextFileReaderTest {

    @TempDir
    Path dir;

    private final List<Problem> problems = new ArrayList<>();

    private Optional<String> read(byte[] bytes, long maxBytes) throws IOException {
        Path file = dir.resolve("f.yaml");
        Files.write(file, bytes);
        return new TextFileReader().read(dev.bscportal.core.files.ConfinedFiles.under(file.getParent()), file, "measures/f.yaml", maxBytes, problems::add);
    }

    @Test
    void dropsTheByteOrderMarkAndTurnsCrlfIntoLf() throws IOException {
        byte[] bytes = "\uFEFFname: A\r\nunit: x\r\nold: mac\rend\n".getBytes(StandardCharsets.UTF_8);

        Optional<String> text = read(bytes, 1000);

        assertEquals(Optional.of("name: A\nunit: x\nold: mac\nend\n"), text);
        assertTrue(problems.isEmpty());
    }

    @Test
    void keepsNonAsciiTextIntact() throws IOException {
        Optional<String> text = read("name: Umsatz – Größe €\n".getBytes(StandardCharsets.UTF_8), 1000);

        assertEquals(Optional.of("name: Umsatz – Größe €\n"), text);
    }

    @Test
    void reportsInvalidUtf8AtTheLineOfTheBadByte() throws IOException {
        byte[] bytes = {'a', '\n', 'b', '\n', 'c', (byte) 0xC3, (byte) 0x28, '\n', 'd', '\n'};

        Optional<String> text = read(bytes, 1000);

        assertTrue(text.isEmpty());
        assertEquals(List.of(ProblemCode.UNREADABLE_FILE), problems.stream().map(Problem::code).toList());
        assertEquals(SourcePosition.of("measures/f.yaml", 3), problems.get(0).position());
    }

    @Test
    void reportsLatin1TextAsInvalidUtf8() throws IOException {
        Optional<String> text = read("name: Gr\u00f6\u00dfe\n".getBytes(StandardCharsets.ISO_8859_1), 1000);

        assertTrue(text.isEmpty());
        assertEquals(SourcePosition.of("measures/f.yaml", 1), problems.get(0).position());
        assertEquals(ProblemCode.UNREADABLE_FILE, problems.get(0).code());
    }

    @Test
    void refusesANulByteAsUnreadableAtItsLine() throws IOException {
        byte[] bytes = {'a', '\n', 'b', 0, 'c', '\n'};

        Optional<String> text = read(bytes, 1000);

        assertTrue(text.isEmpty());
        assertEquals(1, problems.size());
        assertEquals(ProblemCode.UNREADABLE_FILE, problems.get(0).code());
        assertEquals(2, problems.get(0).position().line());
    }

    @Test
    void refusesAFileOverTheLimitWithTheWholeFileAsPosition() throws IOException {
        Optional<String> text = read(new byte[] {'a', 'b', 'c', 'd', '\n'}, 4);

        assertTrue(text.isEmpty());
        assertEquals(List.of(ProblemCode.FILE_TOO_LARGE), problems.stream().map(Problem::code).toList());
        assertEquals(SourcePosition.file("measures/f.yaml"), problems.get(0).position());
    }

    @Test
    void acceptsAFileOfExactlyTheLimit() throws IOException {
        Optional<String> text = read(new byte[] {'a', 'b', 'c', '\n'}, 4);

        assertEquals(Optional.of("abc\n"), text);
    }

    @Test
    void refusesAHugeFileBySizeWithoutReadingIt() throws IOException {
        // A sparse 3 GiB file: reading it whole would need an array larger than Java allows.
        Path file = dir.resolve("huge.yaml");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(3L << 30);
        }

        Optional<String> text = new TextFileReader().read(dev.bscportal.core.files.ConfinedFiles.under(file.getParent()), file, "huge.yaml", 1 << 20, problems::add);

        assertTrue(text.isEmpty());
        assertEquals(List.of(ProblemCode.FILE_TOO_LARGE), problems.stream().map(Problem::code).toList());
    }

    @Test
    void reportsAMissingFileAsUnreadable() throws IOException {
        Optional<String> text = new TextFileReader().read(dev.bscportal.core.files.ConfinedFiles.under(dir), dir.resolve("absent.yaml"), "absent.yaml", 100, problems::add);

        assertTrue(text.isEmpty());
        assertEquals(List.of(ProblemCode.UNREADABLE_FILE), problems.stream().map(Problem::code).toList());
    }
}
