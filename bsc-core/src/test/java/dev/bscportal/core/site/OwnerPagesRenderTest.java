package dev.bscportal.core.site;

import dev.bscportal.core.testing.BuiltSite;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** People's names become page names: every owner gets a page of their own, and the fixed pages stay. */
class OwnerPagesRenderTest {

    @TempDir
    Path dir;

    private static final String LONG = "Dr. " + "Maximiliane ".repeat(25) + "von Ende";
    private static final List<String> PEOPLE = List.of("Index", "Search", LONG, "Jörg Müller", "Jorg Muller",
            "jorg-muller", "😀🚀", "王小明", "CON", "../x", "owners/index.html", "Lars");

    @Test
    void everyOwnerHasADistinctPageAndEveryLinkResolves() {
        // given people's names that collide with fixed pages, each other, the file system's limits and rules
        StrategyDir s = StrategyDir.valid(dir.resolve("src"));
        for (int i = 0; i < PEOPLE.size(); i++) {
            s.write("objectives/x" + i + ".md", "---\nname: Objective x" + i + "\nperspective: learning\nowner: \""
                    + PEOPLE.get(i).replace("\"", "\\\"") + "\"\ndrives: [p1]\n---\nWhy.\n");
        }
        // and the same person written in other cases, as owner of a measure and sponsor of an initiative
        s.write("initiatives/academy.md", "---\nname: Academy\nowner: INDEX\nsponsor: index\nstatus: active\n"
                + "objectives: [l1]\n---\nTrain.\n");

        // when the site is built
        BuiltSite site = BuiltSite.render(s, dir.resolve("site"));

        // then there is one page per person (names compared ignoring case) besides the owners index
        List<String> pages = site.files().stream().filter(f -> f.startsWith("owners/") && !f.equals("owners/index.html"))
                .toList();
        long people = PEOPLE.stream().map(p -> p.toLowerCase(Locale.ROOT)).distinct().count() + 4; // + Owner f1..l1
        assertEquals(people, pages.size(), pages.toString());
        assertEquals(pages.size(), pages.stream().map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()).size());
        for (String page : pages) {
            assertTrue(page.matches("owners/[a-z0-9-]{1,89}\\.html"), page);
        }
        // and the owners index is still the index, linking every person's page; every link of the site resolves
        String index = site.read("owners/index.html");
        for (String page : pages) {
            assertTrue(index.contains("href=\"../" + page + "\""), page);
        }
        assertTrue(site.read("search.html").contains("id=\"q\""), "the search page is the search page");
        assertTrue(site.read("initiatives/academy.html").contains("href=\"../owners/index-"), "INDEX links Index's page");
        assertEquals(List.of(), site.brokenLinks());
    }
}
