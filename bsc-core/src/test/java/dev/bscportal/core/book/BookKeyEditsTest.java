package dev.bscportal.core.book;

import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.engine.StrategyChecker;
import dev.bscportal.core.maps.MapLayout;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.redact.Redaction;
import dev.bscportal.core.site.BookKeys;
import dev.bscportal.core.site.BookViews;
import dev.bscportal.core.site.IncrementalEditsTest;
import dev.bscportal.core.site.IncrementalEditsTest.Edit;
import dev.bscportal.core.site.SiteOptions;
import dev.bscportal.core.testing.Dot;
import dev.bscportal.core.testing.TreeCopy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A book is kept when its key ({@link BookKeys}) is unchanged, without rendering its document; so the key must hold
 * everything the book shows. Proved two ways over the author's edits of {@code IncrementalEditsTest} and the book's
 * own (a template override, the locale, an edition's redactions, a unit's value and name, the page size and edition
 * name): for every edit on several strategies, a book whose key did not change has exactly the document it had
 * before; and on two strategies with units, books written keeping the unchanged ones are byte-identical to books
 * written from scratch, with exactly the books whose key changed laid out again.
 */
class BookKeyEditsTest {

    private static final Map<String, Path> FIXTURES = Map.of(
            "example", BriefingBookTest.EXAMPLE,
            "cjk-names", Path.of("src/test/resources/strategies/cjk-names"),
            "public-sector", Path.of("src/test/resources/strategies/public-sector"),
            "airline", Path.of("src/test/resources/strategies/airline"));

    /** The fixtures with units, whose books are written to PDF before and after each edit. */
    private static final List<String> WITH_UNITS = List.of("example", "cjk-names");

    /** The edits whose books are written to PDF (each of the others is proved on the documents). */
    private static final List<String> WRITTEN = List.of("a measurement value", "the first unit's measurement value",
            "an objective's name", "a review's commentary", "a label of the site's language", "the book template overridden",
            "the locale", "an edition without owners", "the first unit's name");

    private static final Map<String, Edit> EDITS = edits();

    @TempDir
    static Path shared;

    private static Optional<MapLayout> layout;
    private static final Map<String, Path> BOOKS_BEFORE = new HashMap<>();
    private static final Map<String, Map<String, String>> DOCUMENTS_BEFORE = new HashMap<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void graphviz() {
        layout = Optional.of(Dot.cached(shared.resolve("map-cache")));
    }

    static Stream<Arguments> editsOnFixtures() throws IOException {
        return cases(new TreeSet<>(FIXTURES.keySet()), EDITS.keySet());
    }

