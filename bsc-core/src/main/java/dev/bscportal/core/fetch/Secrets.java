package dev.bscportal.core.fetch;

import java.util.Comparator;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;

import dev.bscportal.core.load.SourceReader;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

/**
 * Resolves the {@code ${env.NAME}} placeholders and settings.xml servers of one source, remembering every value
 * resolved, so that any text leaving the fetch (a problem message, a log line) is passed through
 * {@link #redact(String)} first. One instance per source and fetch.
 */
final class Secrets {

    private final Credentials credentials;
    private final TreeSet<String> values = new TreeSet<>(Comparator.comparingInt(String::length).reversed()
            .thenComparing(Comparator.naturalOrder()));

    Secrets(Credentials credentials) {
        this.credentials = credentials;
    }

    /** {@code text} with each placeholder replaced by its environment variable; a missing variable is BSC183. */
    String resolve(String text, SourcePosition at) throws SourceFailure {
        Matcher m = SourceReader.PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            Optional<String> value = credentials.environment(name);
            if (value.isEmpty() || value.get().isEmpty()) {
                throw new SourceFailure(ProblemCode.MISSING_CREDENTIAL, at, "The environment variable " + name
                        + " is not set (the source file refers to it as ${env." + name + "}).");
            }
            remember(value.get());
            m.appendReplacement(out, Matcher.quoteReplacement(value.get()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The server's credentials from the settings; a server that is not configured is BSC183. */
    Credentials.ServerCredentials server(String id, SourcePosition at) throws SourceFailure {
        Credentials.ServerCredentials found = credentials.server(id).orElseThrow(() -> new SourceFailure(
                ProblemCode.MISSING_CREDENTIAL, at, "There is no server '" + id + "' in the settings (Maven's settings.xml)."));
        remember(found.username());
        remember(found.password());
        return found;
    }

    /** {@code text} with every secret resolved so far (and its URL-encoded form) replaced by ***. */
    String redact(String text) {
        if (text == null) {
            return "";
        }
        String result = text;
        for (String secret : values) {
            result = result.replace(secret, "***");
            String encoded = java.net.URLEncoder.encode(secret, java.nio.charset.StandardCharsets.UTF_8);
            if (!encoded.equals(secret)) {
                result = result.replace(encoded, "***");
            }
        }
        return result;
    }

    /** Secrets of at least 3 characters are redacted; shorter ones would mask ordinary words. */
    private void remember(String value) {
        if (value != null && value.length() >= 3) {
            values.add(value);
        }
    }

    /** The Basic authorization value of {@code user:password}, remembered as a secret too. */
    String basic(String user, String password) {
        String value = java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        remember(value);
        return "Basic " + value;
    }
}
