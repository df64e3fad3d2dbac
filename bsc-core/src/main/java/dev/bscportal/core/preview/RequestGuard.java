package dev.bscportal.core.preview;

import com.sun.net.httpserver.HttpExchange;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What the preview answers at all: GET and HEAD, for exactly one loopback Host (no DNS rebinding), from no Origin or
 * a loopback one, with a well-formed target inside the site. Anything else gets a status and a short text.
 */
final class RequestGuard {

    /** A refused request: its status code and the short text answered. */
    record Refusal(int status, String text) {
    }

    private RequestGuard() {
    }

    /** Why a request is refused, or empty when it may be answered. */
    static Optional<Refusal> refusal(HttpExchange exchange, int port) {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return Optional.of(new Refusal(405, "Only GET and HEAD are served."));
        }
        List<String> hosts = exchange.getRequestHeaders().getOrDefault("Host", List.of());
        if (hosts.size() != 1) {
            return Optional.of(new Refusal(400, "A request needs exactly one Host header."));
        }
        if (!LoopbackHost.accepts(hosts.get(0), port)) {
            return Optional.of(new Refusal(421, "The preview answers only to http://localhost:" + port
                    + "/ and http://127.0.0.1:" + port + "/."));
        }
        List<String> origins = exchange.getRequestHeaders().getOrDefault("Origin", List.of());
        if (origins.size() > 1 || (origins.size() == 1 && !LoopbackHost.acceptsOrigin(origins.get(0), port))) {
            return Optional.of(new Refusal(403, "Pages of other sites may not read the preview."));
        }
        URI uri = exchange.getRequestURI();
        if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawFragment() != null
                || uri.toString().length() > RequestTarget.MAX_LENGTH || RequestTarget.relativePath(uri.getRawPath()).isEmpty()) {
            return Optional.of(new Refusal(400, "Malformed request path."));
        }
        return Optional.empty();
    }
}
