package dev.bscportal.core.maps;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.model.Theme;
import dev.bscportal.core.score.StrategyScores;
import dev.bscportal.core.testing.Dot;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NativeDotLayoutTest {

    private NativeDotLayout dot;

    @BeforeEach
    void needsDot() {
        dot = Dot.required();
    }

    private static String alone(String graph) throws Exception {
        Process p = new ProcessBuilder("dot", "-Tsvg").start();
        try (var in = p.getOutputStream()) {
            in.write(graph.getBytes(StandardCharsets.UTF_8));
        }
        String svg = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return svg;
    }

    /** Child processes of this JVM that are alive (Debian's dot is a wrapper script's name, so all are counted). */
    private static long runningDots() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive).count();
    }

    @Test
    void mapAfterMapOnOneDotGivesWhatDotAloneGivesForEach() throws Exception {
        // given maps of different sizes, names and characters, laid out one after the other
        List<String> graphs = List.of("digraph a { x -> y }",
                "digraph \"Strategy map\" { rankdir=BT; node [shape=box]; \"Grow revenue\" -> \"Delight customers\"; "
                        + "c [label=\"Kundenzufriedenheit <&> é\"]; c -> \"Grow revenue\" }",
                "graph u { a -- b -- c -- a; subgraph cluster_x { label=\"Finance\"; d; e } }",
                "digraph empty {}");
        for (int round = 0; round < 2; round++) {
            for (String graph : graphs) {
                // then each SVG is byte for byte the one dot writes when run for that map alone
                assertEquals(alone(graph), dot.layout(graph), graph);
            }
        }
        dot.release();
    }

    /** Every map DOT of the example strategy: strategy and theme maps of each scorecard, and the alignment map. */
    private static List<String> exampleMaps() {
        CheckResult checked = StrategyDir.empty(Path.of("../example-strategy/src/strategy")).check();
        Strategy strategy = checked.strategy().orElseThrow();
        StrategyScores scores = checked.scores().orElseThrow();
        StrategyMapDot maps = new StrategyMapDot(StrategyMapDotTest.english());
        List<String> dots = new ArrayList<>();
        for (Scorecard s : strategy.allScorecards()) {
            dots.add(maps.scorecardMap(s, scores.of(s), "").dot());
            for (Theme theme : s.themes()) {
                dots.add(maps.themeMap(s, scores.of(s), "", theme).dot());
            }
        }
        dots.add(maps.alignmentMap(strategy.company(), scores).dot());
        return dots;
    }

    @Test
    void everyMapOfTheExampleGivesWhatDotAloneGivesWhateverWasLaidOutBefore() throws Exception {
        // given the real maps of the example strategy (the alignment map has clusters, which Graphviz lays out
        // differently after other graphs when one dot process is reused), in three different orders
        List<String> maps = exampleMaps();
        List<String> alone = new ArrayList<>();
        for (String map : maps) {
            alone.add(alone(map));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < maps.size(); i++) {
            order.add(i);
        }
        for (int round = 0; round < 3; round++) {
            if (round == 1) {
                Collections.reverse(order);
            } else if (round == 2) {
                Collections.shuffle(order, new java.util.Random(12));
            }
            // when laid out one after the other by one engine
            for (int i : order) {
                // then each SVG is what dot writes for that map alone
                assertEquals(alone.get(i), dot.layout(maps.get(i)), "map " + i + " in round " + round);
            }
        }
        dot.release();
    }

    @Test
    void aMapDotRejectsGivesDotsErrorAndTheNextMapStillWorks() throws Exception {
        String good = "digraph ok { a -> b }";
        dot.layout(good);

        MapException error = assertThrows(MapException.class, () -> dot.layout("digraph bad { a -> }"));

        assertTrue(error.getMessage().contains("syntax error"), error.getMessage());
        assertEquals(alone(good), dot.layout(good));
        dot.release();
    }

    @Test
    void releaseEndsTheDotStartedAheadForTheNextMap() throws Exception {
        long before = runningDots();
        dot.layout("digraph a { x -> y }");
        assertEquals(before + 1, runningDots(), "one dot is started ahead for the next map, the used one has ended");

        dot.release();

        for (int i = 0; i < 50 && runningDots() > before; i++) {
            Thread.sleep(100);
        }
        assertEquals(before, runningDots());
        assertEquals(alone("digraph b { p }"), dot.layout("digraph b { p }"), "it still works after release");
        dot.release();
    }
}
