package dev.bscportal.core.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on a free loopback port for the fetch tests: each path answers with a scripted sequence of
 * responses (the last repeats), and every request is counted and its headers kept.
 */
final class LocalHttpServer implements AutoCloseable {

    /** One scripted answer; {@code delayMillis} before the headers are sent. */
    record Answer(int status, String contentType, byte[] body, Map<String, String> headers, long delayMillis, boolean chunked) {
        Answer(int status, String contentType, byte[] body, Map<String, String> headers, long delayMillis) {
            this(status, contentType, body, headers, delayMillis, false);
        }

        static Answer json(String body) {
            return new Answer(200, "application/json", body.getBytes(StandardCharsets.UTF_8), Map.of(), 0);
        }

        static Answer csv(String body) {
            return new Answer(200, "text/csv", body.getBytes(StandardCharsets.UTF_8), Map.of(), 0);
        }

        static Answer status(int status) {
            return new Answer(status, "text/plain", ("status " + status).getBytes(StandardCharsets.UTF_8), Map.of(), 0);
        }

        static Answer redirect(String location) {
            return new Answer(302, "text/plain", new byte[0], Map.of("Location", location), 0);
        }

        Answer delayed(long millis) {
            return new Answer(status, contentType, body, headers, millis, chunked);
        }

        /** Sent without a Content-Length, so the client learns its size only by reading. */
        Answer streamed() {
            return new Answer(status, contentType, body, headers, delayMillis, true);
        }
    }

    private final HttpServer server;
    private final Map<String, List<Answer>> script = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final List<Map<String, List<String>>> requestHeaders = Collections.synchronizedList(new ArrayList<>());

    LocalHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    void answer(String path, Answer... answers) {
        script.put(path, List.of(answers));
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int requests(String path) {
        return counts.getOrDefault(path, new AtomicInteger()).get();
    }

    int requests() {
        return counts.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    List<Map<String, List<String>>> requestHeaders() {
        return List.copyOf(requestHeaders);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        int n = counts.computeIfAbsent(path, p -> new AtomicInteger()).getAndIncrement();
        requestHeaders.add(Map.copyOf(exchange.getRequestHeaders()));
        List<Answer> answers = script.getOrDefault(path, List.of(Answer.status(404)));
        Answer answer = answers.get(Math.min(n, answers.size() - 1));
        try {
            if (answer.delayMillis() > 0) {
                Thread.sleep(answer.delayMillis());
            }
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.chunked() ? 0 : answer.body().length);
            if (answer.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer.body());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException closedByClient) {
            // the client gave up (a timeout test)
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
