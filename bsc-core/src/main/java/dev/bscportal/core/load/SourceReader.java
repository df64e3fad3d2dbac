package dev.bscportal.core.load;

import dev.bscportal.core.files.ConfinedFiles;
import dev.bscportal.core.files.PathKind;
import dev.bscportal.core.model.DataSource;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads and checks {@code sources/*.yaml} of the strategy directory (the company scorecard's folder). Only reads
 * files: running a source is {@code dev.bscportal.core.fetch}'s job. A literal password or token is refused
 * (BSC176): credentials come from {@code ${env.NAME}} placeholders or a settings.xml {@code server}.
 */
public final class SourceReader {

    static final Set<String> KEYS = Set.of("type", "url", "query", "measure", "server", "user", "password", "headers",
            "format", "rows", "fields", "connect-timeout", "read-timeout", "retries", "max-bytes", "description");

    /** {@code ${env.NAME}}: the only placeholder a source file may hold. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{env\\.([A-Za-z_][A-Za-z0-9_]{0,127})}");
    private static final Pattern ANY_PLACEHOLDER = Pattern.compile("\\$\\{[^}]*}?");
    /** Names of headers and URL parameters that carry a secret. */
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(authorization|token|secret|passw|pwd|api[-_]?key|apikey|access[-_]?key|cookie|signature|sig|credential).*");
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)(?:^|[?&;:/])((?:[a-z0-9_.-]*)(?:token|secret|passw|pwd|api[-_]?key|apikey|access[-_]?key|signature|sig|credential)[a-z0-9_.-]*)=([^&;]*)");
    private static final long MAX_MAX_BYTES = 512L << 20;

    private final LoadLimits limits;
    private final TextFileReader texts = new TextFileReader();

    public SourceReader() {
        this(LoadLimits.DEFAULTS);
    }

    public SourceReader(LoadLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads every {@code sources/*.yaml} under {@code strategyDirectory}; {@code measureIds} are the company
     * scorecard's measures, which a source's {@code measure} must name.
     */
    public SourceFiles read(Path strategyDirectory, Set<String> measureIds) {
        List<Problem> problems = new ArrayList<>();
        List<DataSource> sources = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        ConfinedFiles files;
        try {
            files = ConfinedFiles.under(strategyDirectory);
        } catch (IOException e) {
            return new SourceFiles(List.of(), List.of(), List.of());
        }
        Path folder = files.root().resolve("sources");
        PathKind folderKind = files.inspect(folder);
        if (!folderKind.is(PathKind.Kind.DIRECTORY)) {
            if (!folderKind.is(PathKind.Kind.MISSING)) {
                problems.add(Problem.of(ProblemCode.NOT_A_FILE, SourcePosition.file("sources"),
                        "'sources' is " + folderKind.describe() + ", not a folder of source files; it is not read.",
                        "Make sources/ a plain folder of .yaml files inside the strategy directory."));
            }
            return new SourceFiles(sources, refused, problems);
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.sorted().toList();
        } catch (IOException e) {
            problems.add(Problem.of(ProblemCode.UNREADABLE_FILE, SourcePosition.file("sources"), "The folder sources/ could not be listed.",
                    "Check the folder's permissions."));
            return new SourceFiles(sources, refused, problems);
        }
        for (Path file : entries) {
            String name = file.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            String relative = "sources/" + name;
            if (!name.endsWith(".yaml")) {
                problems.add(Problem.of(ProblemCode.UNEXPECTED_FILE, SourcePosition.file(relative),
                        "'" + name + "' is not read: sources/ holds .yaml files only."));
                continue;
            }
            List<Problem> own = new ArrayList<>();
            Optional<DataSource> source = readOne(files, file, relative, name.substring(0, name.length() - 5), measureIds, own::add);
            problems.addAll(own);
            if (source.isPresent() && own.stream().noneMatch(Problem::isError)) {
                sources.add(source.get());
            } else {
                refused.add(relative);
            }
        }
        return new SourceFiles(sources, refused, problems);
    }

    /**
     * A {@code sources/} folder in a unit's folder is not read (sources feed the company scorecard's measures and
     * write into its measurements/): a warning each, so that it is not silently ignored.
     */
    public static List<Problem> unitSources(Path strategyDirectory, dev.bscportal.core.model.Strategy strategy) {
        List<Problem> problems = new ArrayList<>();
        for (dev.bscportal.core.model.Scorecard unit : strategy.allScorecards()) {
            if (!unit.directory().isEmpty() && Files.exists(strategyDirectory.resolve(unit.directory()).resolve("sources"),
                    java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                problems.add(Problem.of(ProblemCode.UNEXPECTED_FILE, SourcePosition.file(unit.directory() + "/sources"),
                        "'" + unit.directory() + "/sources' is not read: sources are declared in the strategy directory's sources/"
                                + " only.", "Move the source files to sources/ of the strategy directory; they feed the"
                                + " company scorecard's measures."));
            }
        }
        return problems;
    }

    private Optional<DataSource> readOne(ConfinedFiles files, Path file, String relative, String id, Set<String> measureIds,
                                         Consumer<Problem> report) {
        if (!Fields.ID.matcher(id).matches()) {
            report.accept(Problem.of(ProblemCode.INVALID_ID, SourcePosition.file(relative),
                    "'" + id + "' is not a valid source id (file name); it also names measurements/" + id + ".csv."));
            return Optional.empty();
        }
        Optional<String> text = texts.read(files, file, relative, limits.maxTextFileBytes(), report);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Fields> opened = new YamlReader(limits).parse(text.get(), relative, 0, report)
                .flatMap(node -> Fields.open(node, relative, 0, "a source", KEYS, report));
        if (opened.isEmpty()) {
            if (text.get().isBlank()) {
                report.accept(Problem.of(ProblemCode.MISSING_FIELD, SourcePosition.of(relative, 1), "The source file is empty.",
                        "Write at least 'type' and 'url' (and 'query' for jdbc); docs/sources.md shows examples."));
            }
            return Optional.empty();
        }
        Fields f = opened.get();
        Optional<DataSource.Kind> kind = f.has("type") ? f.choice("type", DataSource.Kind.values()) : missing(f, "type",
                "Write 'type: jdbc' (a SQL query) or 'type: http' (a JSON or CSV document).");
        Optional<String> url = f.has("url") ? f.text("url") : missing(f, "url", "Write the JDBC URL or the http(s) URL to read.");
        Optional<String> query = f.text("query");
        Optional<String> measure = f.text("measure");
        Optional<String> server = f.text("server");
        Optional<String> user = f.text("user");
        Optional<String> password = f.text("password");
        Map<String, String> headers = headers(f);
        Optional<DataSource.Format> format = f.has("format") ? f.choice("format", DataSource.Format.values()) : Optional.of(DataSource.Format.JSON);
        String rows = pointer(f, "rows", f.text("rows").orElse(""), f.at("rows"));
        Map<String, String> fields = fields(f);
        DataSource.SourceLimits sourceLimits = new DataSource.SourceLimits(
                seconds(f, "connect-timeout"), seconds(f, "read-timeout"), count(f, "retries"), bytes(f));

        kind.ifPresent(k -> {
            if (k == DataSource.Kind.JDBC && query.isEmpty()) {
                missing(f, "query", "Write the SQL query; it returns the columns measure, period, value[, note] "
                        + "(or period, value[, note] with 'measure:').");
            }
            if (k == DataSource.Kind.HTTP && query.isPresent()) {
                report.accept(Problem.of(ProblemCode.UNKNOWN_KEY, f.at("query"), "'query' belongs to a jdbc source; this one is http.",
                        "Remove 'query', or write 'type: jdbc'."));
            }
        });
        measure.ifPresent(m -> {
            if (!measureIds.contains(m)) {
                report.accept(Problem.of(ProblemCode.UNKNOWN_MEASURE, f.at("measure"), "The source feeds the measure '" + m
                        + "', which the company scorecard does not have." + Suggestions.didYouMean(m, measureIds)));
            }
        });
        if (server.isPresent() && (user.isPresent() || password.isPresent())) {
            report.accept(Problem.of(ProblemCode.INVALID_VALUE, f.at("server"),
                    "Give either 'server' (credentials from settings.xml) or 'user'/'password', not both.",
                    "Remove 'user' and 'password' when 'server' names the settings.xml entry."));
        }
        password.ifPresent(p -> {
            if (p.isEmpty() || !PLACEHOLDER.matcher(p).replaceAll("").isEmpty()) {
                report.accept(Problem.of(ProblemCode.LITERAL_SECRET, f.at("password"),
                        "The password is written into the source file; a password may only be ${env.NAME}."));
            }
        });
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (SECRET_NAME.matcher(header.getKey()).matches() && !PLACEHOLDER.matcher(header.getValue()).find()) {
                report.accept(Problem.of(ProblemCode.LITERAL_SECRET, f.at("headers"), "The header '" + header.getKey()
                        + "' carries a secret written into the source file; write its value with ${env.NAME}."));
            }
        }
        url.ifPresent(u -> kind.ifPresent(k -> checkUrl(k, u, f.at("url"), report)));
        for (String key : List.of("url", "query", "user", "password", "server", "measure")) {
            f.text(key).ifPresent(value -> checkPlaceholders(key, value, f.at(key), report));
        }
        headers.forEach((name, value) -> checkPlaceholders("headers", value, f.at("headers"), report));
        if (kind.isEmpty() || url.isEmpty() || format.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DataSource(id, relative, kind.get(), url.get(), query, measure, server, user, password, headers,
                format.get(), rows, fields, sourceLimits, f.origin()));
    }

    private static <T> Optional<T> missing(Fields f, String key, String hint) {
        f.report().accept(Problem.of(ProblemCode.MISSING_FIELD, f.at(), "The source has no '" + key + "'.", hint));
        return Optional.empty();
    }

    private static void checkUrl(DataSource.Kind kind, String url, SourcePosition at, Consumer<Problem> report) {
        String plain = PLACEHOLDER.matcher(url).replaceAll("x");
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
                if (userInfo != null && userInfo.contains(":") && !PLACEHOLDER.matcher(url).find()) {
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
            if (!PLACEHOLDER.matcher(parameter.group(2)).find() && !parameter.group(2).isEmpty()) {
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

    private static void checkPlaceholders(String key, String value, SourcePosition at, Consumer<Problem> report) {
        Matcher any = ANY_PLACEHOLDER.matcher(value);
        while (any.find()) {
            if (!PLACEHOLDER.matcher(any.group()).matches()) {
                report.accept(Problem.of(ProblemCode.INVALID_VALUE, at, "'" + key + "' holds a placeholder that is not ${env.NAME}.",
                        "Write environment variables as ${env.NAME} (letters, digits, _); settings.xml credentials come with 'server: <id>'."));
                return;
            }
        }
    }

    private static Map<String, String> headers(Fields f) {
        Map<String, String> headers = new TreeMap<>();
        Optional<Node> node = f.node("headers");
        if (node.isEmpty()) {
            return headers;
        }
        if (!(node.get() instanceof MappingNode map)) {
            f.report().accept(Problem.of(ProblemCode.WRONG_TYPE, f.at("headers"), "'headers' must be a map of header names and values."));
            return headers;
        }
        for (NodeTuple tuple : map.getValue()) {
            SourcePosition at = YamlReader.position(tuple.getKeyNode(), f.file(), 0);
            if (tuple.getKeyNode() instanceof ScalarNode key && tuple.getValueNode() instanceof ScalarNode value
                    && key.getValue().matches("[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}")
                    && value.getValue().chars().noneMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
                headers.put(key.getValue(), value.getValue().strip());
            } else {
                f.report().accept(Problem.of(ProblemCode.INVALID_VALUE, at, "A header is a name (letters, digits, -) and a one-line text value.",
                        "Write headers as 'Accept: application/json' lines under 'headers:'."));
            }
        }
        return headers;
    }

    private static Map<String, String> fields(Fields f) {
        Map<String, String> fields = new TreeMap<>();
        Optional<Node> node = f.node("fields");
        if (node.isEmpty()) {
            return fields;
        }
        if (!(node.get() instanceof MappingNode map)) {
            f.report().accept(Problem.of(ProblemCode.WRONG_TYPE, f.at("fields"),
                    "'fields' must be a map from measure, period, value, note to a JSON pointer."));
            return fields;
        }
        for (NodeTuple tuple : map.getValue()) {
            SourcePosition at = YamlReader.position(tuple.getKeyNode(), f.file(), 0);
            String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
            if (!DataSource.ROW_FIELDS.contains(key)) {
                f.report().accept(Problem.of(ProblemCode.UNKNOWN_KEY, at, "Unknown field '" + key + "' under 'fields'.",
                        "Allowed: measure, period, value, note."));
            } else if (tuple.getValueNode() instanceof ScalarNode value) {
                fields.put(key, pointer(f, "fields", value.getValue(), at));
            } else {
                f.report().accept(Problem.of(ProblemCode.WRONG_TYPE, at, "The field '" + key + "' needs a JSON pointer such as /value."));
            }
        }
        return fields;
    }

    /** Checks RFC 6901 syntax: empty, or '/'-separated tokens in which '~' is followed by 0 or 1. */
    private static String pointer(Fields f, String key, String text, SourcePosition at) {
        if (!text.isEmpty() && (!text.startsWith("/") || !text.matches("(/([^~]|~[01])*)+"))) {
            f.report().accept(Problem.of(ProblemCode.INVALID_VALUE, at, "'" + text + "' is not a JSON pointer.",
                    "Write a JSON pointer (RFC 6901): /data/items for {\"data\": {\"items\": [...]}}, /0/value for the first"
                            + " element's value; ~1 stands for / and ~0 for ~ in a name."));
        }
        return text;
    }

    private static long seconds(Fields f, String key) {
        OptionalDouble value = f.number(key);
        if (value.isEmpty()) {
            return 0;
        }
        if (value.getAsDouble() <= 0 || value.getAsDouble() > 600) {
            f.report().accept(Problem.of(ProblemCode.INVALID_VALUE, f.at(key), "'" + key + "' is in seconds, more than 0 and at most 600.",
                    "Write e.g. " + key + ": 30"));
            return 0;
        }
        return Math.round(value.getAsDouble() * 1000);
    }

    private static int count(Fields f, String key) {
        OptionalDouble value = f.number(key);
        if (value.isEmpty()) {
            return -1;
        }
        double v = value.getAsDouble();
        if (v < 0 || v > 10 || v != Math.rint(v)) {
            f.report().accept(Problem.of(ProblemCode.INVALID_VALUE, f.at(key), "'retries' is a whole number from 0 to 10.",
                    "Write e.g. retries: 3"));
            return -1;
        }
        return (int) v;
    }

    private static long bytes(Fields f) {
        OptionalDouble value = f.number("max-bytes");
        if (value.isEmpty()) {
            return 0;
        }
        double v = value.getAsDouble();
        if (v < 1 || v > MAX_MAX_BYTES || v != Math.rint(v)) {
            f.report().accept(Problem.of(ProblemCode.INVALID_VALUE, f.at("max-bytes"), "'max-bytes' is a whole number of bytes from 1 to "
                    + MAX_MAX_BYTES + ".", "Write e.g. max-bytes: 10000000"));
            return 0;
        }
        return (long) v;
    }
}
