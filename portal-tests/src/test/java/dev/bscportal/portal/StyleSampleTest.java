package dev.bscportal.portal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample the standards tests check in dark mode and at phone width leaves out no styled kind of element. */
class StyleSampleTest {

    @TempDir
    Path site;

    @Test
    void givenCopiesOfAPageKindWhenSampledThenOneCopyStandsForAllAndAPageWithANewClassIsKept() throws Exception {
        // given three objective pages that differ only in text, and one whose status badge has a class no other has
        Path first = page("objectives/a.html", "<main><h1>A</h1><span class=\"badge on-track\">on track</span></main>");
        page("objectives/b.html", "<main><h1>B</h1><span class=\"badge on-track\">on track</span></main>");
        page("objectives/c.html", "<main><h1>C</h1><span class=\"badge on-track\">on track</span></main>");
        Path late = page("objectives/d.html", "<main><h1>D</h1><span class=\"badge on-track\">x</span><span class=\"badge late\">late</span></main>");

        // when sampled
        List<Path> sample = StyleSample.of(pages());

        // then the page with the extra class is in, and one of the copies is not needed beside it
        assertEquals(List.of(late), sample);
        assertTrue(StyleSample.kinds(late).containsAll(StyleSample.kinds(first)));
    }

    @Test
    void givenAClassUnderAnotherParentOrAnAriaStateWhenSampledThenThatPageIsKeptToo() throws Exception {
        // given pages that share every class but differ in where one sits, or in an ARIA attribute
        page("a.html", "<main><p class=\"note\">n</p><table><tr><td>1</td></tr></table></main>");
        page("b.html", "<main><table><tr><td><p class=\"note\">n</p></td></tr></table></main>");
        page("c.html", "<main><p class=\"note\">n</p><table><tr><td aria-sort=\"ascending\">1</td></tr></table></main>");

        // when sampled
        List<Path> sample = StyleSample.of(pages());

        // then every kind of element of any page is on a sampled page
        Set<String> shown = new HashSet<>();
        for (Path p : sample) {
            shown.addAll(StyleSample.kinds(p));
        }
        for (Path p : pages()) {
            assertTrue(shown.containsAll(StyleSample.kinds(p)), p + " shows a kind the sample lacks");
        }
        assertEquals(List.of(site.resolve("b.html"), site.resolve("c.html")), sample);
    }

    private Path page(String name, String body) throws Exception {
        Path file = site.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>" + body + "</body></html>");
        return file;
    }

    private List<Path> pages() throws Exception {
        try (var walk = Files.walk(site)) {
            return walk.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }
}
