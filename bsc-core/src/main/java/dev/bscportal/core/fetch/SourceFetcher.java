package dev.bscportal.core.fetch;

import dev.bscportal.core.load.LoadResult;
import dev.bscportal.core.load.SourceFiles;
import dev.bscportal.core.load.SourceReader;
import dev.bscportal.core.load.StrategyLoader;
import dev.bscportal.core.model.DataSource;
import dev.bscportal.core.model.Frequency;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs every source of a strategy directory and writes {@code measurements/<source>.csv} for each one that
 * succeeds; a failing source leaves its previous file as it was and the others still update. Sources run one after
 * the other, in file-name order. Every message it gives is free of the credentials it resolved.
 */
public final class SourceFetcher {

    private final Credentials credentials;
    private final FetchSettings settings;
    private final Consumer<String> progress;
    private final Sleeper sleeper;

    /** Pauses between attempts; tests may pass a recording one. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    public SourceFetcher(Credentials credentials, FetchSettings settings, Consumer<String> progress) {
        this(credentials, settings, progress, Thread::sleep);
    }

    public SourceFetcher(Credentials credentials, FetchSettings settings, Consumer<String> progress, Sleeper sleeper) {
        this.credentials = credentials;
        this.settings = settings;
        this.progress = progress;
        this.sleeper = sleeper;
    }

    /** Fetches every source under {@code strategyDirectory}/sources. */
    public FetchReport fetch(Path strategyDirectory) {
        LoadResult loaded = new StrategyLoader().load(strategyDirectory);
        if (loaded.strategy().isEmpty()) {
            List<Problem> errors = loaded.problems().stream().filter(Problem::isError).toList();
            return new FetchReport(List.of(), errors.isEmpty() ? List.of(Problem.of(ProblemCode.MISSING_STRATEGY,
                    SourcePosition.file("strategy.yaml"), "The strategy could not be read, so its sources are not fetched.")) : errors);
        }
        Map<String, Frequency> frequencies = new LinkedHashMap<>();
        for (Measure measure : loaded.strategy().get().company().measures()) {
            frequencies.put(measure.id(), measure.frequency());
        }
        SourceFiles files = new SourceReader().read(strategyDirectory, frequencies.keySet());
        List<SourceOutcome> outcomes = new ArrayList<>();
        for (DataSource source : files.sources()) {
            outcomes.add(fetchOne(strategyDirectory, source, frequencies));
        }
        for (String refused : files.refused()) {
            progress.accept(refused + ": not fetched, the source file has errors");
        }
        return new FetchReport(outcomes, files.problems().stream().filter(Problem::isError).toList());
    }

    private SourceOutcome fetchOne(Path strategyDirectory, DataSource source, Map<String, Frequency> frequencies) {
        String csv = "measurements/" + source.id() + ".csv";
        Secrets secrets = new Secrets(credentials);
        int attempts = 0;
        int allowed = 1 + (source.limits().retries() >= 0 ? source.limits().retries() : settings.retries());
        while (true) {
            attempts++;
            try {
                List<FetchedRow> rows = rows(source, secrets);
                String text = MeasurementCsv.write(rows, frequencies, dataAt(source));
                boolean changed;
                try {
                    changed = AtomicFile.replace(strategyDirectory.resolve("measurements").resolve(source.id() + ".csv"), text);
                } catch (IOException e) {
                    throw new SourceFailure(ProblemCode.FETCH_NOT_WRITTEN, source.at("type"), csv + " could not be written ("
                            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").", false);
                }
                int values = (int) text.chars().filter(c -> c == '\n').count() - 1;
                progress.accept(source.file() + ": " + (changed ? "updated " : "unchanged ") + csv + " (" + values + " values)");
                return new SourceOutcome(source.id(), csv, changed ? SourceOutcome.State.UPDATED : SourceOutcome.State.UNCHANGED,
                        values, attempts, Optional.empty());
            } catch (SourceFailure failure) {
                if (failure.retryable() && attempts < allowed) {
                    long pause = settings.backoffBefore(attempts);
                    progress.accept(source.file() + ": attempt " + attempts + " failed (" + secrets.redact(failure.getMessage())
                            + "); trying again in " + pause + " ms");
                    try {
                        sleeper.sleep(pause);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return failed(source, csv, attempts, failure, secrets);
                    }
                    continue;
                }
                return failed(source, csv, attempts, failure, secrets);
            } catch (RuntimeException unexpected) {
                // a defect in a driver or library: the user still gets a problem, never a trace
                return failed(source, csv, attempts, new SourceFailure(ProblemCode.QUERY_FAILED, source.at("url"),
                        "Fetching the source failed unexpectedly (" + unexpected.getClass().getSimpleName() + ").", false), secrets);
            }
        }
    }

    private SourceOutcome failed(DataSource source, String csv, int attempts, SourceFailure failure, Secrets secrets) {
        String message = secrets.redact(failure.getMessage()) + (attempts > 1 ? " (" + attempts + " attempts)" : "")
                + " " + csv + " is left as it was.";
        Problem problem = Problem.of(failure.code(), failure.position(), message, secrets.redact(failure.hint()));
        progress.accept(source.file() + ": failed (" + failure.code().code() + ", see the error below); " + csv + " kept");
        return new SourceOutcome(source.id(), csv, SourceOutcome.State.FAILED, 0, attempts, Optional.of(problem));
    }

    private List<FetchedRow> rows(DataSource source, Secrets secrets) throws SourceFailure {
        long connect = source.limits().connectTimeoutMillis() > 0 ? source.limits().connectTimeoutMillis() : settings.connectTimeoutMillis();
        long read = source.limits().readTimeoutMillis() > 0 ? source.limits().readTimeoutMillis() : settings.readTimeoutMillis();
        long maxBytes = source.limits().maxBytes() > 0 ? source.limits().maxBytes() : settings.maxBytes();
        String user = "";
        String password = "";
        if (source.server().isPresent()) {
            Credentials.ServerCredentials server = secrets.server(source.server().get(), source.at("server"));
            user = server.username();
            password = server.password();
        } else {
            if (source.user().isPresent()) {
                user = secrets.resolve(source.user().get(), source.at("user"));
            }
            if (source.password().isPresent()) {
                password = secrets.resolve(source.password().get(), source.at("password"));
            }
        }
        String url = secrets.resolve(source.url(), source.at("url"));
        if (source.kind() == DataSource.Kind.JDBC) {
            return JdbcRows.read(new JdbcRows.Query(url, source.url(), source.query().orElse(""), source.measure(), user, password,
                    connect, read, settings.maxRows()), source.at("url"), source.at("query"));
        }
        Map<String, String> headers = new HashMap<>();
        for (Map.Entry<String, String> header : source.headers().entrySet()) {
            headers.put(header.getKey(), secrets.resolve(header.getValue(), source.at("headers")));
        }
        String authorization = user.isEmpty() && password.isEmpty() ? null : secrets.basic(user, password);
        byte[] body = HttpDocument.get(url, source.url(), headers, authorization, connect, read, maxBytes, settings.maxRedirects(),
                source.at("url"));
        return source.format() == DataSource.Format.CSV ? CsvRows.read(body, source, dataAt(source)) : JsonRows.read(body, source, dataAt(source));
    }

    /** Where a problem with the data a source returned is reported: its query, rows or url line. */
    private static SourcePosition dataAt(DataSource source) {
        return source.kind() == DataSource.Kind.JDBC ? source.at("query") : source.at(source.origin().fields().containsKey("rows") ? "rows" : "url");
    }
}
