package dev.bscportal.core.render.graphviz;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Graphviz compiled to WebAssembly (from npm {@code @hpcc-js/wasm-graphviz}, shipped as a resource) and run by
 * the pure-Java runtime Chicory: needs nothing installed. Every graph gets a fresh module instance, so no state
 * carries over from one graph to the next and the same DOT gives byte-identical SVG on every call and in every
 * JVM. Thread-safe: graphs may be laid out in parallel, each in its own instance. The module is parsed once, on
 * the first layout (a few seconds); Chicory interprets it, so a layout is much slower than native {@code dot}.
 */
public final class EmbeddedEngine implements LayoutEngine {

    /** The npm release the shipped {@code graphviz.wasm} was taken from. */
    public static final String WASM_VERSION = "1.29.2";
    /** The Graphviz version compiled into that release ({@code CGraphviz.version()}). */
    public static final String GRAPHVIZ_VERSION = "16.1.0";

    private static final String RESOURCE = "graphviz.wasm";

    private final Duration timeout;
    private volatile WasmModule module;

    public EmbeddedEngine() {
        this(Duration.ofSeconds(60));
    }

    public EmbeddedEngine(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return "embedded graphviz " + GRAPHVIZ_VERSION + " (@hpcc-js/wasm-graphviz " + WASM_VERSION + ", Chicory)";
    }

    @Override
    public String renderSvg(String dot) throws LayoutException {
        WasmModule parsed = module();
        FutureTask<String> task = new FutureTask<>(() -> new WasmGraphviz(parsed, Simd128Machine::new).layout(dot));
        Thread worker = new Thread(task, "embedded-graphviz");
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            worker.interrupt(); // Chicory checks the interrupt flag between instructions
            throw new LayoutException("Graphviz (embedded) did not finish the graph within "
                    + LayoutException.describe(timeout) + " and was stopped.");
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new LayoutException("Interrupted while Graphviz (embedded) was laying out a graph.", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof LayoutException layout) {
                throw layout;
            }
            if (cause instanceof ChicoryInterruptedException) {
                throw new LayoutException("Graphviz (embedded) was interrupted.", cause);
            }
            if (cause instanceof ChicoryException || cause instanceof IllegalStateException) {
                throw new LayoutException("Graphviz (embedded) failed on the graph: " + cause.getMessage(), cause);
            }
            throw new LayoutException("Graphviz (embedded) failed on the graph: " + cause, cause);
        }
    }

    private WasmModule module() throws LayoutException {
        WasmModule parsed = module;
        if (parsed == null) {
            synchronized (this) {
                parsed = module;
                if (parsed == null) {
                    parsed = parse();
                    module = parsed;
                }
            }
        }
        return parsed;
    }

    private static WasmModule parse() throws LayoutException {
        try (InputStream in = EmbeddedEngine.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new LayoutException("The embedded Graphviz (" + RESOURCE + ") is missing from bsc-core.");
            }
            return Parser.parse(in);
        } catch (IOException | UncheckedIOException | ChicoryException e) {
            throw new LayoutException("Could not load the embedded Graphviz: " + e.getMessage(), e);
        }
    }
}
