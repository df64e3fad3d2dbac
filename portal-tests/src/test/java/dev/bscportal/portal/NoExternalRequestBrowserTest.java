package dev.bscportal.portal;

import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.engine.StrategyChecker;
import dev.bscportal.core.site.SiteOptions;
import dev.bscportal.core.site.SiteRenderer;
import dev.bscportal.core.maps.MapLayout;
import dev.bscportal.core.maps.NativeDotLayout;
import dev.bscportal.core.maps.WasmLayout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal makes no request to another site, whatever the strategy holds: a strategy with images from other sites
 * in every Markdown field (inline, reference-style, protocol-relative, in raw HTML) is built with raw HTML escaped
 * and with it allowed, and every page of both sites is opened in Chromium, whose every request to the network goes to
 * a local proxy listener that records it ({@code --proxy-server}, loopback not bypassed; Chromium's own background
 * traffic switched off as far as flags allow). The listener must record nothing but Chromium's own service traffic
 * (Google sign-in, component and safe-browsing hosts, which no page of the fixture names); a control page with such an
 * image shows it would record a page's request.
 */
class NoExternalRequestBrowserTest {

    private static final String HOST = "tracker.example";
    /** Chromium's own background requests (sign-in, components), which no page of the fixture names. */
    private static final java.util.regex.Pattern CHROMIUM_SERVICES = java.util.regex.Pattern.compile(
            "^CONNECT [a-z0-9.-]+\\.(?:google\\.com|googleapis\\.com|gstatic\\.com|gvt1\\.com):443 .*");
    /** Every way an image from another site can be written. */
    private static final List<String> IMAGES = List.of(
            "![i1](https://" + HOST + "/i1.png)",
            "![i2](http://" + HOST + "/i2.png \"t\")",
            "![i3][r3]",
            "[r3]: https://" + HOST + "/i3.png",
            "![i4](//" + HOST + "/i4.png)",
            "![i5](HTTPS&colon;//" + HOST + "/i5.png)",
            "[![i6](https://" + HOST + "/i6.png)](https://example.com/)",
            "<img src=\"https://" + HOST + "/i7.png\" alt=\"i7\">",
            "<img src=//" + HOST + "/i8.png alt=i8>",
            "<p><img alt=\"i9\" src=\"http://" + HOST + "/i9.png\"></p>");

    @TempDir
    static Path strategy;

    private static Proxy proxy;
    private static ChromeDriver browser;
    private static final List<Path> pages = new ArrayList<>();
    private static Path root;

