package dev.bscportal.core.build;

import dev.bscportal.core.book.BookSize;
import dev.bscportal.core.presentation.BookUnits;
import dev.bscportal.core.testing.TreeCopy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * bookUnits on the example (units sales and operations): only the selected books are written and published, no page
 * links a book that is not there, a unit left out loses its published book, and an unknown unit fails the build
 * (BSC187) naming the units there are.
 */
class BookUnitsBuildTest {

    @TempDir
    Path dir;

    private BuildOptions.Builder options(Path strategy, String units) {
        return BuildOptions.builder(strategy, dir.resolve("target/strategy-site")).baseDirectory(dir).workDirectory(dir.resolve("target"))
                .books(BookSize.A4).bookUnits(BookUnits.parse(units).orElseThrow());
    }

    private Path example() throws java.io.IOException {
        return TreeCopy.copy(Path.of("../example-strategy/src/strategy"), dir.resolve("src/strategy"));
    }

    /** Every PDF under {@code site}, as site paths. */
    static TreeSet<String> pdfs(Path site) throws Exception {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    /** Every link to a PDF on every page of {@code site}, as "page -> target" for the targets that do not exist. */
    static List<String> brokenBookLinks(Path site) throws Exception {
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                for (Element a : Jsoup.parse(page.toFile(), "UTF-8").select("a[href$=.pdf]")) {
                    if (!Files.isRegularFile(page.getParent().resolve(a.attr("href")).normalize())) {
                        broken.add(site.relativize(page) + " -> " + a.attr("href"));
                    }
                }
            }
        }
        return broken;
    }

    static boolean linksItsBook(Path home) throws Exception {
        return !Jsoup.parse(home.toFile(), "UTF-8").select("a[href$=briefing-book.pdf]").isEmpty();
    }

    @Test
    void givenBookUnitsSalesWhenBuiltThenOnlyTheCompanyAndSalesBooksArePublishedAndLinked_andWhenNoneThenTheSalesBookIsGone() throws Exception {
        Path strategy = example();
        Path site = dir.resolve("target/strategy-site");

        // when built with bookUnits=sales
        new SiteBuild(options(strategy, "sales").build(), new RecordingLog()).build();

        // then the company's and the sales unit's books are there, the operations unit's not, and no page links a missing one
        assertEquals(new TreeSet<>(List.of("briefing-book.pdf", "units/sales/briefing-book.pdf")), pdfs(site));
        assertEquals(List.of(), brokenBookLinks(site));
        assertTrue(linksItsBook(site.resolve("index.html")));
        assertTrue(linksItsBook(site.resolve("units/sales/index.html")));
        assertFalse(linksItsBook(site.resolve("units/operations/index.html")));

        // when built again with bookUnits=none
        new SiteBuild(options(strategy, "none").build(), new RecordingLog()).build();

        // then the sales book published before is gone, and its home page no longer links it
        assertEquals(new TreeSet<>(List.of("briefing-book.pdf")), pdfs(site));
        assertEquals(List.of(), brokenBookLinks(site));
        assertFalse(linksItsBook(site.resolve("units/sales/index.html")));
        assertTrue(linksItsBook(site.resolve("index.html")));

        // when built with all (the default) again: every book is back and linked
        new SiteBuild(options(strategy, "all").build(), new RecordingLog()).build();
        assertEquals(new TreeSet<>(List.of("briefing-book.pdf", "units/operations/briefing-book.pdf", "units/sales/briefing-book.pdf")),
                pdfs(site));
        assertEquals(List.of(), brokenBookLinks(site));
        assertTrue(linksItsBook(site.resolve("units/operations/index.html")));
    }

    @Test
    void givenBookUnitsOperationsWhenOnlyTheBooksAreWrittenThenTheCompanyAndOperationsBooksAreThere() throws Exception {
        Path books = dir.resolve("target/briefing-books");
        new SiteBuild(options(example(), " operations ").build(), new RecordingLog()).books(books, BookSize.A4);
        assertEquals(new TreeSet<>(List.of("briefing-book.pdf", "units/operations/briefing-book.pdf")), pdfs(books));
    }

    @Test
    void givenAnUnknownUnitWhenBuiltThenTheBuildFailsWithBsc187NamingTheParameterTheUnitAndTheUnitsThereAreAndPublishesNothing() throws Exception {
        Path strategy = example();
        Path site = dir.resolve("target/strategy-site");

        BuildException e = assertThrows(BuildException.class,
                () -> new SiteBuild(options(strategy, "sales,ghost,sales/emea").build(), new RecordingLog()).build());

        assertTrue(e.getMessage().startsWith("BSC187 bookUnits (sales,ghost,sales/emea): no units 'ghost', 'sales/emea' in this strategy;"),
                e.getMessage());
        assertTrue(e.getMessage().contains("its units are sales, operations") || e.getMessage().contains("its units are operations, sales"),
                e.getMessage());
        assertTrue(e.getMessage().contains("<bookUnits>"), e.getMessage());
        assertFalse(Files.exists(site.resolve("index.html")), "nothing published");
        BuildException book = assertThrows(BuildException.class, () -> new SiteBuild(options(strategy, "ghost").build(),
                new RecordingLog()).books(dir.resolve("target/briefing-books"), BookSize.A4));
        assertTrue(book.getMessage().startsWith("BSC187 bookUnits (ghost): no unit 'ghost' in this strategy;"), book.getMessage());
    }
}
