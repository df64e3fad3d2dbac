package dev.bscportal.core.preview;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.bscportal.core.files.FileTrees;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemDigest;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Serves the last good preview build on 127.0.0.1, rebuilds when sources change, and pushes
 * {@code reload}, {@code problems} and {@code ok} events to open tabs over Server-Sent Events. Malformed requests get a
 * plain 400 of ours, except a target that is no URI at all ({@code /%zz}, a backslash, {@code [ ] { } | ^ < >}): the
 * JDK's server parses the request line into a URI before any handler or filter runs and answers those itself, with
 * its fixed body {@code <h1>400 Bad Request</h1>URISyntaxException thrown} (no input, class or stack; pinned by
 * PreviewServerRequestGuardTest).
 */
public final class PreviewServer implements AutoCloseable {

    private static final String LIVE_SCRIPT = "<script src=\"/__bsc/live.js\"></script>";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml", "json", "application/json", "xml", "application/xml", "png", "image/png",
            "dot", "text/plain; charset=utf-8", "txt", "text/plain; charset=utf-8");

    private final PreviewBuild build;
    private final HttpServer server;
    private final ExecutorService builder;
    /** Deletes the preview sites that newer builds replaced, after the tabs were told to reload (one thread). */
    private final ExecutorService cleaner;
    /** What is served: nothing yet, the last published site (read only), or a preview build of ours. */
    private final AtomicReference<Served> site = new AtomicReference<>();
    private final CountDownLatch firstBuild = new CountDownLatch(1);
    private final AtomicReference<List<String>> problems = new AtomicReference<>(List.of());
    private final LiveReload live = new LiveReload();
    private final Consumer<String> log;
    private final Consumer<Problem> problemLog;
    private SourceWatcher watcher;

    /** Progress lines and every problem of every build go to {@code log}, problems as "file:line: CODE message". */
    public PreviewServer(PreviewBuild build, int port, Consumer<String> log) throws IOException {
        this(build, port, log, problem -> log.accept(problem.describe()));
    }

    /**
     * Progress lines go to {@code log}; every problem of every build, errors and warnings, goes to
     * {@code problemLog}, so the caller can log errors as errors and warnings as warnings, like a build does.
     */
    public PreviewServer(PreviewBuild build, int port, Consumer<String> log, Consumer<Problem> problemLog) throws IOException {
        this(build, port, log, problemLog, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bsc-preview-build");
            t.setDaemon(true);
            return t;
        }));
    }

    /** As above, with the single thread that runs the builds one after another given (tests hold it back). */
    PreviewServer(PreviewBuild build, int port, Consumer<String> log, Consumer<Problem> problemLog, ExecutorService builder)
            throws IOException {
        this(build, port, log, problemLog, builder, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bsc-preview-cleanup");
            t.setDaemon(true);
            return t;
        }));
    }

    /** As above, with the thread that deletes replaced preview sites given too (tests hold it back). */
    PreviewServer(PreviewBuild build, int port, Consumer<String> log, Consumer<Problem> problemLog, ExecutorService builder,
            ExecutorService cleaner) throws IOException {
        this.build = build;
        this.builder = builder;
        this.cleaner = cleaner;
        this.log = log;
        this.problemLog = problemLog;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bsc-preview-http");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
    }

    /** A site folder being served; only the preview's own builds are ever deleted. */
    private record Served(Path root, boolean ours) {
    }

    /**
     * Starts serving and watching at once and runs the first build in the background: until it is done, the last
     * site {@code bsc:build} published is served (read only) or, when there is none, a page saying the preview is
     * being built, which reloads itself; open tabs reload when the first build is served. Returns the address.
     */
    public URI start() throws IOException {
        build.publishedSite().ifPresent(published -> site.set(new Served(published, false)));
        server.start();
        List<Path> roots = new ArrayList<>(List.of(build.strategyDirectory()));
        build.templateDirectory().ifPresent(roots::add);
        // registered before the first build, so a save during it is built next
        watcher = new SourceWatcher(roots, SourceWatcher.QUIET_MILLIS, () -> builder.submit(this::rebuildAndNotify));
        builder.submit(() -> {
            try {
                rebuildAndNotify();
            } finally {
                firstBuild.countDown();
            }
        });
        log.accept(site.get() == null ? "Preview: first build running; the browser shows it when it is done"
                : "Preview: serving the last published site (" + site.get().root() + ") while the first build runs");
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Waits until the first build is done (served, or its problems shown); false when the time ran out. */
    public boolean awaitFirstBuild(long millis) throws InterruptedException {
        return firstBuild.await(millis, TimeUnit.MILLISECONDS);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Builds, serves the new site and tells the tabs; only then is the preview site it replaced deleted, on the
     * cleaner's thread. At 10,000 pages that folder holds some 12,000 files, and deleting it before the event took
     * 0.3-18 s of the save-to-reload time (bench/results.md). The new site is complete before it is served, so a
     * reloading tab never sees a half-written one.
     */
    private void rebuildAndNotify() {
        Optional<Swap> swap = rebuild();
        if (swap.isPresent()) {
            live.built();
            // a tab may still read a file of the old site: what cannot be deleted goes on the next start
            swap.get().replaced().ifPresent(old -> cleaner.execute(() -> FileTrees.deleteQuietly(old)));
        } else {
            live.failed(problems.get());
        }
    }

    /** A good build is served now; {@code replaced} is the preview site it took the place of, if there was one. */
    private record Swap(Optional<Path> replaced) {
    }

    /** The swap when the build succeeded and is now served; empty when it failed. */
    private Optional<Swap> rebuild() {
        PreviewBuild.Outcome outcome = build.run();
        // the overlay and the log show a long list cut like a build's log (ProblemDigest), with a line per code left out
        List<Problem> errors = outcome.problems().stream().filter(Problem::isError).toList();
        ProblemDigest shownErrors = ProblemDigest.of(errors);
        List<String> lines = new ArrayList<>(shownErrors.shown().stream().map(Problem::describe).toList());
        shownErrors.summaries().forEach(s -> lines.add(s.line()));
        problems.set(List.copyOf(lines));
        long warnings = outcome.problems().size() - errors.size();
        ProblemDigest logged = ProblemDigest.of(outcome.problems());
        logged.shown().forEach(problemLog);
        logged.summaries().forEach(s -> log.accept(s.line()));
        if (outcome.succeeded()) {
            Served previous = site.getAndSet(new Served(outcome.site().get(), true));
            log.accept("Preview rebuilt in " + outcome.millis() + " ms: " + warnings + " warning(s)");
            return Optional.of(new Swap(Optional.ofNullable(previous).filter(Served::ours).map(Served::root)));
        }
        log.accept("Preview: " + errors.size() + " error(s), " + warnings + " warning(s); still serving the last good site");
        return Optional.empty();
    }

    /**
     * Every request: refused unless it is a GET or HEAD for a loopback Host (and, when the browser sends one, a
     * loopback Origin) with a well-formed origin-form target; then the live-reload endpoints or a file of the
     * site. Whatever goes wrong answers with a short text, never with exception text or a dropped connection.
     */
    private void handle(HttpExchange exchange) {
        boolean keepOpen = false;
        try {
            Headers response = exchange.getResponseHeaders();
            response.set("X-Content-Type-Options", "nosniff");
            response.set("X-Frame-Options", "SAMEORIGIN");
            response.set("Cross-Origin-Resource-Policy", "same-origin");
            response.set("Referrer-Policy", "no-referrer");
            Optional<RequestGuard.Refusal> refusal = RequestGuard.refusal(exchange, port());
            if (refusal.isPresent()) {
                if (refusal.get().status() == 405) {
                    response.set("Allow", "GET, HEAD");
                }
                sendText(exchange, refusal.get().status(), refusal.get().text());
                return;
            }
            String target = exchange.getRequestURI().getRawPath();
            switch (target) {
                case "/__bsc/events" -> keepOpen = live.open(exchange, problems.get());
                case "/__bsc/live.js" -> liveScript(exchange);
                case "/__bsc/status" -> send(exchange, 200, TYPES.get("json"), LiveReload.json(problems.get()).getBytes(StandardCharsets.UTF_8));
                default -> file(exchange, RequestTarget.relativePath(exchange.getRequestURI().getRawPath()).orElseThrow());
            }
        } catch (IOException | RuntimeException e) {
            log.accept("Preview: a request for " + exchange.getRequestURI().getRawPath() + " failed: " + e);
            try {
                sendText(exchange, 500, "The preview could not answer this request; see the build log.");
            } catch (IOException | RuntimeException alreadyAnswering) {
                // the headers went out already; closing the exchange ends the response
            }
        } finally {
            if (!keepOpen) {
                exchange.close();
            }
        }
    }

    private void file(HttpExchange exchange, String relative) throws IOException {
        Served served = site.get();
        String path = "/" + relative;
        if (served == null) {
            building(exchange);
            return;
        }
        Path root = served.root();
        Path file = root.resolve(relative).normalize();
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

    /**
     * While the first build runs and no site was published before: a page that says so and reloads itself, by the
     * reload event or, should that be missed, every second (503, so nothing caches it as the page).
     */
    private void building(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Retry-After", "1");
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta http-equiv=\"refresh\" content=\"1\">"
                + "<title>Building the preview...</title></head><body><main><h1>Building the preview...</h1>"
                + "<p>This page shows the portal as soon as the first build is done.</p></main>" + LIVE_SCRIPT + "</body></html>";
        send(exchange, 503, TYPES.get("html"), html.getBytes(StandardCharsets.UTF_8));
    }

    private void liveScript(HttpExchange exchange) throws IOException {
        try (InputStream in = PreviewServer.class.getResourceAsStream("/dev/bscportal/core/preview/live.js")) {
            send(exchange, 200, TYPES.get("js"), in.readAllBytes());
        }
    }

    private static void sendText(HttpExchange exchange, int code, String text) throws IOException {
        send(exchange, code, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int code, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(code, -1);
            return;
        }
        exchange.sendResponseHeaders(code, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        live.close();
        server.stop(0);
        builder.shutdownNow();
        cleaner.shutdown(); // deletions already queued still run; what is left goes on the next start
    }
}
