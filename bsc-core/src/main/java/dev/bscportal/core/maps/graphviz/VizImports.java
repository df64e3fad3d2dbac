package dev.bscportal.core.maps.graphviz;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
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
 * The 25 functions the {@code @viz-js/viz} build of Graphviz imports, written in Java in place of its Emscripten
 * JavaScript glue ({@code lib/backend.js}, whose {@code wasmImports} table names each minified letter). One object
 * per module instance: it collects what Graphviz reports for that one graph.
 *
 * <p>Only what a layout needs is real: heap growth (up to {@link #DEFAULT_HEAP_LIMIT}), writes to stdout/stderr and
 * Graphviz's error callback (kept for the error message), and exit/abort/assert/throw, which end the layout with
 * {@link VizExit}. There is no file system (a graph that names an image or a font file gets "no such file"), no
 * environment, and the clock and randomness are constant, so the same DOT always gives the same bytes.
 */
final class VizImports {

    /** Largest WebAssembly heap one graph may use: a hostile graph fails cleanly instead of exhausting the JVM. */
    static final long DEFAULT_HEAP_LIMIT = 1024L * 1024 * 1024;

    private static final String MODULE = "a";
    private static final int OUTPUT_LIMIT = 64 * 1024;
    private static final int PAGE = 65536;
    private static final int ERRNO_BADF = 8;
    private static final int ERRNO_INVAL = 28;
    private static final int ERRNO_NOENT = 44;
    private static final int ERRNO_NOTTY = 59;
    private static final int ERRNO_SPIPE = 70;

    private final long heapLimit;
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    VizImports(long heapLimit) {
        this.heapLimit = heapLimit;
    }

    /** What Graphviz reported through its error callback ({@code agerr}): "Error: syntax error in line 1 ...". */
    String errors() {
        return errors.toString(StandardCharsets.UTF_8);
    }

    /** What the module wrote to stdout and stderr (the first 64 KiB). */
    String output() {
        return output.toString(StandardCharsets.UTF_8);
    }

    /** Forgets the messages of the previous step (Graphviz's own viz_reset_errors does the same on its side). */
    void resetMessages() {
        errors.reset();
        output.reset();
    }

    List<ImportFunction> functions(WasmModule module) {
        Map<String, WasmFunctionHandle> handlers = handlers();
        List<ImportFunction> functions = new ArrayList<>();
        var imports = module.importSection();
        for (int i = 0; i < imports.importCount(); i++) {
            Import imp = imports.getImport(i);
            WasmFunctionHandle handler = handlers.get(imp.name());
            if (!(imp instanceof FunctionImport function) || !MODULE.equals(imp.module()) || handler == null) {
                throw new IllegalStateException("The embedded Graphviz module imports " + imp.module() + "."
                        + imp.name() + ", which this host does not provide: the module does not match the host.");
            }
            FunctionType type = module.typeSection().getType(function.typeIndex());
            functions.add(new HostFunction(imp.module(), imp.name(), type, handler));
        }
        return functions;
    }

    private Map<String, WasmFunctionHandle> handlers() {
        Map<String, WasmFunctionHandle> h = new TreeMap<>();
        h.put("a", (inst, a) -> { // __assert_fail(condition, file, line, function)
            throw new VizExit("Graphviz failed an internal check: " + cString(inst, a[0]) + " at "
                    + cString(inst, a[1]) + ":" + a[2] + " (" + cString(inst, a[3]) + ")");
        });
        h.put("b", (inst, a) -> { // __cxa_throw: this build cannot catch C++ exceptions, so one is fatal
            throw new VizExit("Graphviz threw a C++ exception it cannot handle (out of memory?).");
        });
        h.put("c", (inst, a) -> { // _exit(status)
            throw new VizExit("Graphviz stopped with exit status " + (int) a[0] + ".");
        });
        h.put("h", (inst, a) -> { // _abort_js
            throw new VizExit("Graphviz aborted.");
        });
        h.put("p", (inst, a) -> { // viz_errorf(text): Graphviz's agerr callback, one piece of a message per call
            if (errors.size() < OUTPUT_LIMIT) {
                errors.writeBytes(cString(inst, a[0]).getBytes(StandardCharsets.UTF_8));
            }
            return result(0);
        });
        h.put("k", (inst, a) -> result(resizeHeap(inst.memory(), a[0] & 0xFFFFFFFFL))); // emscripten_resize_heap
        // time and randomness: constant, so output never depends on when or where it ran
        h.put("g", (inst, a) -> new long[] {Double.doubleToRawLongBits(0.0)}); // emscripten_date_now
        h.put("x", (inst, a) -> { // clock_time_get(id, precision, out)
            if (a[0] < 0 || a[0] > 3) {
                return result(ERRNO_INVAL);
            }
            inst.memory().writeLong((int) a[2], 0L);
            return result(0);
        });
        h.put("o", (inst, a) -> { // _localtime_js(time, tm): the epoch in UTC
            int tm = (int) a[1];
            inst.memory().fill((byte) 0, tm, tm + 40);
            inst.memory().writeI32(tm + 12, 1); // tm_mday
            inst.memory().writeI32(tm + 20, 70); // tm_year
            inst.memory().writeI32(tm + 24, 4); // tm_wday: 1970-01-01 was a Thursday
            return result(0);
        });
        h.put("q", (inst, a) -> { // _tzset_js(timezone, daylight, std_name, dst_name): UTC
            inst.memory().writeI32((int) a[0], 0);
            inst.memory().writeI32((int) a[1], 0);
            inst.memory().writeCString((int) a[2], "UTC");
            inst.memory().writeCString((int) a[3], "UTC");
            return null;
        });
        h.put("u", (inst, a) -> { // random_get(buffer, size): a fixed pattern
            inst.memory().fill((byte) 0x5A, (int) a[0], (int) a[0] + (int) a[1]);
            return result(0);
        });
        // no environment
        h.put("s", (inst, a) -> result(0)); // environ_get: nothing to write
        h.put("t", (inst, a) -> { // environ_sizes_get(count, size)
            inst.memory().writeI32((int) a[0], 0);
            inst.memory().writeI32((int) a[1], 0);
            return result(0);
        });
        // no file system: only stdout and stderr exist, and they are captured
        h.put("d", this::fdWrite);
        h.put("e", (inst, a) -> result(a[0] <= 2 ? 0 : ERRNO_BADF)); // fd_close
        h.put("i", (inst, a) -> result(ERRNO_BADF)); // fd_read
        h.put("r", (inst, a) -> result(ERRNO_SPIPE)); // fd_seek
        h.put("y", (inst, a) -> result(-ERRNO_NOENT)); // faccessat
        h.put("f", (inst, a) -> result(a[0] <= 2 ? 0 : -ERRNO_BADF)); // fcntl64
        h.put("w", (inst, a) -> result(-ERRNO_BADF)); // fstat64
        h.put("v", (inst, a) -> result(-ERRNO_NOENT)); // newfstatat
        h.put("j", (inst, a) -> result(-ERRNO_NOTTY)); // ioctl
        h.put("l", (inst, a) -> result(-ERRNO_NOENT)); // openat
        h.put("m", (inst, a) -> result(-ERRNO_NOENT)); // _mmap_js (of a file)
        h.put("n", (inst, a) -> result(0)); // _munmap_js
        return h;
    }

    private long[] fdWrite(Instance inst, long... a) {
        int fd = (int) a[0];
        if (fd != 1 && fd != 2) {
            return result(ERRNO_BADF);
        }
        Memory memory = inst.memory();
        int iov = (int) a[1];
        long written = 0;
        for (int i = 0; i < (int) a[2]; i++) {
            int ptr = memory.readInt(iov + 8 * i);
            int len = memory.readInt(iov + 8 * i + 4);
            if (output.size() + (long) len <= OUTPUT_LIMIT) {
                output.writeBytes(memory.readBytes(ptr, len));
            }
            written += len & 0xFFFFFFFFL;
        }
        memory.writeI32((int) a[3], (int) written);
        return result(0);
    }

    /** Emscripten's growth policy (grow by up to 20 % more than asked, in 64 KiB pages), capped at the heap limit. */
    private long resizeHeap(Memory memory, long requested) {
        long old = (long) memory.pages() * PAGE;
        if (requested > heapLimit) {
            return 0;
        }
        for (int cutDown = 1; cutDown <= 4; cutDown *= 2) {
            long overGrown = Math.min((long) (old * (1 + 0.2 / cutDown)), requested + 100663296L);
            long size = Math.min(heapLimit, align(Math.max(requested, overGrown)));
            int pages = (int) ((size - old + PAGE - 1) / PAGE);
            if (pages <= 0 || memory.grow(pages) >= 0) {
                return 1;
            }
        }
        return 0;
    }

    private static long align(long size) {
        return (size + PAGE - 1) / PAGE * PAGE;
    }

    private static String cString(Instance inst, long ptr) {
        return ptr == 0 ? "" : inst.memory().readCString((int) ptr, StandardCharsets.UTF_8);
    }

    private static long[] result(long value) {
        return new long[] {value};
    }
}
