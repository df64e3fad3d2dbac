package dev.bscportal.core.fetch;

import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One GET of an http(s) URL: connect and read timeouts, no redirect followed by the JDK (each is checked here: only
 * to http or https, at most {@code maxRedirects}, credentials dropped when the host changes), and a bounded body.
 * Returns the body or throws a {@link SourceFailure}, retryable for timeouts, refused connections and 5xx.
 */
final class HttpDocument {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private HttpDocument() {
    }

    /**
     * @param url      the resolved URL (may hold secrets: never put into a message)
     * @param shownUrl the URL as the source file writes it, placeholders unresolved, for messages
     * @param headers  resolved request headers
     * @param authorization an Authorization value sent to the first host only, or null
     */
    static byte[] get(String url, String shownUrl, Map<String, String> headers, String authorization, long connectMillis,
                      long readMillis, long maxBytes, int maxRedirects, SourcePosition at) throws SourceFailure {
        URI current = uri(url, at);
        String firstHost = origin(current);
        for (int redirects = 0; ; redirects++) {
            HttpURLConnection connection;
            try {
                connection = (HttpURLConnection) current.toURL().openConnection();
            } catch (IOException | IllegalArgumentException e) {
                throw new SourceFailure(ProblemCode.SOURCE_URL_REFUSED, at, "The URL " + shownUrl + " cannot be opened.");
            }
            connection.setInstanceFollowRedirects(false);
            connection.setUseCaches(false);
            connection.setConnectTimeout((int) Math.min(Integer.MAX_VALUE, connectMillis));
            connection.setReadTimeout((int) Math.min(Integer.MAX_VALUE, readMillis));
            connection.setRequestProperty("Accept-Encoding", "identity");
            connection.setRequestProperty("User-Agent", "bsc-maven-plugin (bsc:fetch)");
            headers.forEach(connection::setRequestProperty);
            if (authorization != null && origin(current).equals(firstHost)) {
                connection.setRequestProperty("Authorization", authorization);
            }
            try {
                int status = connection.getResponseCode();
                if (REDIRECTS.contains(status)) {
                    String location = connection.getHeaderField("Location");
                    connection.disconnect();
                    if (location == null) {
                        throw new SourceFailure(ProblemCode.SOURCE_HTTP_ERROR, at, shownUrl + " answered " + status
                                + " (a redirect) without a Location.");
                    }
                    if (redirects >= maxRedirects) {
                        throw new SourceFailure(ProblemCode.SOURCE_URL_REFUSED, at, shownUrl + " redirected more than "
                                + maxRedirects + " times; the redirects are not followed further.");
                    }
                    current = redirect(current, location, shownUrl, at);
                    continue;
                }
                if (status >= 500) {
                    drain(connection);
                    throw new SourceFailure(ProblemCode.SOURCE_HTTP_ERROR, at, shownUrl + " answered HTTP " + status
                            + " (a server error).", true);
                }
                if (status >= 400 || status < 200 || status >= 300) {
                    drain(connection);
                    throw new SourceFailure(ProblemCode.SOURCE_HTTP_ERROR, at, shownUrl + " answered HTTP " + status
                            + (status == 401 || status == 403 ? " (the credentials are missing or refused)." : "."));
                }
                long declared = connection.getContentLengthLong();
                if (declared > maxBytes) {
                    connection.disconnect();
                    throw tooLarge(shownUrl, maxBytes, at);
                }
                try (InputStream in = connection.getInputStream()) {
                    return readBounded(in, maxBytes, shownUrl, at);
                }
            } catch (SocketTimeoutException e) {
                connection.disconnect();
                throw new SourceFailure(ProblemCode.SOURCE_UNREACHABLE, at, shownUrl + " did not answer within the "
                        + (e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("connect")
                        ? "connect timeout of " + connectMillis : "read timeout of " + readMillis) + " ms.", true);
            } catch (ConnectException e) {
                throw new SourceFailure(ProblemCode.SOURCE_UNREACHABLE, at, "Could not connect to " + shownUrl
                        + " (connection refused).", true);
            } catch (UnknownHostException e) {
                throw new SourceFailure(ProblemCode.SOURCE_UNREACHABLE, at, "The host of " + shownUrl + " is unknown.", true);
            } catch (IOException e) {
                connection.disconnect();
                throw new SourceFailure(ProblemCode.SOURCE_UNREACHABLE, at, "Reading " + shownUrl + " failed ("
                        + e.getClass().getSimpleName() + ").", true);
            }
        }
    }

    private static URI uri(String url, SourcePosition at) throws SourceFailure {
        try {
            URI uri = new URI(url);
            checkScheme(uri, at);
            return uri;
        } catch (URISyntaxException e) {
            throw new SourceFailure(ProblemCode.SOURCE_URL_REFUSED, at, "The URL is not valid once its placeholders are filled in"
                    + " (an environment variable holds a character a URL may not contain?).");
        }
    }

    private static URI redirect(URI from, String location, String shownUrl, SourcePosition at) throws SourceFailure {
        URI target;
        try {
            target = from.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new SourceFailure(ProblemCode.SOURCE_URL_REFUSED, at, shownUrl + " redirected to an invalid URL.");
        }
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || target.getHost() == null) {
            throw new SourceFailure(ProblemCode.SOURCE_URL_REFUSED, at, shownUrl + " redirected to a " + (scheme.isEmpty() ? "relative"
                    : scheme.length() > 10 ? scheme.substring(0, 10) : scheme) + ": URL; only http and https are followed.");
        }
        return target;
    }

    private static void checkScheme(URI uri, SourcePosition at) throws SourceFailure {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new SourceFailure(ProblemCode.SOURCE_URL_REFUSED, at, "Only http and https URLs with a host are read.");
        }
    }

    private static String origin(URI uri) {
        return (uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort()).toLowerCase(Locale.ROOT);
    }

    private static byte[] readBounded(InputStream in, long maxBytes, String shownUrl, SourcePosition at) throws IOException, SourceFailure {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxBytes) {
                throw tooLarge(shownUrl, maxBytes, at);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static SourceFailure tooLarge(String shownUrl, long maxBytes, SourcePosition at) {
        return new SourceFailure(ProblemCode.RESPONSE_TOO_LARGE, at, "The answer of " + shownUrl + " is larger than " + maxBytes
                + " bytes (max-bytes); it is not read.");
    }

    private static void drain(HttpURLConnection connection) {
        connection.disconnect();
    }
}
