package dev.bscportal.core.site;

import dev.bscportal.core.testing.BuiltSite;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names holding regex replacement syntax ({@code $1}, {@code \}), label placeholders ({@code {0}}) and format
 * specifiers ({@code %s}, {@code %n}) in every named element: the site builds and shows each name literally.
 */
class SpecialCharacterNamesRenderTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"$1", "\\", "$", "{0}", "{1}", "%s", "%n", "$0\\1{0}%s%n%%", "\\$"})
    void everyNameIsShownLiterally(String special) {
        // given a strategy whose organisation, unit, perspective, theme, objective, measure and owner names hold it
        StrategyDir s = StrategyDir.valid(dir.resolve("src"));
        String q = special.replace("\\", "\\\\").replace("\"", "\\\"");
        s.write("strategy.yaml", "name: \"Org " + q + "\"\nthemes:\n  - id: growth\n    name: \"Theme " + q + "\"\n"
                + "perspectives:\n  - {id: financial, name: \"Persp " + q + "\"}\n  - {id: customer, name: Customer}\n"
                + "  - {id: internal, name: Internal}\n  - {id: learning, name: Learning}\n");
        s.write("objectives/f1.md", "---\nname: \"Objective " + q + "\"\nperspective: financial\nthemes: [growth]\n"
                + "owner: \"Owner " + q + "\"\n---\nWhy.\n");
        s.write("measures/revenue.yaml", "name: \"Measure " + q + "\"\nobjective: f1\nunit: \"U" + q + "\"\nthreshold: 80\n"
                + "target: 100\nstretch: 120\nowner: \"Owner " + q + "\"\n");
        s.write("units/sales/strategy.yaml", "name: \"Unit " + q + "\"\n");
        s.write("units/sales/objectives/win.md", "---\nname: \"Unit objective " + q + "\"\nperspective: customer\n"
                + "supports: [c1]\nowner: \"Owner " + q + "\"\n---\nWin.\n");

        // when the site is built
        BuiltSite site = BuiltSite.render(s, dir.resolve("site"));

        // then each name appears as written (HTML needs no escape for these characters)
        String home = site.read("index.html");
        assertTrue(home.contains("Org " + special), "organisation on the home page and map");
        assertTrue(home.contains("aria-label=\"") && home.contains("Org " + special), "map label");
        assertTrue(site.read("objectives/f1.html").contains("Objective " + special));
        assertTrue(site.read("objectives/f1.html").contains("Theme " + special));
        assertTrue(site.read("objectives/f1.html").contains("Persp " + special));
        assertTrue(site.read("measures/revenue.html").contains("Measure " + special));
        assertTrue(site.filesContaining("Unit " + special).contains("units/sales/index.html"), "unit name");
        assertTrue(site.filesContaining("Owner " + special).stream().anyMatch(f -> f.startsWith("owners/")), "owner page");
        assertEquals(List.of(), site.brokenLinks());
        assertEquals(List.of(), site.svgsThatDoNotParse());
    }
}