    static Stream<Arguments> writtenEdits() throws IOException {
        return cases(WITH_UNITS, WRITTEN);
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("editsOnFixtures")
    void givenOneEdit_whenTheKeysAreComputed_thenEveryBookWhoseKeyIsUnchangedHasTheSameDocument(String fixture, String edit)
            throws Exception {
        // given the documents and keys of a strategy's books, and one edit
        Map<String, String> documentsBefore = documentsBefore(fixture);
        Map<String, String> keysBefore = keys(check(FIXTURES.get(fixture)), SiteOptions.defaults(), BookOptions.defaults());
        Path source = TreeCopy.copy(FIXTURES.get(fixture), dir.resolve("strategy"));
        SiteOptions options = EDITS.get(edit).apply(source, SiteOptions.defaults()).orElseThrow();

        // when the keys and documents are computed again
        CheckResult checked = check(source);
        Map<String, String> keysAfter = keys(checked, options, BookOptions.defaults());
        Map<String, String> documentsAfter = documents(checked, options, BookOptions.defaults());

        // then a book with the same key has the same document (else it would be kept stale)
        assertEquals(keysBefore.keySet(), keysAfter.keySet());
        List<String> stale = new ArrayList<>();
        for (String path : keysAfter.keySet()) {
            if (keysBefore.get(path).equals(keysAfter.get(path)) && !documentsBefore.get(path).equals(documentsAfter.get(path))) {
                stale.add(path);
            }
        }
        assertEquals(List.of(), stale, edit + " on " + fixture + ": books whose document changed under an unchanged key");
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("writtenEdits")
    void givenOneEdit_whenTheBooksAreWrittenKeepingUnchangedOnes_thenTheyAreByteIdenticalToBooksFromScratch(String fixture,
            String edit) throws Exception {
        // given the books of a strategy written before, and one edit
        Path before = booksBefore(fixture);
        Map<String, String> keysBefore = keys(check(FIXTURES.get(fixture)), SiteOptions.defaults(), BookOptions.defaults());
        Path source = TreeCopy.copy(FIXTURES.get(fixture), dir.resolve("strategy"));
        SiteOptions options = EDITS.get(edit).apply(source, SiteOptions.defaults()).orElseThrow();
        CheckResult checked = check(source);

        // when they are written again keeping the unchanged ones, and from scratch
        Path kept = Files.createDirectories(dir.resolve("kept"));
        Path scratch = Files.createDirectories(dir.resolve("scratch"));
        BookReport report = write(checked, options, BookOptions.defaults(), kept, Optional.of(before));
        write(checked, options, BookOptions.defaults(), scratch, Optional.empty());

        // then both are the same bytes, and exactly the books whose key changed were laid out again
        Map<String, String> keysAfter = keys(checked, options, BookOptions.defaults());
        List<String> changed = keysAfter.keySet().stream().filter(p -> !keysAfter.get(p).equals(keysBefore.get(p))).toList();
        assertSameBooks(scratch, kept, edit + " on " + fixture);
        assertEquals(keysAfter.size() - changed.size(), report.kept(), "kept; changed keys: " + changed);
        assertEquals(new TreeSet<>(changed), new TreeSet<>(laidOut(before, kept)), "laid out again");
        assertTrue(!changed.isEmpty(), "the edit changes a book: " + edit);
        if (edit.startsWith("the first unit's")) {
            assertTrue(report.kept() > 0, "another unit's book is kept: " + report);
        }
    }

    @Test
    void givenThePageSizeOrTheEditionsNameChanges_whenTheKeysAreComputed_thenEveryBooksKeyAndDocumentChange() throws Exception {
        CheckResult checked = check(FIXTURES.get("example"));
        List<BookOptions> books = List.of(BookOptions.defaults(), new BookOptions(BookSize.LETTER, ""),
                new BookOptions(BookSize.A4, "board"), new BookOptions(BookSize.LETTER, "board"));
        List<Map<String, String>> keys = new ArrayList<>();
        List<Map<String, String>> documents = new ArrayList<>();
        for (BookOptions book : books) {
            keys.add(keys(checked, SiteOptions.defaults(), book));
            documents.add(documents(checked, SiteOptions.defaults(), book));
        }
        for (int i = 0; i < books.size(); i++) {
            for (int j = i + 1; j < books.size(); j++) {
                for (String path : keys.get(i).keySet()) {
                    assertNotEquals(keys.get(i).get(path), keys.get(j).get(path), books.get(i) + " / " + books.get(j));
                    assertNotEquals(documents.get(i).get(path), documents.get(j).get(path), books.get(i) + " / " + books.get(j));
                }
            }
        }
    }

    @Test
    void givenTheSameInput_whenTheKeysAreComputedTwice_thenTheyAreEqualAndNoTwoBooksShareOne() throws Exception {
        CheckResult checked = check(FIXTURES.get("example"));
        Map<String, String> once = keys(checked, SiteOptions.defaults(), BookOptions.defaults());
        assertEquals(once, keys(check(FIXTURES.get("example")), SiteOptions.defaults(), BookOptions.defaults()));
        assertEquals(once.size(), new TreeSet<>(once.values()).size(), once.toString());
        assertEquals(3, once.size());
    }

    // --- building ----------------------------------------------------------------------------------------------------

    private static CheckResult check(Path source) {
        CheckResult checked = new StrategyChecker(CheckOptions.DEFAULTS).check(source);
        assertTrue(checked.errors().isEmpty(), checked.errors().toString());
        return checked;
    }

    private static Map<String, String> keys(CheckResult checked, SiteOptions options, BookOptions book) throws Exception {
        return BookKeys.byPath(new BriefingBooks(options, book, layout, false)
                .keys(checked.strategy().orElseThrow(), checked.scores().orElseThrow()));
    }

    /** Each book's document (the XHTML laid out into its PDF), by site path. */
    private static Map<String, String> documents(CheckResult checked, SiteOptions options, BookOptions book) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            BookViews views = BookViews.prepare(options, checked.strategy().orElseThrow(), checked.scores().orElseThrow(),
                    layout, false, executor);
            BookPage page = new BookPage(book.size().css(), book.edition(), BookPage.PERIODS);
            Map<String, String> result = new LinkedHashMap<>();
            for (Scorecard s : views.scorecards()) {
                result.put(BriefingBooks.path(s), views.document(s, "book.ftlh", BriefingBooks.path(s), page));
            }
            return result;
        } finally {
            executor.shutdownNow();
        }
    }

