package dev.bscportal.core.maps.graphviz;

import guru.nidi.graphviz.engine.Engine;
import guru.nidi.graphviz.engine.Format;
import guru.nidi.graphviz.engine.Graphviz;
import guru.nidi.graphviz.engine.GraphvizException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** graphviz-java users get the embedded engine with {@code Graphviz.useEngine(new BscCompiledEngine())}. */
class BscCompiledEngineTest {

    @AfterEach
    void release() {
        Graphviz.releaseEngine();
    }

    @Test
    void graphvizJavaRendersThroughTheCompiledEngine() {
        // given graphviz-java with only our engine
        Graphviz.useEngine(new BscCompiledEngine());

        // when it renders a graph as SVG, with dot and with neato
        String svg = Graphviz.fromString(SampleGraphs.SMALL).render(Format.SVG).toString();
        String neato = Graphviz.fromString(SampleGraphs.SMALL).engine(Engine.NEATO).render(Format.SVG).toString();
        String plain = Graphviz.fromString(SampleGraphs.SMALL).render(Format.PLAIN).toString();

        // then it is Graphviz 16.1.0's layout of that graph (graphviz-java strips the version comment)
        assertTrue(svg.contains("<title>loyal</title>") && svg.contains("顧客成長 🚀"), svg);
        assertTrue(neato.contains("<title>revenue</title>"), neato);
        assertTrue(plain.startsWith("graph ") && plain.contains("node loyal"), plain);
    }

    @Test
    void graphvizJavaReportsGraphvizSyntaxErrors() {
        Graphviz.useEngine(new BscCompiledEngine());

        GraphvizException e = assertThrows(GraphvizException.class,
                () -> Graphviz.fromString(SampleGraphs.MALFORMED).render(Format.SVG).toString());

        assertTrue(e.getMessage().contains("syntax error in line 1"), e.getMessage());
    }
}
