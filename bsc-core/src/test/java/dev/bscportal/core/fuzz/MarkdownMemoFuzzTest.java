package dev.bscportal.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bscportal.core.markdown.ConvertedTexts;
import dev.bscportal.core.markdown.Markdown;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkdownMemoFuzzTest {

    private static final List<String> TEXTS = List.of("Plain words.", "A **bold** [link](https://example.com/).",
            "| a | b |\n|---|---|\n| 1 | 2 |\n", "> quoted\n> - list\n");
    private static final Markdown REFERENCE = new Markdown(false);

    /**
     * Any bytes where the Markdown memo belongs (after the real first line, or not: '0'/'1'): reading it never throws,
     * and every text converts to what converting it without a memo gives (an entry is found by the SHA-256 of its
     * text and kept only with a matching check, which bytes from outside cannot forge by chance).
     */
    @Timeout(10)
    @FuzzTest
    void anyMemoFileGivesWhatConvertingGives(byte[] input) {
        FuzzInput fuzz = FuzzInput.of(input, 2);
        String body = fuzz.text();
        try {
            Path dir = Files.createTempDirectory("bsc-memo-fuzz");
            try {
                Markdown writer = new Markdown(false, ConvertedTexts.in(dir, false));
                TEXTS.forEach(writer::toHtml);
                writer.save();
                Path file = dir.resolve("markdown-escaped.txt");
                String header = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("");
                Files.writeString(file, (fuzz.choice() == 1 ? header + "\n" : "") + body, StandardCharsets.UTF_8);

                Markdown reader = new Markdown(false, ConvertedTexts.in(dir, false));
                for (String text : TEXTS) {
                    assertEquals(REFERENCE.toHtml(text), reader.toHtml(text));
                    assertEquals(REFERENCE.toPlainText(text), reader.toPlainText(text));
                }
            } finally {
                dev.bscportal.core.files.FileTrees.deleteQuietly(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
