package dev.bscportal.core.render.graphviz;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.WasmModule;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * One instance of the Graphviz WebAssembly module, driven the way its JavaScript wrapper does it:
 * {@code new CGraphviz(0, 0).layout(dot, "svg", "dot")}, then {@code CGraphviz.lastError()} when the result is
 * empty. Not thread-safe; meant to be used for one layout and dropped, so no state survives between graphs.
 */
final class WasmGraphviz {

    private static final String CLASS = "CGraphviz";
    private static final String CALL_CONSTRUCTORS = "S";
    private static final String MALLOC = "U";
    private static final String FREE = "V";

    private final Instance instance;
    private final EmscriptenImports host;

    WasmGraphviz(WasmModule module, Function<Instance, Machine> machines) {
        this.host = new EmscriptenImports();
        this.instance = Instance.builder(module)
                .withImportValues(ImportValues.builder().withFunctions(host.functions(module)).build())
                .withMachineFactory(machines)
                .withMemoryFactory(ByteArrayMemory::new)
                .build();
        instance.export(CALL_CONSTRUCTORS).apply();
    }

    /** Lays out DOT to SVG; throws with Graphviz's own error text when it produced nothing. */
    String layout(String dot) throws LayoutException {
        EmbindClasses classes = host.classes();
        EmbindClasses.Invoker constructor = classes.constructor(CLASS, 3).orElseThrow(() -> missing("constructor"));
        EmbindClasses.Invoker layout = classes.method(CLASS, "layout", 5).orElseThrow(() -> missing("layout"));
        int self = (int) callIndirect(constructor.invoker(), constructor.target(), 0, 0);
        int dotArg = writeString(dot);
        int format = writeString("svg");
        int engine = writeString("dot");
        String svg;
        try {
            svg = readString((int) callIndirect(layout.invoker(), layout.target(), self, dotArg, format, engine));
        } finally {
            free(dotArg);
            free(format);
            free(engine);
        }
        if (svg.isEmpty()) {
            throw new LayoutException("Graphviz (embedded) could not lay out the graph: " + lastError());
        }
        return svg;
    }

    /** The Graphviz version compiled into the module, e.g. {@code 16.1.0}. */
    String version() {
        EmbindClasses.Invoker version = host.classes().staticFunction(CLASS, "version", 1)
                .orElseThrow(() -> missing("version"));
        return readString((int) callIndirect(version.invoker(), version.target()));
    }

    private String lastError() {
        String message = host.classes().staticFunction(CLASS, "lastError", 1)
                .map(f -> readString((int) callIndirect(f.invoker(), f.target())))
                .orElse("")
                .strip();
        String output = host.output().strip();
        if (message.isEmpty()) {
            return output.isEmpty() ? "no message." : output;
        }
        return message;
    }

    private long callIndirect(int tableIndex, long... args) {
        int function = instance.table(0).requiredRef(tableIndex);
        long[] result = instance.getMachine().call(function, args);
        return result == null || result.length == 0 ? 0 : result[0];
    }

    /** embind's std::string wire format: a malloc'ed block of a 32-bit length, the UTF-8 bytes and a NUL. */
    private int writeString(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int ptr = (int) instance.export(MALLOC).apply(4L + bytes.length + 1)[0];
        Memory memory = instance.memory();
        memory.writeI32(ptr, bytes.length);
        memory.write(ptr + 4, bytes);
        memory.writeByte(ptr + 4 + bytes.length, (byte) 0);
        return ptr;
    }

    private String readString(int ptr) {
        Memory memory = instance.memory();
        int length = memory.readInt(ptr);
        String text = new String(memory.readBytes(ptr + 4, length), StandardCharsets.UTF_8);
        free(ptr);
        return text;
    }

    private void free(int ptr) {
        instance.export(FREE).apply(ptr);
    }

    private static IllegalStateException missing(String what) {
        return new IllegalStateException("The embedded Graphviz module registered no " + CLASS + " " + what
                + ": the binary does not match the host.");
    }
}