    @BeforeAll
    static void buildBothSitesAndStartTheBrowserBehindTheProxy() throws Exception {
        proxy = Proxy.start();
        browser = Chromium.start(1280, 900, "--proxy-server=http://127.0.0.1:" + proxy.port(), "--proxy-bypass-list=<-loopback>",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-pings",
                "--disable-domain-reliability", "--disable-client-side-phishing-detection", "--no-first-run",
                "--dns-prefetch-disable");
        String block = String.join("\n\n", IMAGES) + "\n";
        String inline = "![y1](https://" + HOST + "/y1.png) <img src=\"https://" + HOST + "/y2.png\" alt=\"y2\">";
        write("strategy.yaml", "name: Tracker Corp\nmission: '" + inline + "'\nvision: '" + inline + "'\n");
        write("objectives/f1.md", "---\nname: Grow\nperspective: financial\nowner: Ann\n---\n" + block);
        write("objectives/c1.md", "---\nname: Serve\nperspective: customer\ndrives: [f1]\nowner: Bob\n---\n" + block);
        write("measures/m1.yaml", "name: Revenue\nobjective: f1\ndescription: '" + inline + "'\nthreshold: 1\ntarget: 2\n"
                + "stretch: 3\nmeasurements:\n  2026-01: 1\n  2026-02: 2.5\n");
        write("initiatives/i1.md", "---\nname: Project\nowner: Ann\nobjectives: [f1]\nstatus: active\nstart: 2026-01-01\n"
                + "due: 2026-12-31\n---\n" + block);
        write("reviews/2026-Q1.md", "---\ndate: 2026-03-31\n---\n" + block);
        root = Files.createDirectories(Path.of("target/no-external-request"));
        CheckResult checked = new StrategyChecker(CheckOptions.DEFAULTS).check(strategy);
        assertTrue(!checked.failsBuild(), checked.errors().toString());
        MapLayout engine = NativeDotLayout.onPath().<MapLayout>map(d -> d).orElseGet(WasmLayout::new);
        for (boolean raw : new boolean[] {false, true}) {
            Path into = root.resolve(raw ? "raw-html" : "escaped");
            BuiltSite.deleteRecursively(into);
            Files.createDirectories(into);
            new SiteRenderer(SiteOptions.defaults().withRawHtml(raw), Optional.of(engine), true)
                    .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), into, n -> { });
            try (Stream<Path> files = Files.walk(into)) {
                files.filter(f -> f.toString().endsWith(".html")).sorted().forEach(pages::add);
            }
        }
    }

    private static void write(String relative, String content) throws IOException {
        Path file = strategy.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @AfterAll
    static void close() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void givenImagesFromAnotherSiteInEveryFieldWhenEveryPageOfBothSitesIsOpenedThenNoRequestLeavesTheMachine() throws Exception {
        // given both sites (raw HTML escaped and allowed); when every page is opened and has loaded
        for (Path page : pages) {
            browser.get(page.toUri().toString());
        }
        // then (after a last request would have arrived) the proxy saw no request
        Thread.sleep(500);
        assertTrue(pages.size() > 20, pages.size() + " pages");
        System.out.println("NoExternalRequestBrowserTest: " + pages.size() + " pages opened, " + proxy.requests().size()
                + " requests to other origins");
        List<String> fromPages = proxy.requests().stream().filter(r -> !CHROMIUM_SERVICES.matcher(r).matches()).toList();
        assertEquals(List.of(), fromPages);
        assertTrue(proxy.requests().stream().noneMatch(r -> r.contains(HOST)), proxy.requests().toString());
        // and the images are there as links with their alt text
        browser.get(root.resolve("escaped/objectives/c1.html").toUri().toString());
        assertTrue(browser.findElements(org.openqa.selenium.By.cssSelector("main a[href='https://" + HOST + "/i1.png']")).size() == 1);
    }

    @Test
    void givenAPageWithAnImageFromAnotherSiteWhenOpenedThenTheProxySeesTheRequest() throws Exception {
        // the positive control: the listener records what a page of another kind would request
        Path control = Files.writeString(root.resolve("control.html"),
                "<!doctype html><title>c</title><img src=\"http://" + HOST + "/control.png\" alt=\"c\">");
        int before = proxy.requests().size();
        browser.get(control.toUri().toString());
        long end = System.nanoTime() + 5_000_000_000L;
        while (proxy.requests().size() == before && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        assertTrue(proxy.requests().stream().anyMatch(r -> r.contains(HOST + "/control.png")), proxy.requests().toString());
        proxy.requests().clear();
    }

    /** A listener that records the request line of every connection and answers 502. */
    private record Proxy(ServerSocket socket, List<String> requests) {

        static Proxy start() throws IOException {
            ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Proxy proxy = new Proxy(socket, new CopyOnWriteArrayList<>());
            Thread accept = new Thread(proxy::serve, "proxy-listener");
            accept.setDaemon(true);
            accept.start();
            return proxy;
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    s.setSoTimeout(2000);
                    String line = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
                    if (line != null) {
                        requests.add(line);
                    }
                    OutputStream out = s.getOutputStream();
                    out.write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    // closed or a broken connection: the next one is served
                }
            }
        }

        void close() throws IOException {
            socket.close();
        }
    }
}
