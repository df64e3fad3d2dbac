import dev.bscportal.core.build.BuildLog;
import dev.bscportal.core.build.BuildOptions;
import dev.bscportal.core.build.SiteBuild;
import dev.bscportal.core.preview.PreviewBuild;
import dev.bscportal.core.preview.PreviewServer;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * How long an author waits in bsc:serve: from saving a file to the reload event reaching the browser's event
 * stream, measured the way a browser sees it (the server's own /__bsc/events stream, read over HTTP).
 *
 * <pre>java PreviewBench STRATEGY_COPY SCRATCH_DIR [edits] [dot|embedded]</pre>
 *
 * STRATEGY_COPY is edited in place (a copy: each edit appends a sentence to an objective's text and the last edit
 * restores it). Prints one line per edit to stderr and the median, minimum and maximum to stdout.
 */
public final class PreviewBench {

    public static void main(String[] args) throws Exception {
        Path strategy = Path.of(args[0]);
        Path scratch = Files.createDirectories(Path.of(args[1]));
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        String engine = args.length > 3 ? args[3] : "dot";
        BuildOptions options = BuildOptions.builder(strategy, scratch.resolve("unpublished")).workDirectory(scratch)
                .mapCacheDirectory(scratch.resolve("map-cache")).engine(engine).build();
        Path edited = firstObjectiveFile(strategy);
        String original = Files.readString(edited, StandardCharsets.UTF_8);
        long startMillis = System.nanoTime();
        try (PreviewServer server = new PreviewServer(new PreviewBuild(new SiteBuild(options, BuildLog.silent()), scratch),
                0, line -> { })) {
            URI base = server.start();
            BlockingQueue<String> events = listen(base);
            HttpURLConnection home = (HttpURLConnection) base.toURL().openConnection();
            int status = home.getResponseCode();
            System.err.printf(Locale.ROOT, "first page served after %d ms (HTTP %d: %s)%n", (System.nanoTime() - startMillis) / 1_000_000,
                    status, status == 200 ? "the last published site" : "the building page");
            String first;
            do {
                first = events.poll(600, TimeUnit.SECONDS);
            } while (first != null && !first.equals("reload"));
            System.err.printf(Locale.ROOT, "first build served after %d ms%n", (System.nanoTime() - startMillis) / 1_000_000);
            List<Long> millis = new ArrayList<>();
            for (int i = 1; i <= edits; i++) {
                Thread.sleep(1500); // let the watcher settle, as between two saves of a person
                events.clear();
                long saved = System.nanoTime();
                Files.writeString(edited, i == edits ? original : original + "\nEdited " + i + " times.\n", StandardCharsets.UTF_8);
                String event;
                do {
                    event = events.poll(60, TimeUnit.SECONDS);
                } while (event != null && !event.equals("reload"));
                if (event == null) {
                    throw new IllegalStateException("no reload event within 60 s after edit " + i);
                }
                long ms = (System.nanoTime() - saved) / 1_000_000;
                millis.add(ms);
                System.err.printf(Locale.ROOT, "edit %d: reload after %d ms%n", i, ms);
            }
            Collections.sort(millis);
            System.out.printf(Locale.ROOT, "save-to-reload over %d edits: median %d ms, min %d ms, max %d ms%n", millis.size(),
                    millis.get(millis.size() / 2), millis.get(0), millis.get(millis.size() - 1));
        } finally {
            Files.writeString(edited, original, StandardCharsets.UTF_8);
        }
    }

    private static Path firstObjectiveFile(Path strategy) throws Exception {
        try (var files = Files.list(strategy.resolve("objectives"))) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().findFirst()
                    .orElseThrow(() -> new IllegalStateException("no objectives/*.md in " + strategy));
        }
    }

    /** The "event: name" lines of the preview's event stream, as a browser's EventSource would get them. */
    private static BlockingQueue<String> listen(URI base) throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpURLConnection connection = (HttpURLConnection) base.resolve("/__bsc/events").toURL().openConnection();
        connection.setReadTimeout(0);
        BufferedReader reader = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
        Thread thread = new Thread(() -> {
            try {
                for (String line; (line = reader.readLine()) != null; ) {
                    if (line.startsWith("event: ")) {
                        events.add(line.substring(7));
                    }
                }
            } catch (Exception e) {
                // the server closed the stream at the end
            }
        });
        thread.setDaemon(true);
        thread.start();
        return events;
    }
}
