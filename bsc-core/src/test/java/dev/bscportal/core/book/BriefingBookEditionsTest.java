package dev.bscportal.core.book;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.redact.Redaction;
import dev.bscportal.core.site.RedactionTest;
import dev.bscportal.core.site.SiteOptions;
import dev.bscportal.core.maps.MapLayout;
import dev.bscportal.core.testing.Dot;
import dev.bscportal.core.testing.StrategyDir;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Books of other editions and other strategies: an audience edition's book withholds what its site withholds (text,
 * metadata, outline), every fixture strategy and a hostile one give a valid book, and an edit re-renders only the
 * books it touches.
 */
class BriefingBookEditionsTest {

    @TempDir
    Path dir;

    Optional<MapLayout> layout;

    @BeforeEach
    void dot() {
        layout = Optional.of(Dot.cached(dir.resolve("map-cache")));
    }

    private BookReport books(CheckResult checked, SiteOptions options, Path target, Optional<Path> previous) throws Exception {
        return new BriefingBooks(options, BookOptions.defaults(), layout, false)
                .write(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), target,
                        previous.map(p -> new PreviousBooks(p, BookFormat.ofRunningCode().digest())));
    }

    /** Everything a reader or a tool can get out of a PDF as text: page text, info dictionary, XMP, outline. */
    static String everything(Path pdf) throws Exception {
        StringBuilder all = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            all.append(new PDFTextStripper().getText(doc)).append('\n');
            PDDocumentInformation info = doc.getDocumentInformation();
            for (String key : info.getMetadataKeys()) {
                all.append(key).append('=').append(info.getCustomMetadataValue(key)).append('\n');
            }
            if (doc.getDocumentCatalog().getMetadata() != null) {
                all.append(new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8)).append('\n');
            }
            all.append(String.join("\n", BriefingBookTest.bookmarks(pdf)));
        }
        return all.toString();
    }

    @Test
    void givenTheSentinelStrategyWhenTheFullEditionsBookIsWrittenThenTheCheckCanSeeTheValues() throws Exception {
        CheckResult checked = RedactionTest.sentinelStrategy(dir);
        Path out = Files.createDirectories(dir.resolve("full"));
        books(checked, SiteOptions.defaults(), out, Optional.empty());
        String all = everything(out.resolve("briefing-book.pdf"));
        for (String v : List.of("987,654", "7,777,777", "Zebulon", "Xaviera")) {
            assertTrue(all.contains(v), v + " is in the full edition's book, so its absence below means something");
        }
    }

    @Test
    void givenAnEditionWithoutActualsBudgetsAndOwnersThenItsBookHasNoneOfTheSentinelsInTextMetadataOrOutline() throws Exception {
        CheckResult checked = RedactionTest.sentinelStrategy(dir);
        Path out = Files.createDirectories(dir.resolve("public"));
        books(checked, SiteOptions.defaults().withRedactions(EnumSet.allOf(Redaction.class)), out, Optional.empty());
        Path pdf = out.resolve("briefing-book.pdf");
        String all = everything(pdf);
        assertEquals(List.of(), RedactionTest.WITHHELD.stream().filter(all::contains).toList());
        // the raw bytes too (an uncompressed string anywhere in the file)
        String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertEquals(List.of(), RedactionTest.WITHHELD.stream().filter(raw::contains).toList());
        assertTrue(all.contains("Objective f1"), "the edition still shows the strategy");
        assertEquals(List.of(), BriefingBookTest.pdfUaFailures(pdf).stream().limit(10).toList());
    }

    @Test
    void givenOneEditionWithoutOneSectionEachThenEachBookWithholdsItsOwnSection() throws Exception {
        CheckResult checked = RedactionTest.sentinelStrategy(dir);
        for (Redaction r : Redaction.values()) {
            Path out = Files.createDirectories(dir.resolve("without-" + r.id()));
            books(checked, SiteOptions.defaults().withRedactions(EnumSet.of(r)), out, Optional.empty());
            String all = everything(out.resolve("briefing-book.pdf"));
            List<String> withheld = switch (r) {
                case ACTUALS -> List.of("987,654", "987654", "55,555", "Sentinel note");
                case BUDGETS -> List.of("7,777,777", "3,333,333");
                case OWNERS -> List.of("Zebulon", "Quartermaine", "Xaviera", "Brightwater", "ZQmarker");
            };
            assertEquals(List.of(), withheld.stream().filter(all::contains).toList(), r.id());
        }
    }

    static Stream<String> fixtures() throws Exception {
        try (Stream<Path> dirs = Files.list(Path.of("src/test/resources/strategies"))) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void givenEveryFixtureStrategyThenEveryScorecardGetsABookThatValidatesAsPdfUa1(String name) throws Exception {
        CheckResult checked = StrategyDir.empty(Path.of("src/test/resources/strategies", name)).check();
        assertTrue(checked.strategy().isPresent(), name + ": " + checked.errors());
        Path out = Files.createDirectories(dir.resolve(name));
        BookReport report = books(checked, SiteOptions.defaults(), out, Optional.empty());
        assertEquals(checked.strategy().orElseThrow().allScorecards().size(), report.books());
        assertEquals(List.of(), BriefingBookTest.pdfUaFailures(out.resolve("briefing-book.pdf")).stream().limit(10).toList(), name);
    }

    static final String LONG_WORD = "Donaudampfschifffahrtsgesellschaftskapitaensmuetzenqualitaetssicherungsbeauftragter";

    @Test
    void givenAHostileStrategyThenItsBookIsWrittenWithoutLoadingAnythingAndValidates() throws Exception {
        // names with markup, an unbreakable word, a CJK and an RTL name; Markdown that points at local files and servers
        CheckResult checked = StrategyDir.valid(dir.resolve("src"))
                .write("objectives/f1.md", "---\nname: \"</title><script>alert(1)</script> & <b>bold</b> " + LONG_WORD + "\"\n"
                        + "perspective: financial\nowner: 山田 太郎\ndrives: []\n---\n"
                        + "![secret](file:///etc/passwd) ![remote](http://127.0.0.1:9/x.png) [link](javascript:alert(1))\n\n"
                        + "<img src=\"file:///etc/hostname\"> مرحبا " + LONG_WORD + LONG_WORD + "\n")
                .check();
        assertTrue(checked.strategy().isPresent(), checked.errors().toString());
        Path out = Files.createDirectories(dir.resolve("hostile"));
        books(checked, SiteOptions.defaults(), out, Optional.empty());
        Path pdf = out.resolve("briefing-book.pdf");
        String all = everything(pdf);
        assertTrue(all.contains("</title><script>alert(1)</script>"), "the name is shown as text");
        String hostname = Files.exists(Path.of("/etc/hostname")) ? Files.readString(Path.of("/etc/hostname")).strip() : "";
        String passwd = "root:x:0:0";
        assertTrue(!all.contains(passwd) && (hostname.isEmpty() || !new String(Files.readAllBytes(pdf),
                StandardCharsets.ISO_8859_1).contains("root:x:0")), "a local file was read into the book");
        assertEquals(List.of(), BriefingBookTest.pdfUaFailures(pdf).stream().limit(10).toList());
    }

    @Test
    void givenOneUnitsMeasurementChangesThenOnlyTheBooksItTouchesAreRenderedAgain() throws Exception {
        Path source = dev.bscportal.core.testing.TreeCopy.copy(BriefingBookTest.EXAMPLE, dir.resolve("strategy"));
        Path before = Files.createDirectories(dir.resolve("before"));
        CheckResult first = StrategyDir.empty(source).check();
        BookReport full = books(first, SiteOptions.defaults(), before, Optional.empty());
        Path csv = source.resolve("units/sales/measurements/sales.csv");
        Files.writeString(csv, Files.readString(csv).replace("pipeline-value,2024-12,8.5,", "pipeline-value,2024-12,9.5,"));
        Path after = Files.createDirectories(dir.resolve("after"));
        BookReport next = books(StrategyDir.empty(source).check(), SiteOptions.defaults(), after, Optional.of(before));
        assertTrue(next.kept() > 0 && next.kept() < full.books(), "kept " + next.kept() + " of " + full.books());
        assertNotEquals(-1, java.util.Arrays.mismatch(Files.readAllBytes(before.resolve("units/sales/briefing-book.pdf")),
                Files.readAllBytes(after.resolve("units/sales/briefing-book.pdf"))), "the sales book changed");
        List<String> same = new ArrayList<>();
        for (var card : StrategyDir.empty(source).check().strategy().orElseThrow().allScorecards()) {
            String path = BriefingBooks.path(card);
            if (java.util.Arrays.equals(Files.readAllBytes(before.resolve(path)), Files.readAllBytes(after.resolve(path)))) {
                same.add(path);
            }
        }
        assertEquals(next.kept(), same.size(), same.toString());
    }
}
