package dev.bscportal.core.maps.graphviz;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.WasmModule;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Graphviz 16.1.0 compiled to WebAssembly (npm {@code @viz-js/viz} 3.31.0) and from there to JVM bytecode at build
 * time by Chicory's compiler ({@link VizGraphvizModule}, generated): pure Java, needs nothing installed. Every graph
 * gets a fresh module instance, so no state carries over from one graph to the next and the same DOT gives
 * byte-identical SVG on every call and in every JVM. Thread-safe: graphs may be laid out in parallel, each in its
 * own instance and thread. A layout that runs past the time limit is interrupted (the compiled code checks the
 * thread's interrupt flag) and reported; one that needs more than the heap limit fails with Graphviz's
 * out-of-memory message instead of exhausting the JVM.
 */
public final class EmbeddedEngine implements LayoutEngine {

    /** The npm release the module was taken from (see NOTICE.md next to this class). */
    public static final String PACKAGE_VERSION = "3.31.0";
    /** The Graphviz version compiled into that release ({@code viz_get_graphviz_version()}). */
    public static final String GRAPHVIZ_VERSION = "16.1.0";

    /** Stack of a layout thread: Graphviz recurses on deep graphs, and compiled WebAssembly uses the JVM stack. */
    private static final long STACK_BYTES = 64L * 1024 * 1024;

    private final Duration timeout;
    private final long heapLimit;
    private volatile WasmModule module;

    public EmbeddedEngine() {
        this(Duration.ofSeconds(60));
    }

    public EmbeddedEngine(Duration timeout) {
        this(timeout, VizImports.DEFAULT_HEAP_LIMIT);
    }

    /** @param heapLimit the most WebAssembly memory one graph may use, in bytes */
    public EmbeddedEngine(Duration timeout, long heapLimit) {
        this.timeout = timeout;
        this.heapLimit = heapLimit;
    }

    @Override
    public String name() {
        return "embedded graphviz " + GRAPHVIZ_VERSION + " (@viz-js/viz " + PACKAGE_VERSION + ", Chicory compiled)";
    }

    @Override
    public String renderSvg(String dot) throws LayoutException {
        return render(dot, "dot", "svg");
    }

    /**
     * Lays the graph out with any Graphviz layout engine ({@code dot}, {@code neato}, {@code fdp}, {@code circo},
     * {@code twopi}, {@code osage}, ...) and renders it in any text format of Graphviz ({@code svg}, {@code dot},
     * {@code xdot}, {@code json}, {@code plain}, ...).
     */
    public String render(String dot, String layoutEngine, String format) throws LayoutException {
        WasmModule loaded = module();
        FutureTask<String> task = new FutureTask<>(() -> renderOnce(loaded, dot, layoutEngine, format));
        Thread worker = new Thread(null, task, "embedded-graphviz", STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            worker.interrupt(); // the compiled module checks the interrupt flag and stops
            throw new LayoutException("Graphviz (embedded) did not finish the graph within "
                    + LayoutException.describe(timeout) + " and was stopped.");
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new LayoutException("Interrupted while Graphviz (embedded) was laying out a graph.", e);
        } catch (ExecutionException e) {
            throw translate(e.getCause());
        }
    }

    /**
     * Lays the graph out in a fresh instance. The intermittent "exit status 1" seen in benchmark JVMs matches a HotSpot
     * C2 miscompilation on Java 17 and older, which {@link C2Workaround} keeps out of the module. Should Graphviz still
     * end itself on a graph, the graph is laid out once more in another fresh instance: the module is deterministic,
     * so a graph that really makes Graphviz end fails the same way again and is reported (with the first failure
     * attached), while a fault of the JVM does not fail the build. Each such retry is logged as a warning with what
     * Graphviz said and whether the directive was in force, so a recurrence is seen, not absorbed silently.
     */
    private String renderOnce(WasmModule loaded, String dot, String layoutEngine, String format) throws LayoutException {
        VizGraphviz first = new VizGraphviz(loaded, heapLimit);
        try {
            return first.render(dot, layoutEngine, format);
        } catch (LayoutException e) {
            if (!first.endedItself() || Thread.currentThread().isInterrupted()) {
                throw e;
            }
            System.getLogger(EmbeddedEngine.class.getName()).log(System.Logger.Level.WARNING,
                    "Graphviz (embedded) ended itself on a graph; laying it out once more in a fresh instance (Java "
                            + Runtime.version() + ", " + C2Workaround.status().note() + "). What it said: " + e.getMessage());
            try {
                return new VizGraphviz(loaded, heapLimit).render(dot, layoutEngine, format);
            } catch (LayoutException again) {
                again.addSuppressed(e);
                throw again;
            }
        }
    }

    /** The Graphviz version the module reports about itself. */
    public String graphvizVersion() {
        return new VizGraphviz(module(), heapLimit).version();
    }

    private static LayoutException translate(Throwable cause) {
        if (cause instanceof LayoutException layout) {
            return layout;
        }
        if (cause instanceof ChicoryInterruptedException) {
            return new LayoutException("Graphviz (embedded) was interrupted.", cause);
        }
        if (cause instanceof StackOverflowError) {
            return new LayoutException("Graphviz (embedded) ran out of stack on the graph (nested too deeply).", cause);
        }
        if (cause instanceof OutOfMemoryError) {
            return new LayoutException("Graphviz (embedded) ran out of Java heap on the graph.", cause);
        }
        if (cause instanceof ChicoryException) {
            return new LayoutException("Graphviz (embedded) failed on the graph: " + cause.getMessage(), cause);
        }
        return new LayoutException("Graphviz (embedded) failed on the graph: " + cause, cause);
    }

    /** The compiled module, loaded once, with {@link C2Workaround} in force (for the stress test's own instances). */
    WasmModule module() {
        WasmModule loaded = module;
        if (loaded == null) {
            synchronized (this) {
                loaded = module;
                if (loaded == null) {
                    C2Workaround.start(); // in parallel with loading the module
                    loaded = VizGraphvizModule.load();
                    C2Workaround.status(); // in force before any layout, long before C2 compiles the module's code
                    module = loaded;
                }
            }
        }
        return loaded;
    }
}
