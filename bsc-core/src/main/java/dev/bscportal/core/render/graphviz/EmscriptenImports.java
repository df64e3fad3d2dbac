package dev.bscportal.core.render.graphviz;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.WasmException;
import com.dylibso.chicory.runtime.WasmFunctionHandle;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The host side that the Emscripten build of {@code @hpcc-js/wasm-graphviz} expects, written in Java in place of
 * its JavaScript glue. Emscripten minifies import names, so the table below is tied to the one binary this
 * package ships (see {@link EmbeddedEngine#WASM_VERSION}); each name was matched to its function by reading that
 * release's {@code dist/index.js}.
 *
 * <p>Only what a layout needs is real: embind's class, constructor and method registrations (recorded so
 * {@link EmbindClasses} can call them), memory growth, writes to stdout/stderr (kept for error messages) and C++
 * {@code throw}. There is no file system, no environment, and clocks and randomness are constant, so the same
 * DOT always gives the same bytes.
 */
final class EmscriptenImports {

    private static final String MODULE = "a";
    private static final int ERRNO_BADF = 8;
    private static final int ERRNO_NOENT = 44;
    private static final int ERRNO_NOTTY = 59;
    private static final int ERRNO_SPIPE = 70;

    private final EmbindClasses classes = new EmbindClasses();
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    EmbindClasses classes() {
        return classes;
    }

    /** What the module wrote to stdout and stderr so far (Graphviz writes its warnings and errors there). */
    String output() {
        return output.toString(StandardCharsets.UTF_8);
    }

    List<ImportFunction> functions(WasmModule module) {
        Map<String, WasmFunctionHandle> handlers = handlers();
        List<ImportFunction> functions = new ArrayList<>();
        var imports = module.importSection();
        for (int i = 0; i < imports.importCount(); i++) {
            Import imp = imports.getImport(i);
            if (!(imp instanceof FunctionImport function)) {
                continue;
            }
            WasmFunctionHandle handler = handlers.get(imp.name());
            if (!MODULE.equals(imp.module()) || handler == null) {
                throw new IllegalStateException("The embedded Graphviz module imports " + imp.module() + "."
                        + imp.name() + ", which this host does not provide: the binary does not match the host.");
            }
            FunctionType type = module.typeSection().getType(function.typeIndex());
            functions.add(new HostFunction(imp.module(), imp.name(), type, handler));
        }
        return functions;
    }

    private Map<String, WasmFunctionHandle> handlers() {
        Map<String, WasmFunctionHandle> h = new TreeMap<>();
        // embind: types are known to EmbindClasses, so type registrations need no bookkeeping
        for (String typeRegistration : List.of("o", "q", "Q", "n", "c", "b", "p", "f", "r", "d")) {
            h.put(typeRegistration, none());
        }
        h.put("h", (inst, a) -> { // _embind_register_class
            classes.registerClass((int) a[0], readCString(inst, (int) a[10]), (int) a[12]);
            return null;
        });
        h.put("e", (inst, a) -> { // _embind_register_class_constructor
            classes.registerConstructor((int) a[0], (int) a[1], (int) a[4], (int) a[5]);
            return null;
        });
        h.put("a", (inst, a) -> { // _embind_register_class_function
            classes.registerMethod((int) a[0], readCString(inst, (int) a[1]), (int) a[2], (int) a[5], (int) a[6]);
            return null;
        });
        h.put("k", (inst, a) -> { // _embind_register_class_class_function (static)
            classes.registerStatic((int) a[0], readCString(inst, (int) a[1]), (int) a[2], (int) a[5], (int) a[6]);
            return null;
        });
        // C++ throw: raise the module's own exception tag so its catch blocks see it
        h.put("t", (inst, a) -> {
            throw new WasmException(inst, 0, new long[] {a[0]});
        });
        h.put("M", (inst, a) -> { // abort
            throw new IllegalStateException("Graphviz aborted. " + output().strip());
        });
        h.put("z", exit()); // proc_exit
        h.put("m", exit()); // _exit
        h.put("A", none()); // keep-alive bookkeeping
        h.put("u", (inst, a) -> result(grow(inst.memory(), a[0] & 0xFFFFFFFFL))); // emscripten_resize_heap
        h.put("v", i32(0)); // EM_ASM: only used by createFile, which the layout does not call
        // time and randomness: constant, so output never depends on when or where it ran
        h.put("j", (inst, a) -> new long[] {Double.doubleToRawLongBits(0.0)}); // emscripten_date_now
        h.put("K", (inst, a) -> { // clock_time_get
            inst.memory().writeLong((int) a[2], 0L);
            return result(0);
        });
        h.put("D", (inst, a) -> { // _localtime_js: the epoch in UTC
            inst.memory().fill((byte) 0, (int) a[1], (int) a[1] + 40);
            inst.memory().writeI32((int) a[1] + 12, 1);
            inst.memory().writeI32((int) a[1] + 20, 70);
            inst.memory().writeI32((int) a[1] + 24, 4);
            return result(0);
        });
        h.put("E", (inst, a) -> { // _tzset_js: UTC
            inst.memory().writeI32((int) a[0], 0);
            inst.memory().writeI32((int) a[1], 0);
            inst.memory().writeCString((int) a[2], "UTC");
            inst.memory().writeCString((int) a[3], "UTC");
            return null;
        });
        h.put("s", i32(0)); // _setitimer_js
        h.put("I", (inst, a) -> { // random bytes: a fixed pattern
            inst.memory().fill((byte) 0x5A, (int) a[0], (int) a[0] + (int) a[1]);
            return result(0);
        });
        // no environment
        h.put("G", i32(0)); // environ_get
        h.put("H", (inst, a) -> { // environ_sizes_get
            inst.memory().writeI32((int) a[0], 0);
            inst.memory().writeI32((int) a[1], 0);
            return result(0);
        });
        // no file system: only stdout and stderr exist
        h.put("N", this::fdWrite);
        h.put("g", i32(0)); // fd_close
        h.put("O", i32(ERRNO_BADF)); // fd_read
        h.put("F", i32(ERRNO_SPIPE)); // fd_seek
        h.put("L", i32(-ERRNO_NOENT)); // faccessat
        h.put("l", i32(0)); // fcntl64
        h.put("J", i32(-ERRNO_BADF)); // fstat64
        h.put("P", i32(-ERRNO_NOTTY)); // ioctl
        h.put("i", i32(-ERRNO_NOENT)); // openat
        h.put("w", i32(-ERRNO_NOENT)); // readlinkat
        h.put("x", i32(-ERRNO_NOENT)); // rmdir
        h.put("y", i32(-ERRNO_NOENT)); // unlinkat
        h.put("B", i32(-ERRNO_NOENT)); // _mmap_js (of a file)
        h.put("C", i32(0)); // _munmap_js
        return h;
    }

    private long[] fdWrite(Instance inst, long... a) {
        Memory memory = inst.memory();
        int iov = (int) a[1];
        int written = 0;
        for (int i = 0; i < (int) a[2]; i++) {
            int ptr = memory.readInt(iov + 8 * i);
            int len = memory.readInt(iov + 8 * i + 4);
            if (output.size() < 64 * 1024) {
                output.writeBytes(memory.readBytes(ptr, len));
            }
            written += len;
        }
        memory.writeI32((int) a[3], written);
        return result(0);
    }

    private static int grow(Memory memory, long requestedBytes) {
        long current = (long) memory.pages() * Memory.PAGE_SIZE;
        if (requestedBytes <= current) {
            return 1;
        }
        long pages = (requestedBytes - current + Memory.PAGE_SIZE - 1) / Memory.PAGE_SIZE;
        return memory.grow((int) pages) < 0 ? 0 : 1;
    }

    static String readCString(Instance inst, int ptr) {
        return inst.memory().readCString(ptr, StandardCharsets.UTF_8);
    }

    private WasmFunctionHandle exit() {
        return (inst, a) -> {
            throw new IllegalStateException("Graphviz exited with status " + a[0] + ". " + output().strip());
        };
    }

    private static WasmFunctionHandle none() {
        return (inst, a) -> null;
    }

    private static WasmFunctionHandle i32(int value) {
        return (inst, a) -> new long[] {value};
    }

    private static long[] result(long value) {
        return new long[] {value};
    }
}
