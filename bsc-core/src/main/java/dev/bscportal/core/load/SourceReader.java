package dev.bscportal.core.load;

import dev.bscportal.core.files.ConfinedFiles;
import dev.bscportal.core.files.PathKind;
import dev.bscportal.core.model.DataSource;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
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
        Map<String, String> headers = SourceMaps.headers(f);
        Optional<DataSource.Format> format = f.has("format") ? f.choice("format", DataSource.Format.values()) : Optional.of(DataSource.Format.JSON);
        String rows = SourceMaps.pointer(f, "rows", f.text("rows").orElse(""), f.at("rows"));
        Map<String, String> fields = SourceMaps.fields(f);
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
            if (SourceChecks.SECRET_NAME.matcher(header.getKey()).matches() && !PLACEHOLDER.matcher(header.getValue()).find()) {
                report.accept(Problem.of(ProblemCode.LITERAL_SECRET, f.at("headers"), "The header '" + header.getKey()
                        + "' carries a secret written into the source file; write its value with ${env.NAME}."));
            }
        }
        url.ifPresent(u -> kind.ifPresent(k -> SourceChecks.url(k, u, f.at("url"), report)));
        for (String key : List.of("url", "query", "user", "password", "server", "measure")) {
            f.text(key).ifPresent(value -> SourceChecks.placeholders(key, value, f.at(key), report));
        }
        headers.forEach((name, value) -> SourceChecks.placeholders("headers", value, f.at("headers"), report));
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
