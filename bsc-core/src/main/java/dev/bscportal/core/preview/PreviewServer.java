package dev.bscportal.core.preview;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.bscportal.core.problem.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Serves the last good preview build on 127.0.0.1, rebuilds when sources change, and pushes
 * {@code reload}, {@code problems} and {@code ok} events to open tabs over Server-Sent Events.
 */
public final class PreviewServer implements AutoCloseable {

    private static final String LIVE_SCRIPT = "<script src=\"/__bsc/live.js\"></script>";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml", "json", "application/json", "xml", "application/xml", "png", "image/png",
            "dot", "text/plain; charset=utf-8", "txt", "text/plain; charset=utf-8");
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final PreviewBuild build;
    private final HttpServer server;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bsc-preview-build");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Path> site = new AtomicReference<>();
    private final AtomicReference<List<String>> problems = new AtomicReference<>(List.of());
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final Consumer<String> log;
    private SourceWatcher watcher;

    public PreviewServer(PreviewBuild build, int port, Consumer<String> log) throws IOException {
        this.build = build;
        this.log = log;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bsc-preview-http");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/__bsc/events", this::events);
        server.createContext("/__bsc/live.js", this::liveScript);
        server.createContext("/__bsc/status", this::status);
        server.createContext("/", this::file);
    }

    /** Builds once, starts serving and watching. Returns the address to open. */
    public URI start() throws IOException {
        rebuild();
        server.start();
        List<Path> roots = new ArrayList<>(List.of(build.strategyDirectory()));
        build.templateDirectory().ifPresent(roots::add);
        watcher = new SourceWatcher(roots, 120, () -> builder.submit(this::rebuildAndNotify));
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void rebuildAndNotify() {
        if (rebuild()) {
            broadcast("ok", "{}");
            broadcast("reload", "{}");
        } else {
            broadcast("problems", json(problems.get()));
        }
    }

    /** Returns true when the build succeeded and is now served. */
    private boolean rebuild() {
        PreviewBuild.Outcome outcome = build.run();
        List<String> lines = outcome.problems().stream().filter(Problem::isError).map(Problem::describe).toList();
        problems.set(lines);
        if (outcome.succeeded()) {
            Path previous = site.getAndSet(outcome.site().get());
            if (previous != null) {
                ScratchFiles.deleteQuietly(previous);
            }
            log.accept("Preview rebuilt in " + outcome.millis() + " ms");
            return true;
        }
        log.accept("Preview: " + lines.size() + " error(s); still serving the last good site");
        lines.forEach(log);
        return false;
    }

    private void file(HttpExchange exchange) throws IOException {
        try (exchange) {
            Path root = site.get();
            String path = URI.create(exchange.getRequestURI().getRawPath()).normalize().getPath();
            if (root == null || path.contains("..")) {
                send(exchange, 404, "text/plain; charset=utf-8", "Not built yet.".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                file = root.resolve("404.html");
                if (!Files.isRegularFile(file)) {
                    send(exchange, 404, "text/plain; charset=utf-8", "Not found".getBytes(StandardCharsets.UTF_8));
                    return;
                }
            }
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1);
            byte[] bytes = Files.readAllBytes(file);
            if (extension.equals("html")) {
                String html = new String(bytes, StandardCharsets.UTF_8);
                int end = html.lastIndexOf("</body>");
                html = end < 0 ? html + LIVE_SCRIPT : html.substring(0, end) + LIVE_SCRIPT + html.substring(end);
                bytes = html.getBytes(StandardCharsets.UTF_8);
            }
            send(exchange, file.getFileName().toString().equals("404.html") && !path.endsWith("404.html") ? 404 : 200,
                    TYPES.getOrDefault(extension, "application/octet-stream"), bytes);
        }
    }

    private void liveScript(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = PreviewServer.class.getResourceAsStream("/dev/bscportal/core/preview/live.js")) {
            send(exchange, 200, TYPES.get("js"), in.readAllBytes());
        }
    }

    private void status(HttpExchange exchange) throws IOException {
        try (exchange) {
            send(exchange, 200, TYPES.get("json"), json(problems.get()).getBytes(StandardCharsets.UTF_8));
        }
    }

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        if (!problems.get().isEmpty()) {
            out.write(event("problems", json(problems.get())));
        }
        out.flush();
        listeners.add(out);
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

    private static String json(List<String> lines) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (String line : lines) {
                g.writeString(line);
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void send(HttpExchange exchange, int code, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(code, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        for (OutputStream out : listeners) {
            try {
                out.close();
            } catch (IOException ignored) {
                // the tab went away already
            }
        }
        server.stop(0);
        builder.shutdownNow();
    }
}
