package dev.bscportal.core.markdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
            "[bad](javascript:alert(1)) ![img](https://x.example/y.png)",
            "# Heading\n\n5. five\n6. six\n\n---\n\n```java\ncode <b> & \"q\"\n```\n\n    indented\n",
            "| left | centre | right |\n|:---|:---:|---:|\n| a | b | c |\n",
            "![local](img/a.png \"a title\") <https://example.com/x> <me@example.com> [mail](mailto:a@b.example 'T')",
            "Line  \nbreak, ~~strike~~, &copy; &#169; &nbsp; &unknown; \\* [ref][r]\n\n[r]: /page.html \"Ref\"\n",
            "<details><summary>More</summary><p class=\"x\" title=\"t\" lang=\"fr\" dir=\"rtl\">Hidden <kbd>K</kbd></p></details>",
            "<table><tr><td colspan=\"2\" align=\"right\">x</td></tr></table> <img src=\"https://x.example/y.png\" alt=\"a\"> <ol start=\"3\" reversed><li>x</li></ol>",
            "Tab\tand control \u0001 and NUL \u0000 and BOM \uFEFF and RTL \u202E end");

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

    /** HTML no conversion of ours writes, each in an entry whose check is right (anyone who can write the file can compute it). */
    static final Map<String, String> FORGED = Map.ofEntries(
            Map.entry("a script", "<p>Plain words.</p><script>alert(1)</script>\n"),
            Map.entry("a javascript: link", "<p><a href=\"javascript:alert(1)\">Plain words.</a></p>\n"),
            Map.entry("a javascript: link hidden by an entity", "<p><a href=\"jav&#x09;ascript:alert(1)\">Plain words.</a></p>\n"),
            Map.entry("an event handler", "<p onmouseover=\"alert(1)\">Plain words.</p>\n"),
            Map.entry("an image's onerror", "<p><img src=\"x.png\" onerror=\"alert(1)\" alt=\"Plain words.\"></p>\n"),
            Map.entry("an iframe", "<p>Plain words.</p><iframe src=\"https://evil.example/\"></iframe>\n"),
            Map.entry("an image from another site", "<p><img src=\"https://evil.example/t.png\" alt=\"Plain words.\"></p>\n"),
            Map.entry("a style attribute", "<p style=\"background:url(https://evil.example/t)\">Plain words.</p>\n"),
            Map.entry("svg with a script", "<p>Plain words.<svg><script>alert(1)</script></svg></p>\n"),
            Map.entry("a form", "<form action=\"https://evil.example/\"><input name=\"p\"></form><p>Plain words.</p>\n"),
            Map.entry("the page's own elements closed", "<p>Plain words.</p></article></main><main><p>Phish</p>\n"),
            Map.entry("a base element", "<base href=\"https://evil.example/\"><p>Plain words.</p>\n"),
            Map.entry("a comment that swallows the page", "<p>Plain words.</p><!--\n"),
            Map.entry("a data: link", "<p><a href=\"data:text/html,<script>alert(1)</script>\">Plain words.</a></p>\n"));

    @Test
    void givenMemoEntriesWithARightCheckButHtmlNoConversionWrites_whenRead_thenTheTextIsConvertedAgain() throws Exception {
        String text = "Plain words.";
        for (boolean raw : List.of(false, true)) {
            String reference = new Markdown(raw).toHtml(text);
            String header = Files.readAllLines(saved(raw)).get(0);
            for (var forged : FORGED.entrySet()) {
                // given a memo whose entry for the text holds hostile HTML with a check that fits it
                String key = ConvertedTexts.keyOf(text);
                Files.writeString(file(raw), header + "\n" + ConvertedTexts.entry(key, new ConvertedTexts.Converted(forged.getValue(), text)));

                // when a build takes the text from the memo
                ConvertedTexts memo = ConvertedTexts.in(dir, raw);
                String html = new Markdown(raw, memo).toHtml(text);

                // then the entry was not taken: the HTML is what converting gives
                assertEquals(reference, html, forged.getKey() + (raw ? " (raw HTML allowed)" : ""));
                assertEquals(0, memo.entriesRead(), forged.getKey());
            }
        }
    }

    @Test
    void givenAMemoEntryWhosePlainTextIsNotItsHtmlsText_whenRead_thenTheTextIsConvertedAgain() throws Exception {
        String text = "Plain words.";
        for (boolean raw : List.of(false, true)) {
            String header = Files.readAllLines(saved(raw)).get(0);
            for (String plain : List.of("Other words.", "<script>alert(1)</script>", "")) {
                Files.writeString(file(raw), header + "\n" + ConvertedTexts.entry(ConvertedTexts.keyOf(text),
                        new ConvertedTexts.Converted("<p>Plain words.</p>\n", plain)));

                ConvertedTexts memo = ConvertedTexts.in(dir, raw);

                assertEquals(0, memo.entriesRead(), plain);
                assertEquals("Plain words.", new Markdown(raw, memo).toPlainText(text));
            }
        }
    }

    @Test
    void givenTheMemoOfTheExampleTexts_whenRead_thenEveryEntryPassesTheCheckOnRead() throws Exception {
        for (boolean raw : List.of(false, true)) {
            saved(raw);
            ConvertedTexts memo = ConvertedTexts.in(dir, raw);
            // the lone surrogate text is never written
            assertEquals(TEXTS.size() - 1, memo.entriesRead(), raw ? "raw" : "escaped");
        }
        assertFalse(FORGED.isEmpty());
    }

    @Test
    void givenALinkWhereTheMemoFolderBelongs_whenABuildReadsAndSaves_thenNothingIsReadOrWrittenThroughIt() throws Exception {
        for (boolean raw : List.of(false, true)) {
            // given a folder outside the build holding a sound memo, and the memo folder a link to it
            Path outside = Files.createDirectories(dir.resolve("outside-" + raw));
            Path sound = saved(raw);
            Files.copy(sound, outside.resolve(sound.getFileName()));
            byte[] before = Files.readAllBytes(outside.resolve(sound.getFileName()));
            Path link = Files.createSymbolicLink(dir.resolve("memo-link-" + raw), outside);

            // when a build reads the memo and saves other texts
            ConvertedTexts memo = ConvertedTexts.in(link, raw);
            Markdown build = new Markdown(raw, memo);
            build.toHtml("Another text, written by this build.");
            build.save();

            // then the linked folder was neither read nor written
            assertEquals(0, memo.entriesRead());
            assertFalse(memo.kept());
            assertArrayEquals(before, Files.readAllBytes(outside.resolve(sound.getFileName())));
            try (var listed = Files.list(outside)) {
                assertEquals(1, listed.count(), "no temporary file left outside");
            }
        }
    }

    @Test
    @Timeout(60)
    void givenALinkAFifoOrAFolderWhereTheMemoFileBelongs_whenABuildReadsAndSaves_thenNothingOutsideIsReadOrChanged()
            throws Exception {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "not ours\n");
        Path sound = saved(false);
        Path elsewhere = Files.copy(sound, dir.resolve("sound-copy.txt"));
        Map<String, Runnable> plants = Map.of(
                "a link to a file outside", () -> link(sound, victim),
                "a link to a sound memo outside", () -> link(sound, elsewhere),
                "a dangling link", () -> link(sound, dir.resolve("nowhere")),
                "a fifo", () -> run("mkfifo", sound.toString()));
        for (var plant : plants.entrySet()) {
            Files.deleteIfExists(sound);
            plant.getValue().run();

            ConvertedTexts memo = ConvertedTexts.in(dir, false);
            Markdown build = new Markdown(false, memo);
            TEXTS.forEach(build::toHtml);
            build.save();

            assertEquals(0, memo.entriesRead(), plant.getKey());
            assertTrue(Files.isRegularFile(sound, java.nio.file.LinkOption.NOFOLLOW_LINKS), plant.getKey() + ": replaced by a memo of ours");
            assertEquals("not ours\n", Files.readString(victim), plant.getKey());
        }
    }

    @Test
    void givenAnEntryHeadThatIsAHugeLineOrLengthsThatOverflow_whenRead_thenTheEntriesBeforeAreKeptAndNothingThrows() throws Exception {
        String good = Files.readString(saved(false));
        int entries = ConvertedTexts.in(dir, false).entriesRead();
        String key = "a".repeat(64);
        for (String tail : List.of(
                "9".repeat(5_000_000) + "\n<p>x</p>\nx\n",
                key + " 999999999 999999999 " + "0".repeat(32) + "\n<p>x</p>\nx\n",
                key + " 999999999 999999999 " + "0".repeat(32) + "\n" + "x".repeat(1000),
                key + " 2147483647 1 " + "0".repeat(32) + "\n<p>x</p>\nx\n",
                key + " -1 1 " + "0".repeat(32) + "\n<p>x</p>\nx\n")) {
            Files.writeString(file(false), good + tail);

            assertEquals(entries, ConvertedTexts.in(dir, false).entriesRead(), tail.substring(0, 80));
        }
    }

    @Test
    void givenAForgedEntryThatClaimsHundredsOfMegabytes_whenABuildReadsTheMemo_thenItIsNeitherReadWholeNorFatal() throws Exception {
        for (boolean raw : List.of(false, true)) {
            String good = Files.readString(saved(raw));
            int entries = ConvertedTexts.in(dir, raw).entriesRead();
            String key = ConvertedTexts.keyOf("Plain words.");
            long size = 200L * 1024 * 1024;
            for (String head : List.of(
                    key + " 209000000 1 " + "0".repeat(32), // the HTML as large as the file
                    key + " 12 209000000 " + "0".repeat(32), // the plain text
                    key + " " + (MemoFile.MAX_ENTRY_CHARS + 1) + " 1 " + "0".repeat(32))) { // just over the bound
                // given the memo of a build followed by an entry whose length is the rest of a sparse 200 MB file
                Path memo = file(raw);
                Files.writeString(memo, good + head + "\n<p>");
                try (var sparse = new java.io.RandomAccessFile(memo.toFile(), "rw")) {
                    sparse.setLength(size);
                }

                // when a build reads the memo
                long before = allocated();
                ConvertedTexts kept = ConvertedTexts.in(dir, raw);
                long cost = allocated() - before;

                // then the entries before it are taken, the forged one is not read, and the text converts as ever
                assertEquals(entries, kept.entriesRead(), head);
                assertTrue(cost < 64L * 1024 * 1024, "allocated " + cost + " bytes for " + head);
                assertEquals(new Markdown(raw).toHtml("Plain words."), new Markdown(raw, kept).toHtml("Plain words."));
            }
        }
    }

    @Test
    void givenTheLargestTextsAStrategyMayHold_whenConverted_thenTheirEntriesFitTheBoundAndReadBack() {
        // the Markdown shapes whose HTML grows most, each as large as BSC023 lets a text be
        int max = dev.bscportal.core.load.MarkdownShape.MAX_TEXT_CHARS;
        for (String unit : List.of("\"", "&", "<", "*a* ", "- a\n", "|a|b|\n|:-:|-:|\n", "[a](b) ", "<x@y.z> ", "`a` ", "\\*")) {
            StringBuilder text = new StringBuilder();
            while (text.length() + unit.length() <= max) {
                text.append(unit);
                if (text.length() % 4096 < unit.length()) {
                    text.append("\n\n"); // blocks stay under BSC023's 8 KiB
                }
            }
            for (boolean raw : List.of(false, true)) {
                Markdown markdown = new Markdown(raw);
                String html = markdown.toHtml(text.toString());
                assertTrue(html.length() <= MemoFile.MAX_ENTRY_CHARS, unit + ": " + html.length());
                assertTrue(html.length() <= 8L * text.length(), unit + ": " + html.length() + " for " + text.length());
            }
        }
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean())
                .getCurrentThreadAllocatedBytes();
    }

    private static void link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void run(String... command) {
        try {
            assertEquals(0, new ProcessBuilder(command).inheritIO().start().waitFor());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The memo of {@link #TEXTS} as a build writes it; returns its file. */
    private Path saved(boolean raw) {
        Markdown first = new Markdown(raw, ConvertedTexts.in(dir, raw));
        TEXTS.forEach(first::toHtml);
        first.save();
        return file(raw);
    }

    private Path file(boolean raw) {
        return dir.resolve(raw ? "markdown-raw-html.txt" : "markdown-escaped.txt");
    }
}
