package dev.bscportal.core.maps;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.testing.Dot;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Graphviz expands escape sequences ({@code \N}, {@code \G}, {@code \E}, {@code \T}, {@code \H}, {@code \L},
 * {@code \l}, {@code \r}, {@code \n}) in labels and tooltips. Every text we hand to DOT must come out of the SVG
 * exactly as written: for each escape letter in each place a text reaches a map (perspective row label, objective
 * box, owner in the box, the organisation's and a unit's cluster label in the alignment map, the node tooltip and
 * title), with native dot and with the embedded engine. Ids and link targets reach DOT too, but they are ids the
 * loader has checked (lower-case letters, digits, hyphens), so no backslash can be in them.
 */
class GraphvizEscapesTest {

    /** Each escape letter Graphviz knows, plus a doubled and a trailing backslash. */
    private static final List<String> TEXTS = List.of("\\N", "\\G", "\\E", "\\T", "\\H", "\\L", "\\l", "\\r", "\\n",
            "\\\\", "\\");

    @TempDir
    Path dir;

    @Test
    void everyTextReachesTheNativeDotSvgExactlyAsWritten() throws MapException {
        assertEveryTextSurvives(Dot.required());
    }

    @Test
    void everyTextReachesTheEmbeddedEngineSvgExactlyAsWritten() throws MapException {
        assertEveryTextSurvives(new WasmLayout());
    }

    private void assertEveryTextSurvives(MapLayout layout) throws MapException {
        // given a strategy whose every name that reaches a map holds a Graphviz escape sequence
        List<String> expected = new ArrayList<>();
        StrategyDir strategy = StrategyDir.valid(dir);
        StringBuilder perspectives = new StringBuilder("perspectives:\n");
        String[] ids = {"financial", "customer", "internal", "learning"};
        for (int i = 0; i < ids.length; i++) {
            String name = "Row" + TEXTS.get(i) + "x";
            perspectives.append("  - id: ").append(ids[i]).append("\n    name: '").append(name).append("'\n");
            expected.add(name);
        }
        strategy.write("strategy.yaml", "name: 'Org\\Name\\G'\n" + perspectives);
        expected.add("Org\\Name\\G");
        for (int i = 0; i < TEXTS.size(); i++) {
            String name = "Obj" + TEXTS.get(i) + "z" + i;
            String owner = "Own" + TEXTS.get(i) + "er" + i;
            strategy.write("objectives/e" + i + ".md", "---\nname: '" + name + "'\nperspective: customer\nowner: '" + owner
                    + "'\ndrives: [f1]\n---\n");
            expected.add(name);
            expected.add(owner);
        }
        strategy.write("units/sales/strategy.yaml", "name: 'Sales\\N\\T\\L'\n");
        strategy.write("units/sales/objectives/s1.md", "---\nname: 'Unit\\Hgoal'\nperspective: customer\nsupports: [e0]\n---\n");
        expected.add("Sales\\N\\T\\L");
        expected.add("Unit\\Hgoal");
        CheckResult checked = strategy.check();
        assertTrue(checked.errors().isEmpty(), checked.problems().toString());

        // when every map is laid out and cleaned
        Map<String, RenderedMap> maps;
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            maps = new StrategyMaps(StrategyMapDotTest.english(), layout, false)
                    .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), executor);
        } finally {
            executor.shutdownNow();
        }
        StringBuilder texts = new StringBuilder();
        List<String> tooltips = new ArrayList<>();
        for (RenderedMap map : maps.values()) {
            texts.append(all(TEXT, map.svg())).append('\n');
            tooltips.addAll(List.of(all(TOOLTIP, map.svg()).split("\n")));
            tooltips.addAll(List.of(all(TITLE, map.svg()).split("\n")));
        }
        List<String> shown = List.of(texts.toString().split("\n"));

        // then each text is one text of the SVG as written (owner after the status), and each objective's
        // tooltip and title start with its name as written
        for (String text : expected) {
            assertTrue(shown.stream().anyMatch(t -> t.equals(text) || t.endsWith("· " + text)),
                    layout.name() + ": '" + text + "' not shown as written; texts: " + shown);
        }
        for (int i = 0; i < TEXTS.size(); i++) {
            String name = "Obj" + TEXTS.get(i) + "z" + i;
            assertTrue(tooltips.stream().anyMatch(t -> t.startsWith(name + ": ") || t.startsWith(name + " (")),
                    layout.name() + ": tooltip of '" + name + "' not as written: " + tooltips);
            assertEquals(0, tooltips.stream().filter(t -> t.matches("o_[a-z0-9-]+|n\\d+")).count(),
                    "a node id is left as a tooltip: " + tooltips);
        }
    }

    private static final Pattern TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");
    private static final Pattern TOOLTIP = Pattern.compile("xlink:title=\"([^\"]*)\"");
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

    /** Every match's first group, XML-unescaped, one per line. */
    private static String all(Pattern pattern, String svg) {
        StringBuilder out = new StringBuilder();
        Matcher m = pattern.matcher(svg);
        while (m.find()) {
            out.append(unescape(m.group(1))).append('\n');
        }
        return out.toString();
    }

    private static String unescape(String xml) {
        Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(xml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int code = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(out, Matcher.quoteReplacement(code == 160 ? " " : new String(Character.toChars(code))));
        }
        m.appendTail(out);
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