    private static BookReport write(CheckResult checked, SiteOptions options, BookOptions book, Path target,
            Optional<Path> previous) throws Exception {
        BriefingBooks books = new BriefingBooks(options, book, layout, false);
        return books.write(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), target,
                previous.map(p -> new PreviousBooks(p, books.codeDigest())));
    }

    private static synchronized Map<String, String> documentsBefore(String fixture) throws Exception {
        if (!DOCUMENTS_BEFORE.containsKey(fixture)) {
            DOCUMENTS_BEFORE.put(fixture, documents(check(FIXTURES.get(fixture)), SiteOptions.defaults(), BookOptions.defaults()));
        }
        return DOCUMENTS_BEFORE.get(fixture);
    }

    private static synchronized Path booksBefore(String fixture) throws Exception {
        if (!BOOKS_BEFORE.containsKey(fixture)) {
            Path target = Files.createDirectories(shared.resolve("before-" + fixture));
            write(check(FIXTURES.get(fixture)), SiteOptions.defaults(), BookOptions.defaults(), target, Optional.empty());
            BOOKS_BEFORE.put(fixture, target);
        }
        return BOOKS_BEFORE.get(fixture);
    }

    /** The books of {@code written} that are not the same file as the book of {@code before} (kept books are links). */
    private static List<String> laidOut(Path before, Path written) throws IOException {
        List<String> result = new ArrayList<>();
        for (Map.Entry<String, Path> book : books(written).entrySet()) {
            Path old = before.resolve(book.getKey());
            if (!(Files.exists(old) && Files.isSameFile(old, book.getValue()))) {
                result.add(book.getKey());
            }
        }
        return result;
    }

    private static void assertSameBooks(Path expected, Path actual, String edit) throws IOException {
        TreeMap<String, Path> want = books(expected);
        TreeMap<String, Path> got = books(actual);
        assertEquals(want.keySet(), got.keySet());
        for (String path : want.keySet()) {
            assertEquals(-1L, Files.mismatch(want.get(path), got.get(path)), edit + ": " + path + " differs from the book built from scratch");
        }
    }

    /** The books under {@code root} by site path. */
    private static TreeMap<String, Path> books(Path root) throws IOException {
        TreeMap<String, Path> result = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(f -> f.getFileName().toString().equals(BriefingBooks.FILE))
                    .forEach(f -> result.put(root.relativize(f).toString().replace('\\', '/'), f));
        }
        return result;
    }

    // --- the edits -----------------------------------------------------------------------------------------------------

    private static Stream<Arguments> cases(Iterable<String> fixtures, Iterable<String> edits) throws IOException {
        return IncrementalEditsTest.applicable(FIXTURES, fixtures, EDITS, edits);
    }

    /** The author's edits of the site's incremental test, and what else changes a book. */
    private static Map<String, Edit> edits() {
        Map<String, Edit> edits = new TreeMap<>(IncrementalEditsTest.authorEdits());
        edits.put("the book template overridden", (s, o) -> {
            Path template = s.resolveSibling("templates").resolve("templates/book.ftlh");
            Files.createDirectories(template.getParent());
            String builtIn = Files.readString(Path.of("../site-template/src/main/resources/dev/bscportal/site/templates/book.ftlh"));
            Files.writeString(template, builtIn.replace("<p class=\"kind\">", "<p class=\"meta\">Board copy</p><p class=\"kind\">"));
            return Optional.of(o.withTemplateOverrides(s.resolveSibling("templates")));
        });
        edits.put("the locale", (s, o) -> Optional.of(o.withLocale(Locale.GERMAN)));
        edits.put("an edition without owners", (s, o) -> Optional.of(o.withRedactions(EnumSet.of(Redaction.OWNERS))));
        edits.put("an edition without actuals", (s, o) -> Optional.of(o.withRedactions(EnumSet.of(Redaction.ACTUALS))));
        edits.put("an edition without budgets", (s, o) -> Optional.of(o.withRedactions(EnumSet.of(Redaction.BUDGETS))));
        edits.put("the first unit's measurement value", (s, o) -> firstUnit(s).flatMap(u -> lastValue(u.resolve("measurements"))).map(x -> o));
        edits.put("the first unit's name", (s, o) -> firstUnit(s).flatMap(u -> rename(u.resolve("strategy.yaml"))).map(x -> o));
        return edits;
    }

    private static Optional<Path> firstUnit(Path strategy) throws IOException {
        Path units = strategy.resolve("units");
        if (!Files.isDirectory(units)) {
            return Optional.empty();
        }
        try (Stream<Path> list = Files.list(units)) {
            return list.filter(Files::isDirectory).sorted().findFirst();
        }
    }

    /** Adds 1 to the value of the last row of the first CSV in {@code folder}. */
    private static Optional<Path> lastValue(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            Optional<Path> csv = list.filter(f -> f.toString().endsWith(".csv")).sorted().findFirst();
            if (csv.isEmpty()) {
                return Optional.empty();
            }
            List<String> lines = new ArrayList<>(Files.readAllLines(csv.get()));
            String[] fields = lines.get(lines.size() - 1).split(",", -1);
            fields[2] = String.valueOf(Double.parseDouble(fields[2]) + 1);
            lines.set(lines.size() - 1, String.join(",", fields));
            Files.write(csv.get(), lines);
            return csv;
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> rename(Path strategyYaml) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(strategyYaml));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).matches("^name: .+$")) {
                    lines.set(i, lines.get(i) + " Region");
                    Files.write(strategyYaml, lines);
                    return Optional.of(strategyYaml);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
