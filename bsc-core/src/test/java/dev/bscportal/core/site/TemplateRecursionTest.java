package dev.bscportal.core.site;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A template override that includes itself, directly or in a circle, or recurses in a way no check can see before
 * rendering, fails the build with BSC031 naming the override (and the include's line when it is written out), never
 * with a StackOverflowError.
 */
class TemplateRecursionTest {

    @TempDir
    Path dir;

    private RenderException render(Map<String, String> overrides) throws Exception {
        CheckResult checked = StrategyDir.valid(dir.resolve("src")).check();
        Path templates = Files.createDirectories(dir.resolve("site-template/templates"));
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            Files.createDirectories(templates.resolve(o.getKey()).getParent());
            Files.writeString(templates.resolve(o.getKey()), o.getValue());
        }
        Path out = Files.createDirectories(dir.resolve("site"));
        SiteOptions options = SiteOptions.defaults().withTemplateOverrides(dir.resolve("site-template"));
        return assertThrows(RenderException.class, () -> new SiteRenderer(options, Optional.empty(), false)
                .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), out, n -> { }));
    }

    private String at(String template, int line) {
        return dir.resolve("site-template").toString() + "/templates/" + template + ":" + line + ": BSC031 ";
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<#include \"home.ftlh\">", "<#include '/home.ftlh'>", "<#include \"./home.ftlh\" parse=true>",
            "<#if true><#include \"home.ftlh\"></#if>", "[#include \"home.ftlh\"]"})
    void givenAnOverrideThatIncludesItselfWhenBuiltThenBsc031AtItsLine(String include) throws Exception {
        // given home.ftlh including itself on line 2
        RenderException e = render(Map.of("home.ftlh", "<p>home</p>\n" + include + "\n"));
        // then the build fails before rendering, naming the file and line
        assertTrue(e.getMessage().contains(at("home.ftlh", 2)), e.getMessage());
        assertTrue(e.getMessage().contains("BSC031 Template home.ftlh includes itself"), e.getMessage());
        assertFalse(e.getMessage().contains("StackOverflow"), e.getMessage());
        assertNothingPublished();
    }

    @Test
    void givenTwoOverridesThatIncludeEachOtherWhenBuiltThenOneBsc031NamesTheCircle() throws Exception {
        RenderException e = render(Map.of("home.ftlh", "<#include \"parts/a.ftlh\">\n",
                "parts/a.ftlh", "<p>a</p>\n<p>b</p>\n<#include \"../home.ftlh\">\n"));
        assertTrue(e.getMessage().contains(at("parts/a.ftlh", 3)), e.getMessage());
        assertTrue(e.getMessage().contains("home.ftlh includes parts/a.ftlh includes home.ftlh"), e.getMessage());
        assertEquals(1, e.getMessage().split("BSC031", -1).length - 1, e.getMessage());
    }

    @Test
    void givenThreeOverridesInACircleWhenBuiltThenTheIncludeThatClosesItIsNamed() throws Exception {
        RenderException e = render(Map.of("home.ftlh", "<#include \"a.ftlh\">\n", "a.ftlh", "<#include \"b.ftlh\">\n",
                "b.ftlh", "x\n<#include \"home.ftlh\">\n"));
        // then one BSC031 at the include that closes the circle (met first from a.ftlh, the first name), naming all three
        assertTrue(e.getMessage().contains(at("home.ftlh", 1)), e.getMessage());
        assertTrue(e.getMessage().contains("a.ftlh includes b.ftlh includes home.ftlh includes a.ftlh"), e.getMessage());
        assertEquals(1, e.getMessage().split("BSC031", -1).length - 1, e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<#assign n = \"home\" + \".ftlh\"><#include n>",
            "<#macro loop><@loop/></#macro><@loop/>",
            "<#function f x><#return f(x)></#function>${f(1)}"})
    void givenRecursionNoCheckCanSeeBeforeRenderingWhenBuiltThenBsc031NamesTheTemplate(String body) throws Exception {
        RenderException e = render(Map.of("home.ftlh", "<p>home</p>\n" + body + "\n"));
        assertTrue(e.getMessage().contains(dir.resolve("site-template") + "/templates/home.ftlh: BSC031 "), e.getMessage());
        assertFalse(e.getMessage().contains("StackOverflow") || e.getMessage().contains("\tat "), e.getMessage());
    }

    @Test
    void givenOverridesThatIncludeAPartTwiceWithoutACircleWhenCheckedThenNoProblem() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("t/templates"));
        Files.writeString(templates.resolve("home.ftlh"), "<#include \"part.ftlh\"><#include \"part.ftlh\">");
        Files.writeString(templates.resolve("part.ftlh"), "<p>part</p>");
        assertEquals(java.util.List.of(), TemplateIncludeCycles.find(SiteResources.open(Optional.of(dir.resolve("t")))));
    }

    /** The include check runs before any page is rendered. */
    private void assertNothingPublished() throws Exception {
        try (var files = Files.list(dir.resolve("site"))) {
            assertEquals(0, files.filter(f -> f.toString().endsWith(".html")).count());
        }
    }
}
