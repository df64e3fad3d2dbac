package dev.bscportal.core.render.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One running {@code dot -Tsvg} that lays out map after map: dot reads graph after graph from stdin and writes
 * each one's SVG as soon as the graph is read. Starting dot costs more than laying out a strategy map (about 20 ms
 * against 3-4 ms here), so a build keeps one per thread. After each map a tiny marker graph is sent; its SVG tells
 * where the map's SVG ends, and a map that produced no SVG (dot rejected it) is noticed without waiting. Not
 * thread-safe: one caller at a time.
 */
final class DotProcess implements AutoCloseable {

    static final String MARKER = "bsc_end_of_map";
    private static final String MARKER_TITLE = "<!-- Title: " + MARKER + " Pages: 1 -->";

    private final Process process;
    private final Writer in;
    private final BufferedReader out;

    DotProcess(Path executable) throws IOException {
        this.process = new ProcessBuilder(executable.toString(), "-Tsvg")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * The map's SVG, exactly as {@code dot -Tsvg} alone writes it; empty when dot wrote none for it (the caller
     * then runs dot alone to get its error). An IOException means this process is no longer usable.
     */
    Optional<String> layout(String dot) throws IOException {
        in.write(dot);
        in.write("\ndigraph " + MARKER + " {}\n");
        in.flush();
        StringBuilder svg = new StringBuilder(dot.length() * 3);
        int documentStart = 0;
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("<?xml")) {
                documentStart = svg.length();
            }
            if (line.equals(MARKER_TITLE)) {
                skipToEndOfDocument();
                String map = svg.substring(0, documentStart);
                return map.contains("</svg>") ? Optional.of(alone(map)) : Optional.empty();
            }
            svg.append(line).append('\n');
        }
        throw new IOException("dot stopped");
    }

    /**
     * The SVG as dot alone writes it: dot counts the graphs it has read and prefixes the element ids of every graph
     * after the first with it ({@code id="page0,3_graph0"}); text content cannot hold {@code id="}, it is escaped.
     */
    private static String alone(String svg) {
        return PAGE_PREFIX.matcher(svg).replaceAll(" id=\"");
    }

    private static final java.util.regex.Pattern PAGE_PREFIX = java.util.regex.Pattern.compile(" id=\"page\\d+,\\d+_");

    private void skipToEndOfDocument() throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            if (line.equals("</svg>")) {
                return;
            }
        }
        throw new IOException("dot stopped");
    }

    /** Ends dot (it exits on the end of its input); a stuck one is killed. */
    @Override
    public void close() {
        try {
            in.close();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    void kill() {
        process.destroyForcibly();
    }

}
