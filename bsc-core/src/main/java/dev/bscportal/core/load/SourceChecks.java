package dev.bscportal.core.load;

import dev.bscportal.core.model.DataSource;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of a source's texts (sources/*.yaml): a URL of a scheme and shape its kind may use, no literal password
 * or token in a URL, and no placeholder other than {@code ${env.NAME}} (BSC176 and the codes of a wrong value).
 */
final class SourceChecks {

    private static final Pattern ANY_PLACEHOLDER = Pattern.compile("\\$\\{[^}]*}?");
    /** Names of headers and URL parameters that carry a secret. */
    static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(authorization|token|secret|passw|pwd|api[-_]?key|apikey|access[-_]?key|cookie|signature|sig|credential).*");
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)(?:^|[?&;:/])((?:[a-z0-9_.-]*)(?:token|secret|passw|pwd|api[-_]?key|apikey|access[-_]?key|signature|sig|credential)[a-z0-9_.-]*)=([^&;]*)");

    private SourceChecks() {
    }

    static void url(DataSource.Kind kind, String url, SourcePosition at, Consumer<Problem> report) {
        String plain = SourceReader.PLACEHOLDER.matcher(url).replaceAll("x");
        if (url.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            report.accept(Problem.of(ProblemCode.SOURCE_URL_REFUSED, at, "The URL holds a control character (a line break?)."));
            return;
        }
        if (kind == DataSource.Kind.JDBC) {
            if (!plain.toLowerCase(Locale.ROOT).startsWith("jdbc:")) {
                report.accept(Problem.of(ProblemCode.SOURCE_URL_REFUSED, at, "A jdbc source needs a URL starting with 'jdbc:', not '"
                        + scheme(plain) + "'."));
            }
        } else {
            try {
                URI uri = new URI(plain);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                    report.accept(Problem.of(ProblemCode.SOURCE_URL_REFUSED, at, "An http source reads http:// and https:// URLs with"
                            + " a host only, not '" + scheme(plain) + "'."));
                    return;
                }
                String userInfo = uri.getRawUserInfo();
                if (userInfo != null && userInfo.contains(":") && !SourceReader.PLACEHOLDER.matcher(url).find()) {
                    report.accept(Problem.of(ProblemCode.LITERAL_SECRET, at, "The URL holds a password (user:password@host)."));
                }
            } catch (URISyntaxException e) {
                report.accept(Problem.of(ProblemCode.SOURCE_URL_REFUSED, at, "The URL is not a valid URL: " + e.getReason() + ".",
                        "Write a URL such as https://api.example.com/kpi?year=2026 (spaces as %20)."));
                return;
            }
        }
        Matcher parameter = SECRET_PARAMETER.matcher(url);
        while (parameter.find()) {
            if (!SourceReader.PLACEHOLDER.matcher(parameter.group(2)).find() && !parameter.group(2).isEmpty()) {
                report.accept(Problem.of(ProblemCode.LITERAL_SECRET, at, "The URL parameter '" + parameter.group(1)
                        + "' carries a secret written into the source file; write its value as ${env.NAME}."));
            }
        }
    }

    private static String scheme(String url) {
        int colon = url.indexOf(':');
        String scheme = colon < 0 ? url : url.substring(0, colon + 1);
        return scheme.length() > 20 ? scheme.substring(0, 20) + "..." : scheme;
    }

    static void placeholders(String key, String value, SourcePosition at, Consumer<Problem> report) {
        Matcher any = ANY_PLACEHOLDER.matcher(value);
        while (any.find()) {
            if (!SourceReader.PLACEHOLDER.matcher(any.group()).matches()) {
                report.accept(Problem.of(ProblemCode.INVALID_VALUE, at, "'" + key + "' holds a placeholder that is not ${env.NAME}.",
                        "Write environment variables as ${env.NAME} (letters, digits, _); settings.xml credentials come with 'server: <id>'."));
                return;
            }
        }
    }
}
