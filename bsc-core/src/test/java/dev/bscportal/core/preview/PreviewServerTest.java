package dev.bscportal.core.preview;

import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.site.SiteOptions;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreviewServerTest {

    /** How long a test waits for an event before it gives up: a bound against hanging, not a speed promise. */
    private static final long EVENT_BOUND_MILLIS = 60_000;

    @TempDir
    Path dir;

    private PreviewServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private String get(URI base, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Reads "event: name" lines of the SSE stream into a queue. */
    private BlockingQueue<String> listen(URI base) throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpURLConnection connection = (HttpURLConnection) base.resolve("/__bsc/events").toURL().openConnection();
        BufferedReader reader = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
        Thread t = new Thread(() -> {
            try {
                for (String line; (line = reader.readLine()) != null; ) {
                    if (line.startsWith("event: ")) {
                        events.add(line.substring(7));
                    }
                }
            } catch (Exception closed) {
                // the server stopped
            }
        });
        t.setDaemon(true);
        t.start();
        return events;
    }

    private String next(BlockingQueue<String> events, String wanted, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        for (String e; (e = events.poll(Math.max(1, end - System.currentTimeMillis()), TimeUnit.MILLISECONDS)) != null; ) {
            if (e.equals(wanted)) {
                return e;
            }
        }
        return null;
    }

    @Test
    void anEditIsServedAndAnnouncedAndABrokenEditKeepsTheLastGoodSite() throws Exception {
        StrategyDir strategy = StrategyDir.valid(dir.resolve("src"));
        PreviewBuild build = new PreviewBuild(strategy.path(), Files.createDirectories(dir.resolve("scratch")),
                CheckOptions.DEFAULTS, SiteOptions.defaults(), Optional.empty(), false);
        server = new PreviewServer(build, 0, line -> { });
        URI base = server.start();
        assertTrue(server.awaitFirstBuild(EVENT_BOUND_MILLIS), "the first build ends");

        String page = get(base, "/measures/nps.html");
        assertTrue(page.contains("Measure nps"));
        assertTrue(page.contains("/__bsc/live.js"), "the preview injects its reload script");
        BlockingQueue<String> events = listen(base);

        strategy.measure("nps", "c1", "lagging", "higher-is-better", 20, 30, 40);
        Files.writeString(strategy.path().resolve("measures/nps.yaml"),
                Files.readString(strategy.path().resolve("measures/nps.yaml")).replace("Measure nps", "Customer loyalty"));

        assertNotNull(next(events, "reload", EVENT_BOUND_MILLIS), "a reload event arrives");
        assertTrue(get(base, "/measures/nps.html").contains("Customer loyalty"));

        Files.writeString(strategy.path().resolve("measures/nps.yaml"), "name: [broken\n");

        assertNotNull(next(events, "problems", EVENT_BOUND_MILLIS), "a problems event arrives");
        assertTrue(get(base, "/__bsc/status").contains("measures/nps.yaml:1: BSC001"), get(base, "/__bsc/status"));
        assertTrue(get(base, "/measures/nps.html").contains("Customer loyalty"), "the last good site stays served");
    }

    @Test
    void givenWarningsAndThenAnError_whenThePreviewRebuilds_thenEveryProblemOfEachBuildReachesTheProblemLog() throws Exception {
        StrategyDir strategy = StrategyDir.valid(dir.resolve("src"));
        strategy.measure("churn", "c1", "lagging", "lower-is-better", 10, 5, 2);
        PreviewBuild build = new PreviewBuild(strategy.path(), Files.createDirectories(dir.resolve("scratch")),
                CheckOptions.DEFAULTS, SiteOptions.defaults(), Optional.empty(), false);
        BlockingQueue<dev.bscportal.core.problem.Problem> logged = new LinkedBlockingQueue<>();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        server = new PreviewServer(build, 0, lines::add, logged::add);

        URI base = server.start();
        assertTrue(server.awaitFirstBuild(EVENT_BOUND_MILLIS), "the first build ends");

        java.util.List<String> first = logged.stream().map(p -> (p.isError() ? "ERROR " : "WARN ") + p.describe()).toList();
        assertTrue(first.contains("WARN measures/churn.yaml:1: BSC111 " + messageOf(logged, "BSC111")), first.toString());
        assertTrue(first.stream().allMatch(l -> l.startsWith("WARN ")), "a good build has warnings only: " + first);
        assertTrue(lines.stream().anyMatch(l -> l.matches("Preview rebuilt in \\d+ ms: " + first.size() + " warning\\(s\\)")), lines.toString());

        logged.clear();
        BlockingQueue<String> events = listen(base);
        Files.writeString(strategy.path().resolve("measures/nps.yaml"), "name: [broken\n");

        assertNotNull(next(events, "problems", 5000), "problems event");
        java.util.List<String> second = logged.stream().map(p -> (p.isError() ? "ERROR " : "WARN ") + p.describe()).toList();
        assertTrue(second.stream().anyMatch(l -> l.startsWith("ERROR measures/nps.yaml:1: BSC001 ")), second.toString());
        assertTrue(second.stream().anyMatch(l -> l.startsWith("WARN measures/churn.yaml:1: BSC111 ")),
                "warnings are shown with the errors: " + second);
    }

    @Test
    void givenSixHundredOfOneError_whenThePreviewBuilds_thenTheLogAndTheOverlayShowFiftyAndCountTheRest() throws Exception {
        // given 600 duplicate measurements
        StrategyDir strategy = StrategyDir.valid(dir.resolve("src"));
        strategy.write("measurements/actuals.csv", "measure,period,value\n" + "revenue,2026-08,100\n".repeat(601));
        PreviewBuild build = new PreviewBuild(strategy.path(), Files.createDirectories(dir.resolve("scratch")),
                CheckOptions.DEFAULTS, SiteOptions.defaults(), Optional.empty(), false);
        BlockingQueue<dev.bscportal.core.problem.Problem> logged = new LinkedBlockingQueue<>();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        server = new PreviewServer(build, 0, lines::add, logged::add);
        // when the preview builds
        URI base = server.start();
        assertTrue(server.awaitFirstBuild(EVENT_BOUND_MILLIS), "the first build ends");
        // then 50 reach the problem log, a line counts the rest, and the overlay's list is cut the same way
        assertEquals(50, logged.stream().filter(p -> p.code().code().equals("BSC020")).count());
        assertTrue(lines.contains("... and 550 more BSC020 problems"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Preview: 600 error(s)")), lines.toString());
        String status = get(base, "/__bsc/status");
        assertEquals(50, status.split(": BSC020 ", -1).length - 1, status.length() + " characters");
        assertTrue(status.contains("... and 550 more BSC020 problems"), status.substring(Math.max(0, status.length() - 300)));
    }

    /** A build thread that runs nothing until {@code gate} opens: the first build is still running. */
    private static java.util.concurrent.ExecutorService heldBack(java.util.concurrent.CountDownLatch gate) {
        java.util.concurrent.ExecutorService builder = java.util.concurrent.Executors.newSingleThreadExecutor();
        builder.submit(() -> {
            gate.await();
            return null;
        });
        return builder;
    }

    private HttpResponse<String> response(URI base, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void givenAPublishedSite_whenThePreviewStartsAndItsFirstBuildIsStillRunning_thenThePublishedSiteIsServedAndKept() throws Exception {
        // given a strategy and the site bsc:build published from an older version of it
        StrategyDir strategy = StrategyDir.valid(dir.resolve("src"));
        Path published = Files.createDirectories(dir.resolve("published"));
        Files.writeString(published.resolve("index.html"), "<html><body>published home</body></html>");
        Files.createDirectories(published.resolve("measures"));
        Files.writeString(published.resolve("measures/nps.html"), "<html><body>published nps</body></html>");
        PreviewBuild build = new PreviewBuild(new dev.bscportal.core.build.SiteBuild(
                dev.bscportal.core.build.BuildOptions.builder(strategy.path(), published).workDirectory(dir.resolve("work")).build(),
                dev.bscportal.core.build.BuildLog.silent(), SiteOptions.defaults(),
                new dev.bscportal.core.build.MapEngine(Optional.empty(), false, Optional.empty())),
                Files.createDirectories(dir.resolve("scratch")));
        java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
        server = new PreviewServer(build, 0, line -> { }, problem -> { }, heldBack(gate));

        // when the preview starts and its first build has not finished
        URI base = server.start();

        // then the published pages are served at once, with the reload script, and the first build replaces them
        HttpResponse<String> home = response(base, "/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("published home") && home.body().contains("/__bsc/live.js"), home.body());
        assertTrue(get(base, "/measures/nps.html").contains("published nps"));
        BlockingQueue<String> events = listen(base);
        gate.countDown();
        assertTrue(server.awaitFirstBuild(EVENT_BOUND_MILLIS), "the first build ends");
        assertNotNull(next(events, "reload", EVENT_BOUND_MILLIS), "open tabs are told to reload");
        assertTrue(get(base, "/measures/nps.html").contains("Measure nps"), "the preview's own build is served now");
        // and the published site is read only to the preview: nothing of it is deleted when the build replaces it
        assertEquals("<html><body>published nps</body></html>", Files.readString(published.resolve("measures/nps.html")));
        assertTrue(Files.isRegularFile(published.resolve("index.html")));
    }

    @Test
    void givenNoPublishedSite_whenThePreviewStartsAndItsFirstBuildIsStillRunning_thenEveryPageSaysItIsBuildingAndReloadsItself() throws Exception {
        StrategyDir strategy = StrategyDir.valid(dir.resolve("src"));
        PreviewBuild build = new PreviewBuild(strategy.path(), Files.createDirectories(dir.resolve("scratch")),
                CheckOptions.DEFAULTS, SiteOptions.defaults(), Optional.empty(), false);
        java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
        server = new PreviewServer(build, 0, line -> { }, problem -> { }, heldBack(gate));

        URI base = server.start();

        for (String path : new String[] {"/", "/measures/nps.html", "/no/such/page.html"}) {
            HttpResponse<String> page = response(base, path);
            assertEquals(503, page.statusCode(), path);
            assertEquals("1", page.headers().firstValue("Retry-After").orElse(""), path);
            assertTrue(page.body().contains("Building the preview") && page.body().contains("http-equiv=\"refresh\"")
                    && page.body().contains("/__bsc/live.js")
                    && page.body().contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"), page.body());
        }
        gate.countDown();
        assertTrue(server.awaitFirstBuild(EVENT_BOUND_MILLIS), "the first build ends");
        HttpResponse<String> built = response(base, "/measures/nps.html");
        assertEquals(200, built.statusCode());
        assertTrue(built.body().contains("Measure nps"), built.body());
    }

    private static String messageOf(java.util.Collection<dev.bscportal.core.problem.Problem> problems, String code) {
        String line = problems.stream().map(dev.bscportal.core.problem.Problem::describe)
                .filter(l -> l.contains(": " + code + " ")).findFirst().orElse("");
        return line.substring(line.indexOf(code + " ") + code.length() + 1);
    }

    @Test
    void thePreviewBuildItselfHasNoReloadScriptOnlyServedPagesDo() throws Exception {
        StrategyDir strategy = StrategyDir.valid(dir.resolve("src"));
        PreviewBuild build = new PreviewBuild(strategy.path(), Files.createDirectories(dir.resolve("scratch")),
                CheckOptions.DEFAULTS, SiteOptions.defaults(), Optional.empty(), false);

        Path site = build.run().site().orElseThrow();

        try (var files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(f, StandardCharsets.ISO_8859_1).contains("__bsc"), f.toString());
            }
        }
    }

    @Test
    void editorScratchFilesDoNotTriggerBuilds() {
        for (String scratch : new String[] {"nps.yaml.swp", ".#nps.yaml", "4913", "nps.yaml~", "#nps.yaml#", "x.tmp"}) {
            assertTrue(SourceWatcher.isScratchFile(scratch), scratch);
        }
        assertFalse(SourceWatcher.isScratchFile("nps.yaml"));
        assertFalse(SourceWatcher.isScratchFile("2026-Q3.md"));
    }

    @Test
    void givenACleanerHeldBack_whenAnEditIsRebuilt_thenTheReloadComesFirstAndTheReplacedSiteIsDeletedAfterIt() throws Exception {
        // given a preview whose deletions of replaced sites wait until the test lets them run
        StrategyDir strategy = StrategyDir.valid(dir.resolve("src"));
        Path scratch = Files.createDirectories(dir.resolve("scratch"));
        PreviewBuild build = new PreviewBuild(strategy.path(), scratch, CheckOptions.DEFAULTS, SiteOptions.defaults(),
                Optional.empty(), false);
        java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService builder = java.util.concurrent.Executors.newSingleThreadExecutor();
        server = new PreviewServer(build, 0, line -> { }, problem -> { }, builder, heldBack(gate));
        URI base = server.start();
        assertTrue(server.awaitFirstBuild(EVENT_BOUND_MILLIS), "the first build ends");
        BlockingQueue<String> events = listen(base);

        // when two edits are rebuilt, one after the other
        for (String name : new String[] {"Customer loyalty", "Net promoter score"}) {
            Files.writeString(strategy.path().resolve("measures/nps.yaml"), Files.readString(strategy.path().resolve("measures/nps.yaml"))
                    .replaceFirst("name: .*", "name: " + name));

            // then the reload arrives while the sites it replaced still exist, and the new site is whole and served
            assertNotNull(next(events, "reload", EVENT_BOUND_MILLIS), "a reload event arrives");
            assertTrue(get(base, "/measures/nps.html").contains(name));
        }
        assertTrue(Files.isDirectory(scratch.resolve("site-1")) && Files.isDirectory(scratch.resolve("site-2")),
                "the replaced sites are not deleted before the reload");
        assertTrue(Files.isRegularFile(scratch.resolve("site-3/index.html")), "the served site is complete");

        // and once the cleaner runs, the replaced sites go and the served one stays
        gate.countDown();
        long end = System.currentTimeMillis() + EVENT_BOUND_MILLIS;
        while ((Files.exists(scratch.resolve("site-1")) || Files.exists(scratch.resolve("site-2"))) && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        assertFalse(Files.exists(scratch.resolve("site-1")) || Files.exists(scratch.resolve("site-2")), "the replaced sites are deleted");
        assertTrue(get(base, "/measures/nps.html").contains("Net promoter score"));
        assertTrue(Files.isRegularFile(scratch.resolve("site-3/measures/nps.html")));
    }

    @Test
    void givenAPublishedSiteAndABrokenEdit_whenThePreviewRebuilds_thenNeitherThePublishedNorTheLastGoodSiteIsDeleted() throws Exception {
        // given a published site served at start, then replaced by the first build
        StrategyDir strategy = StrategyDir.valid(dir.resolve("src"));
        Path published = Files.createDirectories(dir.resolve("published"));
        Files.writeString(published.resolve("index.html"), "<html><body>published home</body></html>");
        Path scratch = Files.createDirectories(dir.resolve("scratch"));
        PreviewBuild build = new PreviewBuild(new dev.bscportal.core.build.SiteBuild(
                dev.bscportal.core.build.BuildOptions.builder(strategy.path(), published).workDirectory(dir.resolve("work")).build(),
                dev.bscportal.core.build.BuildLog.silent(), SiteOptions.defaults(),
                new dev.bscportal.core.build.MapEngine(Optional.empty(), false, Optional.empty())), scratch);
        java.util.List<Runnable> cleanups = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.ExecutorService builder = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.ExecutorService cleaner = new java.util.concurrent.AbstractExecutorService() {
            @Override public void execute(Runnable task) { cleanups.add(task); task.run(); }
            @Override public void shutdown() { }
            @Override public java.util.List<Runnable> shutdownNow() { return java.util.List.of(); }
            @Override public boolean isShutdown() { return false; }
            @Override public boolean isTerminated() { return false; }
            @Override public boolean awaitTermination(long timeout, TimeUnit unit) { return true; }
        };
        server = new PreviewServer(build, 0, line -> { }, problem -> { }, builder, cleaner);
        URI base = server.start();
        assertTrue(server.awaitFirstBuild(EVENT_BOUND_MILLIS), "the first build ends");
        BlockingQueue<String> events = listen(base);

        // when an edit breaks the strategy
        Files.writeString(strategy.path().resolve("measures/nps.yaml"), "name: [broken\n");

        // then the problems are shown over the last good site, and nothing was handed to the cleaner
        assertNotNull(next(events, "problems", EVENT_BOUND_MILLIS), "a problems event arrives");
        assertTrue(get(base, "/measures/nps.html").contains("Measure nps"), "the last good site stays served");
        assertTrue(cleanups.isEmpty(), "neither the published site nor the last good build is deleted");
        assertEquals("<html><body>published home</body></html>", Files.readString(published.resolve("index.html")));
        assertTrue(Files.isRegularFile(scratch.resolve("site-1/index.html")));
    }
}
