package dev.bscportal.core.markdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Markdown kept on disk by one build reads back, in the next, as exactly what converting it again gives. */
class ConvertedTextsTest {

    private static final List<String> TEXTS = List.of(
            "Plain words.",
            "A **bold** claim with a [link](https://example.com/a?b=c&d=e) and `code`.",
            "Lines\r\nwith CRLF\r\n\r\nand a second paragraph\n",
            "| a | b |\n|---|---|\n| 1 | 2 |\n",
            "Emoji 😀 and CJK 目標 and an entity &amp; &lt;tag&gt; <script>alert(1)</script>",
            "> quoted\n> - list\n>   - nested\n",
            "Ends with a line break\n\n\n",
            "Unpaired surrogate \uD800 in the text",
            "[bad](javascript:alert(1)) ![img](https://x.example/y.png)");

    @TempDir
    Path dir;

    @Test
    void givenTextsConvertedByOneBuild_whenTheNextBuildTakesThemFromDisk_thenHtmlAndPlainTextAreWhatConvertingGives() {
        for (boolean raw : List.of(false, true)) {
            Markdown first = new Markdown(raw, ConvertedTexts.in(dir, raw));
            TEXTS.forEach(first::toHtml);
            first.save();

            ConvertedTexts kept = ConvertedTexts.in(dir, raw);
            Markdown second = new Markdown(raw, kept);
            Markdown reference = new Markdown(raw);
            for (String text : TEXTS) {
                assertEquals(reference.toHtml(text), second.toHtml(text), text);
                assertEquals(reference.toPlainText(text), second.toPlainText(text), text);
            }
            assertTrue(kept.entriesRead() >= TEXTS.size() - 1, "read " + kept.entriesRead() + " of " + TEXTS.size());
        }
    }

    @Test
    void givenTheOtherRawHtmlSetting_whenItsMemoIsRead_thenItHoldsNothingOfTheFirst() throws Exception {
        Markdown escaped = new Markdown(false, ConvertedTexts.in(dir, false));
        TEXTS.forEach(escaped::toHtml);
        escaped.save();
        Files.copy(dir.resolve("markdown-escaped.txt"), dir.resolve("markdown-raw-html.txt"));

        assertEquals(0, ConvertedTexts.in(dir, true).entriesRead(), "the header names the setting");
    }
}
