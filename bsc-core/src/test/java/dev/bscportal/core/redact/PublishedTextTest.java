package dev.bscportal.core.redact;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The last line over an edition's generated files: each kind read as its readers read it, assets and other sites left alone. */
class PublishedTextTest {

    @TempDir
    Path dir;

    @Test
    void givenGeneratedFilesOfEveryKindWhenScrubbedThenNoneShowsTheNameAndAssetsStayAsTheThemeWroteThem() throws Exception {
        // given a page, an SVG and a DOT map, strategy.json, the search index, a sitemap and a theme asset
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.createDirectories(site.resolve("maps"));
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("index.html"), "<title>Plan – <b>Ana</b> Ng</title><p title=\"ANA NG\">x</p>");
        Files.writeString(site.resolve("maps/company.svg"), "<svg><text>Ana</text><text>Ng</text></svg>");
        Files.writeString(site.resolve("maps/company.dot"), "digraph { a [label=<Ana&#32;Ng<br/>x>]; b [label=\"ana ng\"] }");
        Files.writeString(site.resolve("strategy.json"), "{\"name\":\"\\u0041na Ng\"}");
        Files.writeString(site.resolve("search-index.js"), "window.BSC_SEARCH_DOCS=[{\"text\":\"by Ana\\nNg<\\/p>\"}];");
        Files.writeString(site.resolve("sitemap.xml"), "<urlset><url><loc>https://x.example/Ana%20Ng.html</loc></url></urlset>");
        Files.writeString(site.resolve("assets/site.css"), "/* Ana Ng */");
        NameMatcher names = NameMatcher.of(List.of("Ana Ng"));
        // when scrubbed
        int changed = PublishedText.scrub(site, names);
        // then no generated file shows the name, the asset is as written
        for (String f : List.of("index.html", "maps/company.svg", "maps/company.dot", "strategy.json", "search-index.js")) {
            String text = Files.readString(site.resolve(f));
            assertNull(Shown.leak(text, f.endsWith(".html") || f.endsWith(".svg"), "Ana Ng"), f + ": " + text);
        }
        assertEquals("/* Ana Ng */", Files.readString(site.resolve("assets/site.css")));
        assertEquals(5, changed, "the sitemap's address holds the name percent-encoded in text, which is not a word of it");
    }

    @Test
    void givenADotMapWhoseLabelsShowANameOnlyAcrossALineBreakWhenScrubbedThenTheSourceIsWithheldWhole() {
        NameMatcher names = NameMatcher.of(List.of("Ana Ng"));
        assertEquals("digraph withheld {}\n", PublishedText.dot("digraph { a [label=<Ana<br/>Ng>] }", names));
        assertEquals("digraph { a [label=<Also<br/>x &amp; y>] }", PublishedText.dot("digraph { a [label=<Also<br/>x &amp; y>] }", names));
    }

    @Test
    void givenAPageKeptFromThePreviousSiteAsAHardLinkWhenScrubbedThenThePreviousSiteIsUntouched() throws Exception {
        // given a page of the previous site, linked into the new one
        Path previous = Files.createDirectories(dir.resolve("previous"));
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(previous.resolve("a.html"), "<p>Ana Ng</p>");
        Files.createLink(site.resolve("a.html"), previous.resolve("a.html"));
        // when the new site is scrubbed
        PublishedText.scrub(site, NameMatcher.of(List.of("Ana Ng")));
        // then the new page is scrubbed and the published one is as it was
        assertEquals("<p>–</p>", Files.readString(site.resolve("a.html")));
        assertEquals("<p>Ana Ng</p>", Files.readString(previous.resolve("a.html")));
    }
}
