package dev.bscportal.core.maps.graphviz;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.WasmModule;

import java.nio.charset.StandardCharsets;

/**
 * One fresh instance of the compiled {@code @viz-js/viz} Graphviz module, for one graph: the same steps as that
 * package's {@code renderInput} (src/wrapper.js), through the module's C exports. Not thread-safe and not reused:
 * Graphviz keeps state from graph to graph, so {@link EmbeddedEngine} makes a new one per graph (a few ms). Nothing
 * is freed: the instance and its whole memory are dropped after the graph.
 */
final class VizGraphviz {

    // the module's exports are minified; lib/backend.js of @viz-js/viz 3.31.0 names each letter
    private static final String CALL_CONSTRUCTORS = "A"; // __wasm_call_ctors
    private static final String SET_Y_INVERT = "B"; // viz_set_y_invert(int)
    private static final String SET_REDUCE = "C"; // viz_set_reduce(int)
    private static final String GRAPHVIZ_VERSION = "D"; // viz_get_graphviz_version() -> char*
    private static final String MALLOC = "F"; // malloc(size) -> void*
    private static final String READ_ONE_GRAPH = "I"; // viz_read_one_graph(char*) -> Agraph_t*
    private static final String CREATE_CONTEXT = "V"; // viz_create_context() -> GVC_t*
    private static final String LAYOUT = "X"; // viz_layout(GVC_t*, Agraph_t*, char* engine) -> int
    private static final String RESET_ERRORS = "Z"; // viz_reset_errors()
    private static final String RENDER = "_"; // viz_render(GVC_t*, Agraph_t*, char* format) -> char*

    private final VizImports host;
    private final Instance instance;
    private boolean endedItself;

    VizGraphviz(WasmModule module, long heapLimit) {
        this.host = new VizImports(heapLimit);
        this.instance = Instance.builder(module)
                .withImportValues(ImportValues.builder().withFunctions(host.functions(module)).build())
                .withMachineFactory(VizGraphvizModule::create)
                .withMemoryFactory(ByteArrayMemory::new)
                .build();
        call(CALL_CONSTRUCTORS);
    }

    /** Whether the last render failed because Graphviz ended itself (exit, abort, assert, throw). */
    boolean endedItself() {
        return endedItself;
    }

    /** The Graphviz version compiled into the module, e.g. {@code 16.1.0}. */
    String version() {
        return instance.memory().readCString((int) call(GRAPHVIZ_VERSION), StandardCharsets.UTF_8);
    }

    /**
     * Lays the graph out with a Graphviz layout engine ({@code dot}, {@code neato}, ...) and renders it in a
     * Graphviz output format ({@code svg}, ...).
     *
     * @throws LayoutException with Graphviz's own message when it cannot read, lay out or render the graph
     */
    String render(String dot, String layoutEngine, String format) throws LayoutException {
        int nul = dot.indexOf('\0');
        if (nul >= 0) {
            // Graphviz reads C strings: it would silently lay out only the text before the NUL
            throw new LayoutException("Graphviz (embedded) could not read the graph: it contains a NUL character at "
                    + "offset " + nul + ".");
        }
        host.resetMessages();
        try {
            long graph = call(READ_ONE_GRAPH, string(dot));
            if (graph == 0) {
                throw failure("could not read the graph", "the text holds no graph.");
            }
            call(SET_Y_INVERT, 0);
            call(SET_REDUCE, 0);
            long context = call(CREATE_CONTEXT);
            call(RESET_ERRORS);
            if (call(LAYOUT, context, graph, string(layoutEngine)) != 0) {
                throw failure("could not lay out the graph");
            }
            long result = call(RENDER, context, graph, string(format));
            if (result == 0) {
                throw failure("could not render the graph as " + format);
            }
            return instance.memory().readCString((int) result, StandardCharsets.UTF_8);
        } catch (VizExit e) {
            endedItself = true;
            String said = messages();
            throw new LayoutException("Graphviz (embedded) failed on the graph: " + e.getMessage()
                    + (said.isEmpty() ? "" : " " + said));
        }
    }

    private LayoutException failure(String what) {
        return failure(what, "no message.");
    }

    private LayoutException failure(String what, String fallback) {
        String said = messages();
        return new LayoutException("Graphviz (embedded) " + what + ": " + (said.isEmpty() ? fallback : said));
    }

    /** What Graphviz reported: its error callback's text, then what it wrote to stdout/stderr. */
    private String messages() {
        String errors = host.errors().strip();
        String output = host.output().strip();
        return errors.isEmpty() ? output : output.isEmpty() ? errors : errors + "\n" + output;
    }

    /** Copies text into the module's memory as a NUL-terminated UTF-8 C string. */
    private long string(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        long pointer = call(MALLOC, bytes.length + 1L);
        if (pointer == 0) {
            throw new VizExit("Graphviz ran out of memory for the " + bytes.length + "-byte graph text.");
        }
        Memory memory = instance.memory();
        memory.write((int) pointer, bytes);
        memory.writeByte((int) pointer + bytes.length, (byte) 0);
        return pointer;
    }

    private long call(String export, long... args) {
        ExportFunction function = instance.export(export);
        long[] result = function.apply(args);
        return result == null || result.length == 0 ? 0 : result[0] & 0xFFFFFFFFL;
    }
}
