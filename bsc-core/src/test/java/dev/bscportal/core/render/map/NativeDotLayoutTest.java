package dev.bscportal.core.render.map;

import dev.bscportal.core.render.RenderException;
import dev.bscportal.core.testing.RequiresProgram;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NativeDotLayoutTest {

    private NativeDotLayout dot;

    @BeforeEach
    void needsDot() {
        Optional<NativeDotLayout> found = NativeDotLayout.onPath();
        RequiresProgram.require(found.isPresent(), "Graphviz dot", "graphviz");
        dot = found.get();
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

    @Test
    void aMapDotRejectsGivesDotsErrorAndTheNextMapStillWorks() throws Exception {
        String good = "digraph ok { a -> b }";
        dot.layout(good);

        RenderException error = assertThrows(RenderException.class, () -> dot.layout("digraph bad { a -> }"));

        assertTrue(error.getMessage().contains("syntax error"), error.getMessage());
        assertEquals(alone(good), dot.layout(good));
        dot.release();
    }

    @Test
    void releaseEndsTheDotsKeptBetweenMaps() throws Exception {
        long before = runningDots();
        dot.layout("digraph a { x -> y }");
        assertEquals(before + 1, runningDots(), "one dot is kept running between maps");

        dot.release();

        for (int i = 0; i < 50 && runningDots() > before; i++) {
            Thread.sleep(100);
        }
        assertEquals(before, runningDots());
        assertEquals(alone("digraph b { p }"), dot.layout("digraph b { p }"), "it still works after release");
        dot.release();
    }
}
