package dev.bscportal.core.preview;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The live-reload event stream of the preview (server-sent events at {@code /__bsc/events}): every open tab gets
 * {@code reload} after a good build and {@code problems} (the lines of the overlay, as a JSON array) after a failed
 * one. A tab that went away is dropped on the next event.
 */
final class LiveReload implements AutoCloseable {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

    /** Opens the stream for a tab, sending the current problems at once; true when the exchange stays open. */
    boolean open(HttpExchange exchange, List<String> problems) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(200, -1);
            return false;
        }
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        if (!problems.isEmpty()) {
            out.write(event("problems", json(problems)));
        }
        out.flush();
        listeners.add(out);
        return true;
    }

    /** A build succeeded and is served: the overlay goes, the tabs reload. */
    void built() {
        broadcast("ok", "{}");
        broadcast("reload", "{}");
    }

    /** A build failed: the tabs show {@code problems} over the last good site. */
    void failed(List<String> problems) {
        broadcast("problems", json(problems));
    }

    private void broadcast(String name, String data) {
        byte[] bytes = event(name, data);
        for (OutputStream out : listeners) {
            try {
                out.write(bytes);
                out.flush();
            } catch (IOException closedTab) {
                listeners.remove(out);
            }
        }
    }

    private static byte[] event(String name, String data) {
        return ("event: " + name + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    /** {@code lines} as a JSON array of strings. */
    static String json(List<String> lines) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (String line : lines) {
                g.writeString(line);
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Override
    public void close() {
        for (OutputStream out : listeners) {
            try {
                out.close();
            } catch (IOException ignored) {
                // the tab went away already
            }
        }
    }
}
