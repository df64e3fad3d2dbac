package dev.bscportal.core.build;

import dev.bscportal.core.options.SiteSettings;
import dev.bscportal.core.site.IncrementalEditsTest;
import dev.bscportal.core.site.SiteOptions;
import dev.bscportal.core.testing.SameFiles;
import dev.bscportal.core.testing.TreeCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bsc:build} keeps the Markdown it converted in {@code target/bsc-memo} for the next build, a fresh JVM. That
 * file is untrusted input and may be stale: a build that reads it must write what a build without it writes, byte
 * for byte, after any edit, and a damaged, truncated or foreign memo must change nothing but the time it takes.
 */
class MarkdownMemoBuildTest {

    private static final Map<String, Path> FIXTURES = IncrementalEditsTest.FIXTURES;

    @TempDir
    Path dir;

    private int builds;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"example", "public-sector", "airline", "sparse"})
    void givenEveryKindOfEditInARow_whenEachBuildReadsTheMemoTheBuildBeforeLeft_thenEachSiteIsByteForByteABuildWithoutMemo(
            String fixture) throws Exception {
        // given a strategy built once, which left its Markdown memo on disk
        Path strategy = TreeCopy.copy(FIXTURES.get(fixture), dir.resolve("src/strategy"));
        Path work = dir.resolve("target");
        Path site = dir.resolve("published");
        build(strategy, work, site);
        Path memo = work.resolve("bsc-memo/markdown-escaped.txt");
        assertTrue(Files.isRegularFile(memo), "the first build keeps its Markdown");

        List<String> made = new ArrayList<>();
        for (var edit : IncrementalEditsTest.authorEdits().entrySet()) {
            if (edit.getValue().apply(strategy, SiteOptions.defaults()).isEmpty()) {
                continue;
            }
            made.add(edit.getKey());
            // when a new build (as a fresh JVM: a new SiteBuild) reads the memo and keeps the unchanged pages, and one
            // without any memo builds from scratch
            Path withMemo = build(strategy, work, site);
            Path without = build(strategy, dir.resolve("fresh-" + builds));

            // then both write the same files, byte for byte
            SameFiles.assertSame(without, withMemo);
        }
        assertTrue(made.size() >= 10, "most kinds of edit apply to " + fixture + ": " + made);
    }

    @Test
    void givenADamagedTruncatedOrForeignMemo_whenBuilt_thenTheSiteIsWhatABuildWithoutMemoWritesAndTheBuildSucceeds()
            throws Exception {
        Path strategy = TreeCopy.copy(FIXTURES.get("example"), dir.resolve("src/strategy"));
        Path reference = build(strategy, dir.resolve("reference"));
        Path good = dir.resolve("reference/bsc-memo/markdown-escaped.txt");
        String memo = Files.readString(good, StandardCharsets.UTF_8);
        int firstEntry = memo.indexOf('\n') + 1;
        int secondValue = memo.indexOf("<p>", firstEntry);
        Map<String, byte[]> damaged = new LinkedHashMap<>();
        damaged.put("truncated in the middle of an entry", bytes(memo.substring(0, memo.length() / 2)));
        damaged.put("one character of an HTML value changed", bytes(memo.substring(0, secondValue + 3) + "X" + memo.substring(secondValue + 4)));
        damaged.put("an entry's HTML replaced (its check no longer fits)",
                bytes(memo.substring(0, secondValue) + "<script>alert(1)</script>" + memo.substring(secondValue + 25)));
        damaged.put("an entry's HTML given a script, a javascript: link and an event handler, its check computed anew",
                bytes(forged(memo, firstEntry, "<script>alert(1)</script><img src=\"x.png\" onerror=\"alert(2)\"><a href=\"javascript:alert(3)\"></a>")));
        damaged.put("a length made larger than the file", bytes(memo.substring(0, firstEntry + 65) + "999999999"
                + memo.substring(memo.indexOf(' ', firstEntry + 65))));
        damaged.put("written by another version of the code", bytes(memo.replaceFirst("bsc-markdown-memo 1 [0-9a-f]+", "bsc-markdown-memo 1 " + "0".repeat(64))));
        damaged.put("another format", bytes("bsc-markdown-memo 2\n" + memo.substring(firstEntry)));
        damaged.put("empty", new byte[0]);
        damaged.put("not UTF-8", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3});
        damaged.put("only the first line", bytes(memo.substring(0, firstEntry)));
        for (var variant : damaged.entrySet()) {
            Path work = dir.resolve("damaged-" + builds);
            Files.createDirectories(work.resolve("bsc-memo"));
            Files.write(work.resolve("bsc-memo/markdown-escaped.txt"), variant.getValue());

            Path site = build(strategy, work);

            SameFiles.assertSame(reference, site);
            assertEquals(memo, Files.readString(work.resolve("bsc-memo/markdown-escaped.txt"), StandardCharsets.UTF_8),
                    variant.getKey() + ": the build writes the memo afresh");
        }
    }

    @Test
    void givenAFolderWhereTheMemoBelongs_whenBuilt_thenTheBuildSucceedsWithTheSameSite() throws Exception {
        Path strategy = TreeCopy.copy(FIXTURES.get("example"), dir.resolve("src/strategy"));
        Path reference = build(strategy, dir.resolve("reference"));
        Path work = dir.resolve("folder");
        Files.createDirectories(work.resolve("bsc-memo/markdown-escaped.txt/inside"));

        SameFiles.assertSame(reference, build(strategy, work));
    }

    /** A full build as bsc:build runs it (no briefing books), its output beside {@code work}; returns the site. */
    private Path build(Path strategy, Path work) throws BuildException, IOException {
        return build(strategy, work, dir.resolve("site-" + builds++));
    }

    private Path build(Path strategy, Path work, Path site) throws BuildException, IOException {
        Path templates = Files.createDirectories(strategy.resolveSibling("templates"));
        BuildOptions options = BuildOptions.builder(strategy, site).baseDirectory(dir).workDirectory(work)
                .mapCacheDirectory(dir.resolve("map-cache")).books(null)
                .site(new SiteSettings(null, "en", Optional.of(templates), null, null, null, null, false)).build();
        new SiteBuild(options, BuildLog.silent()).build();
        return site;
    }

    /**
     * The memo with its first entry's HTML put before {@code hostile} and the entry's lengths and check computed as the
     * memo computes them: what anyone who may write the file can do.
     */
    private static String forged(String memo, int firstEntry, String hostile) throws Exception {
        int headEnd = memo.indexOf('\n', firstEntry);
        String[] head = memo.substring(firstEntry, headEnd).split(" ");
        int htmlLength = Integer.parseInt(head[1]);
        int plainLength = Integer.parseInt(head[2]);
        String html = hostile + memo.substring(headEnd + 1, headEnd + 1 + htmlLength);
        String plain = memo.substring(headEnd + 2 + htmlLength, headEnd + 2 + htmlLength + plainLength);
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest((head[0] + "\u0000" + html + "\u0000" + plain).getBytes(StandardCharsets.UTF_8));
        String check = java.util.HexFormat.of().formatHex(digest).substring(0, 32);
        return memo.substring(0, firstEntry) + head[0] + " " + html.length() + " " + plainLength + " " + check + "\n" + html
                + memo.substring(headEnd + 1 + htmlLength);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
