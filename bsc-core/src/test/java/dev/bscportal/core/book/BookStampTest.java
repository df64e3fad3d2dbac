package dev.bscportal.core.book;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.maps.MapLayout;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.presentation.BookUnits;
import dev.bscportal.core.site.SiteOptions;
import dev.bscportal.core.testing.Dot;
import dev.bscportal.core.testing.StrategyDir;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A book is laid out once for what it shows and stamped with each build's id: a CI build in a fresh clone, with a new
 * commit hash and the book store its cache restored, lays out no book, and every book is byte for byte what a build
 * from scratch with that id writes.
 */
class BookStampTest {

    private static final String SHA = "3f9c2e1a7b4d8e6f0a1b2c3d4e5f60718293a4b5";

    @TempDir
    static Path shared;

    static CheckResult example;
    static Optional<MapLayout> layout;
    static Path store;
    /** The example's books built from scratch with build id {@link #SHA}, no store. */
    static Path fresh;

    @BeforeAll
    static void buildTheExampleBooksWithACommitHashFromScratch() throws Exception {
        layout = Optional.of(Dot.cached(shared.resolve("map-cache")));
        example = StrategyDir.empty(BriefingBookTest.EXAMPLE).check();
        store = shared.resolve("bsc-books");
        fresh = Files.createDirectories(shared.resolve("fresh"));
        BookReport report = books(withId(SHA), fresh, Optional.empty());
        assertEquals(0, report.kept());
    }

    static SiteOptions withId(String id) {
        return SiteOptions.defaults().withBuildId(Optional.of(id));
    }

    static BookReport books(SiteOptions options, Path target, Optional<Path> storeRoot) throws Exception {
        BriefingBooks books = new BriefingBooks(options, BookOptions.defaults(), layout, false);
        books = storeRoot.map(books::keptIn).orElse(books);
        return books.write(example.strategy().orElseThrow(), example.scores().orElseThrow(), target, Optional.empty());
    }

    static List<String> bookPaths() {
        return example.strategy().orElseThrow().allScorecards().stream().map(BriefingBooks::path).toList();
    }

    @Test
    void givenBooksKeptFromTheLastCommitsBuild_whenAFreshCloneBuildsWithANewCommitHash_thenNoBookIsLaidOutAndEachIsTheFreshBuildsBytes()
            throws Exception {
        // given the last commit's build, which left its books in the store
        Path lastCommit = Files.createDirectories(shared.resolve("last-commit"));
        BookReport first = books(withId("run-41"), lastCommit, Optional.of(store));
        assertEquals(0, first.kept());

        // when a fresh clone (no published site) builds the next commit with the store restored
        Path nextCommit = Files.createDirectories(shared.resolve("next-commit"));
        BookReport next = books(withId(SHA), nextCommit, Optional.of(store));

        // then every book is kept, and each is the bytes a build from scratch with that hash writes
        assertEquals(bookPaths().size(), next.books());
        assertEquals(next.books(), next.kept());
        for (String path : bookPaths()) {
            assertArrayEquals(Files.readAllBytes(fresh.resolve(path)), Files.readAllBytes(nextCommit.resolve(path)), path);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"airline", "cjk-names", "landesamt-de", "public-sector",
            "public-sector-baselining", "sparse", "sparse-data", "startup-okrs"})
    void givenEveryFixtureStrategy_whenItsCompanyBookIsKeptAndStampedWithANewId_thenItIsTheBytesOfAFreshBuildWithThatId(String fixture)
            throws Exception {
        // given the fixture's company book laid out by a build with one id, kept in a store
        CheckResult checked = StrategyDir.empty(Path.of("src/test/resources/strategies", fixture)).check();
        Path own = shared.resolve("fixture-" + fixture);
        SiteOptions first = withId("run-1").withBookUnits(BookUnits.NONE);
        SiteOptions next = withId(SHA).withBookUnits(BookUnits.NONE);
        write(checked, first, Files.createDirectories(own.resolve("first")), Optional.of(own.resolve("store")));

        // when the next build, in an empty folder, has a new id
        BookReport kept = write(checked, next, Files.createDirectories(own.resolve("next")), Optional.of(own.resolve("store")));

        // then the book came from the store and is what a build from scratch with that id writes
        write(checked, next, Files.createDirectories(own.resolve("scratch")), Optional.empty());
        assertEquals(1, kept.kept(), fixture + ": kept and stamped, not laid out again");
        assertArrayEquals(Files.readAllBytes(own.resolve("scratch").resolve(BriefingBooks.FILE)),
                Files.readAllBytes(own.resolve("next").resolve(BriefingBooks.FILE)), fixture);
    }

