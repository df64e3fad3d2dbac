package dev.bscportal.core.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real processes, really killed: the published site survives and the next build succeeds. */
class PublishFaultTest {

    @TempDir
    Path dir;

    private static Process start(Path output, String text, int pages, long sleep) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SlowPublishMain.class.getName(),
                output.toString(), text, Integer.toString(pages), Long.toString(sleep)).redirectErrorStream(true).start();
    }

    private static TreeMap<String, String> hashes(Path root) throws Exception {
        TreeMap<String, String> result = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                result.put(root.relativize(f).toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        }
        return result;
    }

    @Test
    void aBuildKilledWithSigkillWhileWritingLeavesThePublishedSiteByteIdenticalAndTheNextBuildSucceeds() throws Exception {
        Path output = dir.resolve("target/strategy-site");
        assertEquals(0, start(output, "first", 5, 0).waitFor(60, TimeUnit.SECONDS) ? 0 : 1);
        TreeMap<String, String> before = hashes(output);

        Process victim = start(output, "second", 10_000, 5);
        BufferedReader out = new BufferedReader(new InputStreamReader(victim.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("writing", out.readLine());
        Thread.sleep(300);
        victim.destroyForcibly();                       // SIGKILL on Linux: no shutdown hooks, no finally blocks
        assertTrue(victim.waitFor(30, TimeUnit.SECONDS));

        assertEquals(before, hashes(output), "the published site is untouched");
        assertEquals(Optional.of("first"), new SitePublisher(output).state().recorded("built-from"),
                "the bookkeeping still describes the published site");
        Process next = start(output, "third", 5, 0);
        assertTrue(next.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, next.exitValue());
        assertEquals("third 0", Files.readString(output.resolve("page0.html")));
        try (Stream<Path> siblings = Files.list(output.getParent())) {
            assertEquals(List.of(".strategy-site.bsc", ".strategy-site.lock", "strategy-site"),
                    siblings.map(p -> p.getFileName().toString()).sorted().toList(), "the killed build's staging is cleaned up");
        }
    }

    @Test
    void twoProcessesPublishingTheSameOutputAtOnceLeaveOneCompleteSite() throws Exception {
        Path output = dir.resolve("target/strategy-site");

        Process a = start(output, "alpha", 40, 5);
        Process b = start(output, "beta", 40, 5);
        assertTrue(a.waitFor(120, TimeUnit.SECONDS) && b.waitFor(120, TimeUnit.SECONDS));

        assertEquals(0, a.exitValue());
        assertEquals(0, b.exitValue());
        String winner = Files.readString(output.resolve("page0.html")).split(" ")[0];
        for (int i = 0; i < 40; i++) {
            assertEquals(winner + " " + i, Files.readString(output.resolve("page" + i + ".html")), "all pages of one build");
        }
        assertEquals(Optional.of(winner), new SitePublisher(output).state().recorded("built-from"),
                "the bookkeeping is the winner's");
    }
}
