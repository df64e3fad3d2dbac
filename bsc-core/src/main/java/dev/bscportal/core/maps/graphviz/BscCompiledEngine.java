package dev.bscportal.core.maps.graphviz;

import guru.nidi.graphviz.engine.AbstractGraphvizEngine;
import guru.nidi.graphviz.engine.EngineResult;
import guru.nidi.graphviz.engine.GraphvizException;
import guru.nidi.graphviz.engine.Options;
import guru.nidi.graphviz.engine.Rasterizer;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded engine as a graphviz-java engine: {@code Graphviz.useEngine(new BscCompiledEngine())} gives
 * graphviz-java users Graphviz 16.1.0 in pure Java, any platform, nothing installed, thread-safe and deterministic
 * (graphviz-java's own embedded engines run viz.js 2 in V8 or GraalJS). Every layout engine and text format of
 * Graphviz works; image formats such as PNG are rasterised by graphviz-java from the SVG as usual. There is no file
 * system: images and fonts named in the graph are not read.
 */
public final class BscCompiledEngine extends AbstractGraphvizEngine {

    private static final Pattern FORMAT = Pattern.compile("format:'([^']*)'");
    private static final Pattern ENGINE = Pattern.compile("engine:'([^']*)'");

    private final EmbeddedEngine engine;

    public BscCompiledEngine() {
        this(Duration.ofSeconds(60));
    }

    public BscCompiledEngine(Duration timeout) {
        super(false);
        this.engine = new EmbeddedEngine(timeout);
    }

    @Override
    protected void doInit() {
        engine.graphvizVersion(); // loads the module, so a broken install shows at useEngine, not at the first graph
    }

    @Override
    public EngineResult execute(String src, Options options, Rasterizer rasterizer) {
        String json = options.toJson(false);
        try {
            return EngineResult.fromString(engine.render(src, option(ENGINE, json, "dot"), option(FORMAT, json, "svg")));
        } catch (LayoutException e) {
            throw new GraphvizException(e.getMessage(), e);
        }
    }

    private static String option(Pattern pattern, String json, String fallback) {
        Matcher m = pattern.matcher(json);
        return m.find() ? m.group(1) : fallback;
    }
}