    private static BookReport write(CheckResult checked, SiteOptions options, Path target, Optional<Path> storeRoot) throws Exception {
        BriefingBooks books = new BriefingBooks(options, BookOptions.defaults(), layout, false);
        books = storeRoot.map(books::keptIn).orElse(books);
        return books.write(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), target, Optional.empty());
    }

    @Test
    void givenAStampedBook_thenItsCoverShowsTheIdNoPageShowsThePlaceholderAndItIsPdfUa1() throws Exception {
        for (String path : bookPaths()) {
            String cover = text(fresh.resolve(path), 1, 1);
            assertTrue(cover.contains("Build\n" + SHA + "\n"), path + ": " + cover);
            String all = text(fresh.resolve(path), 1, Integer.MAX_VALUE);
            assertFalse(all.contains(BookStamp.PLACEHOLDER.substring(0, 26)), path);
            assertEquals(1, all.split(SHA, -1).length - 1, path + " shows the id once");
        }
        Path company = fresh.resolve(BriefingBooks.FILE);
        assertEquals(List.of(), BriefingBookTest.pdfUaFailures(company));
        assertFalse(new String(Files.readAllBytes(company), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains(BookStamp.PLACEHOLDER), "no trace of the placeholder in the file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"W", "7"})
    void givenAnIdWiderThanTheCoverLeavesRoom_whenBuilt_thenTheBookIsLaidOutWithTheIdItselfEveryTimeWrappedOnThePage(
            String character) throws Exception {
        // given an id of 90 wide letters or 100 digits, wider than the placeholder run and than the cover's line
        String wide = character.repeat(character.equals("W") ? 90 : 100);
        Path ownStore = shared.resolve("wide-store-" + character);

        // when built with a store
        Path target = Files.createDirectories(shared.resolve("wide-" + character));
        BookReport report = books(withId(wide).withBookUnits(BookUnits.NONE), target, Optional.of(ownStore));

        // then the book was laid out, shows the id (wrapped as the layout wraps it), and is PDF/UA
        assertEquals(0, report.kept());
        String cover = text(target.resolve(BriefingBooks.FILE), 1, 1).replace("\n", "");
        assertTrue(cover.contains(wide), cover);
        List<String> offThePage = new java.util.ArrayList<>();
        FixtureBooks.eachGlyph(target.resolve(BriefingBooks.FILE), (page, glyph) -> {
            if (page == 1 && glyph.getXDirAdj() + glyph.getWidthDirAdj() > glyph.getPageWidth() - 20) {
                offThePage.add(glyph.getUnicode() + " at x=" + glyph.getXDirAdj());
            }
        });
        assertEquals(List.of(), offThePage, "every glyph of the cover stays 20 pt inside the page's edge");
        assertEquals(List.of(), BriefingBookTest.pdfUaFailures(target.resolve(BriefingBooks.FILE)));
        // and a second build lays it out again (its stored base is the placeholder's, which it cannot stamp)
        Path again = Files.createDirectories(shared.resolve("wide-again-" + character));
        BookReport second = books(withId(wide).withBookUnits(BookUnits.NONE), again, Optional.of(ownStore));
        assertArrayEquals(Files.readAllBytes(target.resolve(BriefingBooks.FILE)), Files.readAllBytes(again.resolve(BriefingBooks.FILE)));
        assertEquals(0, second.kept());
    }

    @Test
    void givenDamagedStoreEntries_whenBuilt_thenEachIsLaidOutAgainAndTheBooksAreTheFreshBuildsBytes() throws Exception {
        // given a store where one book is cut short, one has bytes changed in its body, and every other book's stamp table is garbage
        Path damagedStore = shared.resolve("damaged-store");
        books(withId("run-7"), Files.createDirectories(shared.resolve("before-damage")), Optional.of(damagedStore));
        List<Path> pdfs = files(damagedStore, ".pdf");
        List<Path> tables = files(damagedStore, ".stamp");
        assertEquals(bookPaths().size(), pdfs.size());
        assertEquals(bookPaths().size(), tables.size());
        byte[] bytes = Files.readAllBytes(pdfs.get(0));
        Files.write(pdfs.get(0), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        // and one whose body has a few bytes changed, its document id (in the trailer) intact
        byte[] flipped = Files.readAllBytes(pdfs.get(1));
        for (int i = 0; i < 8; i++) {
            flipped[flipped.length / 3 + i] ^= 0x5a;
        }
        Files.write(pdfs.get(1), flipped);
        assertEquals(PdfId.of(pdfs.get(2)).isPresent(), PdfId.of(pdfs.get(1)).isPresent(), "the id still reads");
        for (Path table : tables.subList(2, tables.size())) {
            Files.writeString(table, "run zz\n");
        }

        // when built with the next id
        Path target = Files.createDirectories(shared.resolve("after-damage"));
        BookReport report = books(withId(SHA), target, Optional.of(damagedStore));

        // then nothing was kept from it and every book is the fresh build's
        assertEquals(0, report.kept());
        for (String path : bookPaths()) {
            assertArrayEquals(Files.readAllBytes(fresh.resolve(path)), Files.readAllBytes(target.resolve(path)), path);
        }
    }

    @Test
    void givenAStoreWithBooksOfOtherKeysAndOtherCode_whenBuilt_thenOnlyThisBuildsBooksRemain() throws Exception {
        // given a store with an entry of a key no book has, and a folder of books another plugin build wrote
        Path prunedStore = shared.resolve("pruned-store");
        books(withId("run-1").withBookUnits(BookUnits.NONE), Files.createDirectories(shared.resolve("prune-1")), Optional.of(prunedStore));
        Path edition = files(prunedStore, ".pdf").get(0).getParent();
        Files.writeString(edition.resolve("0".repeat(64) + ".pdf"), "stale");
        Path otherCode = Files.createDirectories(prunedStore.resolve("0123456789abcdef").resolve("full"));
        Files.writeString(otherCode.resolve("x.pdf"), "old");

        // when built again
        books(withId("run-2").withBookUnits(BookUnits.NONE), Files.createDirectories(shared.resolve("prune-2")), Optional.of(prunedStore));

        // then the store holds this build's one book, its stamp table and their digest, nothing else
        assertEquals(3, files(prunedStore, "").size(), files(prunedStore, "").toString());
        assertFalse(Files.exists(otherCode));
    }

    @Test
    void givenAStoreFolderThatIsALinkAndFilesOfOtherNames_whenBuilt_thenNothingTheStoreDidNotWriteIsRemoved() throws Exception {
        // given a store whose root is a link to a folder of someone's files, and a store with a file of another name
        Path someones = Files.createDirectories(shared.resolve("someones-files"));
        Files.writeString(someones.resolve("notes.txt"), "keep me");
        Files.createDirectories(someones.resolve("0123456789abcdef"));
        Path linked = shared.resolve("linked-store");
        Files.createSymbolicLink(linked, someones);
        Path ownStore = shared.resolve("own-store");
        books(withId("run-1").withBookUnits(BookUnits.NONE), Files.createDirectories(shared.resolve("own-1")), Optional.of(ownStore));
        Path stray = files(ownStore, ".pdf").get(0).resolveSibling("README.txt");
        Files.writeString(stray, "not ours");

        // when built with each
        BookReport viaLink = books(withId("run-2").withBookUnits(BookUnits.NONE), Files.createDirectories(shared.resolve("linked-2")),
                Optional.of(linked));
        books(withId("run-2").withBookUnits(BookUnits.NONE), Files.createDirectories(shared.resolve("own-2")), Optional.of(ownStore));

        // then the linked folder's own files and the stray file are still there, and both builds wrote their book
        assertEquals(1, viaLink.books());
        assertEquals("keep me", Files.readString(someones.resolve("notes.txt")));
        assertTrue(Files.isDirectory(someones.resolve("0123456789abcdef")));
        assertEquals("not ours", Files.readString(stray));
        assertTrue(Files.isRegularFile(shared.resolve("linked-2").resolve(BriefingBooks.FILE)));
    }

    @Test
    void givenAStampTableWrittenAndReadBack_thenItIsTheSameAndDamagedOrChangedTextIsRefused() throws Exception {
        Path base = shared.resolve("table-base");
        books(SiteOptions.defaults().withBuildId(Optional.of(BookStamp.PLACEHOLDER)).withBookUnits(BookUnits.NONE),
                Files.createDirectories(base), Optional.empty());
        StampTable table;
        try (PDDocument pdf = Loader.loadPDF(base.resolve(BriefingBooks.FILE).toFile())) {
            table = StampTable.of(pdf.getPage(0)).orElseThrow();
        }
        StampTable read = StampTable.read(table.write()).orElseThrow();
        assertEquals(table.write(), read.write());
        assertArrayEquals(table.run(), read.run());
        assertEquals(Optional.empty(), StampTable.read(table.write().replace("run ", "ran ")));
        assertEquals(Optional.empty(), StampTable.read(table.write().substring(0, table.write().length() / 2)));
        assertEquals(Optional.empty(), StampTable.read(""));
        // a table whose code for 'A' was changed to that of 'B' would print wrong letters: refused
        String[] lines = table.write().split("\n");
        String codeOfB = lines[2].split(" ")[1];
        lines[1] = lines[1].split(" ")[0] + " " + codeOfB + " " + lines[1].split(" ")[2];
        assertEquals(Optional.empty(), StampTable.read(String.join("\n", lines) + "\n"));
    }

    static String text(Path pdf, int from, int to) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(doc);
        }
    }

    private static List<Path> files(Path root, String suffix) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
