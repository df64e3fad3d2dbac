package dev.bscportal.core.fetch;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.fetch.LocalHttpServer.Answer;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * bsc:fetch against a real HTTP server on a loopback port: JSON and CSV answers, slow, failing, refused, malformed,
 * huge and redirecting ones. No mocks: the fetcher opens real connections; only the pauses between attempts are
 * recorded instead of slept.
 */
class SourceFetcherHttpTest {

    private static final String PREVIOUS = "measure,period,value,note\nnps,2026-07,1,\n";

    @TempDir
    Path dir;

    private LocalHttpServer server;
    private StrategyDir strategy;
    private final List<String> log = new ArrayList<>();
    private final List<Long> pauses = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new LocalHttpServer();
        strategy = StrategyDir.valid(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private FetchReport fetch(Credentials credentials) {
        FetchSettings fast = new FetchSettings(2_000, 2_000, 3, 100, 1 << 20, 5, 1_000);
        return new SourceFetcher(credentials, fast, log::add, pauses::add).fetch(dir);
    }

    private FetchReport fetch() {
        return fetch(Credentials.of(Map.of(), Map.of()));
    }

    private String csv(String source) throws IOException {
        return Files.readString(dir.resolve("measurements/" + source + ".csv"));
    }

    private SourceOutcome outcome(FetchReport report, String source) {
        return report.outcomes().stream().filter(o -> o.source().equals(source)).findFirst().orElseThrow();
    }

    private void jsonSource(String id, String path, String extra) {
        strategy.write("sources/" + id + ".yaml", "type: http\nurl: " + server.url(path) + "\n" + extra);
    }

    @Test
    void jsonRowsAreWrittenSortedInShortestNumberFormAndReadByTheBuild() throws IOException {
        // given an API answering rows out of order, with numbers written in several forms
        server.answer("/kpi", Answer.json("""
                {"data": {"items": [
                  {"kpi": "revenue", "month": "2026-11", "amount": 1.10E2, "comment": "two\\nlines"},
                  {"kpi": "nps", "month": "2026-10", "amount": 33.50},
                  {"kpi": "revenue", "month": "2026-10", "amount": 108},
                  {"kpi": "nps", "month": "2026-11", "amount": null}
                ]}}"""));
        jsonSource("finance-api", "/kpi", """
                rows: /data/items
                fields:
                  measure: /kpi
                  period: /month
                  value: /amount
                  note: /comment
                """);
        // when fetched
        FetchReport report = fetch();
        // then the file is sorted by measure and period, numbers are plain and shortest, the note is one line,
        // and the null value (no data yet) is left out
        assertTrue(report.succeeded(), report.errors().toString());
        assertEquals("""
                measure,period,value,note
                nps,2026-10,33.5,
                revenue,2026-10,108,
                revenue,2026-11,110,two lines
                """, csv("finance-api"));
        assertEquals(SourceOutcome.State.UPDATED, outcome(report, "finance-api").state());
        // and the build reads it without a problem and with its values
        CheckResult checked = strategy.check();
        assertEquals(List.of(), checked.errors(), checked.problems().toString());
        assertTrue(checked.strategy().orElseThrow().company().measurements().stream()
                .anyMatch(m -> m.measure().equals("revenue") && m.period().toString().equals("2026-11") && m.value() == 110.0));
    }

    @Test
    void fetchingUnchangedDataTwiceGivesTheSameBytesAndLeavesTheFileAlone() throws IOException {
        // given a source fetched once
        server.answer("/nps.csv", Answer.csv("period,value\n2026-11,35\n2026-10,34.0\n"));
        jsonSource("nps-survey", "/nps.csv", "format: csv\nmeasure: nps\n");
        assertTrue(fetch().succeeded());
        byte[] first = Files.readAllBytes(dir.resolve("measurements/nps-survey.csv"));
        var modified = Files.getLastModifiedTime(dir.resolve("measurements/nps-survey.csv"));
        // when the same data is served in another order and number form and fetched again
        server.answer("/nps.csv", Answer.csv("value,period\n34,2026-10\n35.00,2026-11\n"));
        FetchReport again = fetch();
        // then the file is byte-identical and was not rewritten (a zero git diff)
        assertEquals(SourceOutcome.State.UNCHANGED, outcome(again, "nps-survey").state());
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("measurements/nps-survey.csv")));
        assertEquals(modified, Files.getLastModifiedTime(dir.resolve("measurements/nps-survey.csv")));
        assertEquals("measure,period,value,note\nnps,2026-10,34,\nnps,2026-11,35,\n", new String(first, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aServerErrorIsRetriedWithDoublingPausesUntilItSucceeds() throws IOException {
        // given a server that fails twice with 500, 503 and then answers
        server.answer("/flaky", Answer.status(500), Answer.status(503), Answer.json("[{\"measure\":\"nps\",\"period\":\"2026-10\",\"value\":40}]"));
        jsonSource("flaky", "/flaky", "");
        // when fetched
        FetchReport report = fetch();
        // then it took three requests, paused 100 then 200 ms, and wrote the values
        assertTrue(report.succeeded(), report.errors().toString());
        assertEquals(3, server.requests("/flaky"));
        assertEquals(List.of(100L, 200L), pauses);
        assertEquals(3, outcome(report, "flaky").attempts());
        assertTrue(csv("flaky").contains("nps,2026-10,40,"));
    }

    @Test
    void retriesAreBoundedAndAPersistentServerErrorFailsWithItsFileAndLine() throws IOException {
        // given a server that always answers 502 and a source allowing 2 retries
        server.answer("/down", Answer.status(502));
        jsonSource("down", "/down", "retries: 2\n");
        strategy.write("measurements/down.csv", PREVIOUS);
        // when fetched
        FetchReport report = fetch();
        // then it tried 3 times and failed with BSC179 at the url line, the previous file untouched
        assertEquals(3, server.requests("/down"));
        Problem problem = outcome(report, "down").problem().orElseThrow();
        assertEquals("sources/down.yaml:2: BSC179", problem.position() + ": " + problem.code().code());
        assertTrue(problem.message().contains("HTTP 502") && problem.message().contains("3 attempts"), problem.message());
        assertEquals(PREVIOUS, csv("down"));
        assertFalse(report.succeeded());
    }

    @ParameterizedTest(name = "HTTP {0} is not retried")
    @CsvSource({"404", "400", "401", "403", "410"})
    void aClientErrorIsNotRetried(int status) {
        // given a server answering a 4xx
        server.answer("/gone", Answer.status(status));
        jsonSource("gone", "/gone", "");
        // when fetched
        FetchReport report = fetch();
        // then one request only, BSC179
        assertEquals(1, server.requests("/gone"));
        assertEquals("BSC179", outcome(report, "gone").problem().orElseThrow().code().code());
        assertEquals(List.of(), pauses);
    }

    @Test
    void aFailingSourceKeepsItsPreviousFileWhileAnotherSourceUpdates() throws IOException {
        // given two sources, one of them broken, each with a previous file
        server.answer("/good", Answer.json("[{\"measure\":\"revenue\",\"period\":\"2026-10\",\"value\":101}]"));
        server.answer("/bad", Answer.status(404));
        jsonSource("good", "/good", "");
        jsonSource("bad", "/bad", "");
        strategy.write("measurements/bad.csv", PREVIOUS);
        strategy.write("measurements/good.csv", "measure,period,value,note\nrevenue,2026-10,99,\n");
        Files.setPosixFilePermissions(dir.resolve("measurements/good.csv"), java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        byte[] before = Files.readAllBytes(dir.resolve("measurements/bad.csv"));
        // when fetched
        FetchReport report = fetch();
        // then the good one updated, the bad one is byte-identical, and the fetch as a whole failed naming it
        assertEquals(SourceOutcome.State.UPDATED, outcome(report, "good").state());
        assertEquals("measure,period,value,note\nrevenue,2026-10,101,\n", csv("good"));
        assertEquals("rw-rw-r--", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("measurements/good.csv"))), "the replaced file keeps its mode");
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("measurements/bad.csv")));
        assertEquals(List.of("sources/bad.yaml:2"), report.errors().stream().map(p -> p.position().toString()).toList());
        // and no temporary file is left behind
        try (Stream<Path> files = Files.list(dir.resolve("measurements"))) {
            assertEquals(List.of("actuals.csv", "bad.csv", "good.csv"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aSlowServerTimesOutAndIsRetriedThenFails() throws IOException {
        // given a server that takes 3 s to answer and a source with a read timeout of 0.3 s and one retry
        server.answer("/slow", Answer.json("[]").delayed(3_000));
        jsonSource("slow", "/slow", "read-timeout: 0.3\nretries: 1\n");
        strategy.write("measurements/slow.csv", PREVIOUS);
        // when fetched
        FetchReport report = fetch();
        // then BSC178 after 2 attempts, the previous file untouched
        Problem problem = outcome(report, "slow").problem().orElseThrow();
        assertEquals("BSC178", problem.code().code());
        assertTrue(problem.message().contains("read timeout of 300 ms"), problem.message());
        assertEquals(2, outcome(report, "slow").attempts());
        assertEquals(PREVIOUS, csv("slow"));
    }

    @Test
    void aRefusedConnectionIsRetriedThenFails() throws IOException {
        // given a port nothing listens on
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        strategy.write("sources/nobody.yaml", "type: http\nurl: http://127.0.0.1:" + port + "/kpi\nretries: 2\n");
        // when fetched
        FetchReport report = fetch();
        // then BSC178 at the url line after 3 attempts
        Problem problem = outcome(report, "nobody").problem().orElseThrow();
        assertEquals("BSC178 sources/nobody.yaml:2", problem.code().code() + " " + problem.position());
        assertEquals(3, outcome(report, "nobody").attempts());
        assertEquals(List.of(100L, 200L), pauses);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not JSON | {\"data\": [1, 2 | BSC181 | not valid JSON",
            "trailing garbage | [] x | BSC181 | not valid JSON",
            "rows missing | {\"other\": []} | BSC181 | /data is missing",
            "rows not an array | {\"data\": {\"a\": 1}} | BSC181 | not an array",
            "value is an object | {\"data\": [{\"measure\":\"nps\",\"period\":\"2026-10\",\"value\":{\"x\":1}}]} | BSC181 | an object at /value",
            "period missing | {\"data\": [{\"measure\":\"nps\",\"value\":3}]} | BSC181 | no value at /period",
            "empty answer | {\"data\": []} | BSC181 | no values",
            "value with a unit | {\"data\": [{\"measure\":\"nps\",\"period\":\"2026-10\",\"value\":\"12 %\"}]} | BSC182 | not a plain finite number",
            "value too large | {\"data\": [{\"measure\":\"nps\",\"period\":\"2026-10\",\"value\":1e300}]} | BSC182 | not a plain finite number",
            "unknown measure | {\"data\": [{\"measure\":\"churn\",\"period\":\"2026-10\",\"value\":3}]} | BSC182 | 'churn'",
            "malformed period | {\"data\": [{\"measure\":\"nps\",\"period\":\"Oct 2026\",\"value\":3}]} | BSC182 | 'Oct 2026'",
            "period coarser than the measure | {\"data\": [{\"measure\":\"nps\",\"period\":\"2026-Q4\",\"value\":3}]} | BSC182 | is monthly",
            "duplicate | {\"data\": [{\"measure\":\"nps\",\"period\":\"2026-10\",\"value\":3},{\"measure\":\"nps\",\"period\":\"2026-10\",\"value\":4}]} | BSC182 | second value",
            "duplicate key | {\"data\": [], \"data\": []} | BSC181 | not valid JSON",
            "exponent of 17 digits | {\"data\": [{\"measure\":\"nps\",\"period\":\"2026-10\",\"value\":770E77777777777777}]} | BSC181 | could not be read as JSON",
            "tiny number written huge | {\"data\": [{\"measure\":\"nps\",\"period\":\"2026-10\",\"value\":1E-900000000}]} | BSC182 | at most 20 decimal places",
            "tiny number as text | {\"data\": [{\"measure\":\"nps\",\"period\":\"2026-10\",\"value\":\"1e-21\"}]} | BSC182 | at most 20 decimal places",
            "number longer than 100 digits | {\"data\": [{\"measure\":\"nps\",\"period\":\"2026-10\",\"value\":1.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000}]} | BSC181 | not valid JSON",
    })
    void aMalformedAnswerFailsItsSourceAndKeepsThePreviousFile(String what, String body, String code, String says) throws IOException {
        // given a source whose answer is malformed in one way
        server.answer("/api", Answer.json(body));
        jsonSource("api", "/api", "rows: /data\n");
        strategy.write("measurements/api.csv", PREVIOUS);
        // when fetched
        FetchReport report = fetch();
        // then the source fails with the code at the rows line, saying what is wrong, and the file is untouched
        Problem problem = outcome(report, "api").problem().orElseThrow();
        assertEquals(code + " sources/api.yaml:3", problem.code().code() + " " + problem.position(), problem.message());
        assertTrue(problem.message().contains(says), what + ": " + problem.message());
        assertEquals(PREVIOUS, csv("api"));
        assertEquals(1, server.requests("/api"), "a malformed answer is not retried");
    }

    @Test
    void aRefusedValueNamesItsRowAndTheWholeSourceFails() throws IOException {
        // given an answer whose second row is for a measure the strategy does not have
        server.answer("/rows", Answer.json("[{\"measure\":\"nps\",\"period\":\"2026-10\",\"value\":3},"
                + "{\"measure\":\"churn\",\"period\":\"2026-10\",\"value\":4}]"));
        jsonSource("rows", "/rows", "");
        // when fetched
        FetchReport report = fetch();
        // then BSC182 names row 2 and no file is written (a partial file would hide the fault)
        Problem problem = outcome(report, "rows").problem().orElseThrow();
        assertEquals("BSC182 sources/rows.yaml:2", problem.code().code() + " " + problem.position());
        assertTrue(problem.message().startsWith("Row 2 of the source's answer"), problem.message());
        assertFalse(Files.exists(dir.resolve("measurements/rows.csv")));
    }

    @Test
    void aCsvThatCannotBeReplacedFailsItsSourceAndLeavesWhatIsThere() throws IOException {
        // given a source whose CSV path is taken by a folder, and a source whose CSV is a symbolic link
        server.answer("/ok", Answer.json("[{\"measure\":\"nps\",\"period\":\"2026-10\",\"value\":3}]"));
        jsonSource("folder", "/ok", "");
        jsonSource("linked", "/ok", "");
        Files.createDirectories(dir.resolve("measurements/folder.csv"));
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "keep me");
        Files.createSymbolicLink(dir.resolve("measurements/linked.csv"), elsewhere);
        // when fetched
        FetchReport report = fetch();
        // then BSC185 for each, and neither the folder nor the link's target is touched
        assertEquals(List.of("BSC185 sources/folder.yaml:1", "BSC185 sources/linked.yaml:1"),
                report.errors().stream().map(p -> p.code().code() + " " + p.position()).toList());
        assertTrue(Files.isDirectory(dir.resolve("measurements/folder.csv")));
        assertEquals("keep me", Files.readString(elsewhere));
    }

    @Test
    void aMalformedCsvAnswerFailsItsSource() throws IOException {
        // given CSV answers without the needed columns, with an unclosed quote, and not UTF-8
        server.answer("/a.csv", Answer.csv("when,amount\n2026-10,3\n"));
        server.answer("/b.csv", Answer.csv("measure,period,value\nnps,2026-10,\"3\n"));
        server.answer("/c.csv", new Answer(200, "text/csv", new byte[] {'p', 'e', (byte) 0xff, '\n'}, Map.of(), 0));
        jsonSource("a", "/a.csv", "format: csv\n");
        jsonSource("b", "/b.csv", "format: csv\n");
        jsonSource("c", "/c.csv", "format: csv\n");
        // when fetched
        FetchReport report = fetch();
        // then each fails with BSC181 and says why
        assertTrue(outcome(report, "a").problem().orElseThrow().message().contains("no column 'measure'"));
        assertTrue(outcome(report, "b").problem().orElseThrow().message().contains("not valid CSV"));
        assertTrue(outcome(report, "c").problem().orElseThrow().message().contains("not UTF-8"));
        assertEquals(List.of("BSC181 sources/a.yaml:2", "BSC181 sources/b.yaml:2", "BSC181 sources/c.yaml:2"),
                report.errors().stream().map(p -> p.code().code() + " " + p.position()).toList());
    }

    @Test
    void aHugeAnswerIsRefusedWhetherItsSizeIsDeclaredOrNot() throws IOException {
        // given answers of 2 MiB, with and without a Content-Length, and a default limit of 1 MiB
        byte[] huge = ("[" + "{\"measure\":\"nps\",\"period\":\"2026-10\",\"value\":1},".repeat(45_000) + "1]")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        server.answer("/declared", new Answer(200, "application/json", huge, Map.of(), 0));
        server.answer("/streamed", new Answer(200, "application/json", huge, Map.of(), 0).streamed());
        jsonSource("declared", "/declared", "");
        jsonSource("streamed", "/streamed", "");
        // and a source allowing only 10 bytes
        server.answer("/small", Answer.json("[{\"measure\":\"nps\",\"period\":\"2026-10\",\"value\":1}]"));
        jsonSource("small", "/small", "max-bytes: 10\n");
        // when fetched
        FetchReport report = fetch();
        // then each is refused with BSC180, not retried
        for (String source : List.of("declared", "streamed", "small")) {
            Problem problem = outcome(report, source).problem().orElseThrow();
            assertEquals("BSC180", problem.code().code(), source + ": " + problem);
            assertEquals(1, outcome(report, source).attempts());
        }
        Problem small = outcome(report, "small").problem().orElseThrow();
        assertEquals("BSC180 sources/small.yaml:2", small.code().code() + " " + small.position());
        assertTrue(small.message().contains("larger than 10 bytes"), small.message());
    }

    @ParameterizedTest(name = "a redirect to {0} is refused")
    @CsvSource({"file:///etc/passwd", "jar:file:///tmp/x.jar!/a.json", "ftp://127.0.0.1/kpi.json", "gopher://127.0.0.1:70/x"})
    void aRedirectToAnotherSchemeIsRefused(String location) {
        // given a server redirecting to a non-http URL
        server.answer("/moved", Answer.redirect(location));
        jsonSource("moved", "/moved", "");
        // when fetched
        FetchReport report = fetch();
        // then BSC177 at the url line, after one request
        Problem problem = outcome(report, "moved").problem().orElseThrow();
        assertEquals("BSC177 sources/moved.yaml:2", problem.code().code() + " " + problem.position());
        assertTrue(problem.message().contains("only http and https are followed"), problem.message());
        assertEquals(1, server.requests("/moved"));
    }

    @Test
    void redirectsAreFollowedToHttpAndBounded() throws IOException {
        // given one redirect to a JSON answer, and a redirect loop
        server.answer("/old", Answer.redirect("/new"));
        server.answer("/new", Answer.json("[{\"measure\":\"nps\",\"period\":\"2026-10\",\"value\":5}]"));
        server.answer("/loop", Answer.redirect("/loop"));
        jsonSource("old", "/old", "");
        jsonSource("loop", "/loop", "");
        // when fetched
        FetchReport report = fetch();
        // then the redirect is followed, and the loop stops after 5 redirects with BSC177
        assertTrue(csv("old").contains("nps,2026-10,5,"));
        Problem loop = outcome(report, "loop").problem().orElseThrow();
        assertEquals("BSC177", loop.code().code());
        assertEquals(6, server.requests("/loop"));
    }

    @Test
    void basicCredentialsAreNotSentAfterARedirectToAnotherHost() {
        // given a source with settings credentials whose URL (127.0.0.1) redirects to another host name (localhost)
        server.answer("/start", Answer.redirect(server.url("/end").replace("127.0.0.1", "localhost")));
        server.answer("/end", Answer.json("[{\"measure\":\"nps\",\"period\":\"2026-10\",\"value\":5}]"));
        strategy.write("sources/hop.yaml", "type: http\nurl: " + server.url("/start") + "\nserver: kpi-api\n");
        // when fetched
        FetchReport report = fetch(Credentials.of(Map.of(), Map.of("kpi-api", new Credentials.ServerCredentials("robot", "pw-123"))));
        // then the first request carried them and the one to the other host did not
        assertTrue(report.succeeded(), report.errors().toString());
        List<String> sent = server.requestHeaders().stream().map(h -> h.getOrDefault("Authorization", List.of("none")).get(0)).toList();
        assertEquals(2, sent.size());
        assertTrue(sent.get(0).startsWith("Basic "), sent.toString());
        assertEquals("none", sent.get(1));
    }

    @Test
    void credentialsReachTheServerButNoMessageLogOrFile() throws IOException {
        // given a source taking a token from the environment (header and URL) and a server from the settings
        String token = "s3cr3t-T0ken-value";
        String password = "p@ss/word-42";
        server.answer("/secure", Answer.status(401));
        server.answer("/basic", Answer.status(500));
        strategy.write("sources/secure.yaml", "type: http\nurl: " + server.url("/secure") + "?token=${env.API_TOKEN}\n"
                + "headers:\n  Authorization: Bearer ${env.API_TOKEN}\n");
        strategy.write("sources/basic.yaml", "type: http\nurl: " + server.url("/basic") + "\nserver: kpi-api\nretries: 1\n");
        Credentials credentials = Credentials.of(Map.of("API_TOKEN", token),
                Map.of("kpi-api", new Credentials.ServerCredentials("robot", password)));
        // when fetched
        FetchReport report = fetch(credentials);
        // then the server received the credentials
        List<String> authorizations = server.requestHeaders().stream()
                .flatMap(h -> h.getOrDefault("Authorization", List.of()).stream()).toList();
        assertTrue(authorizations.contains("Bearer " + token), authorizations.toString());
        assertTrue(authorizations.stream().anyMatch(a -> a.startsWith("Basic ")), authorizations.toString());
        // and neither the secrets nor their encodings appear in any problem, hint or log line
        StringBuilder everything = new StringBuilder();
        report.errors().forEach(p -> everything.append(p.format()).append('\n'));
        log.forEach(line -> everything.append(line).append('\n'));
        for (String secret : List.of(token, password, java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8),
                java.util.Base64.getEncoder().encodeToString(("robot:" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)))) {
            assertFalse(everything.toString().contains(secret), "leaked " + secret + " in\n" + everything);
        }
        assertEquals(2, report.errors().size(), everything.toString());
        assertTrue(everything.toString().contains("${env.API_TOKEN}"), "messages show the placeholder as written");
    }

    @Test
    void aMissingCredentialFailsTheSourceNamingTheVariableOrServer() {
        // given sources referring to an unset environment variable and an unknown settings server
        strategy.write("sources/env.yaml", "type: http\nurl: " + server.url("/x") + "\nheaders:\n  X-Api-Key: ${env.NOT_SET}\n");
        strategy.write("sources/srv.yaml", "type: http\nurl: " + server.url("/x") + "\nserver: nowhere\n");
        // when fetched
        FetchReport report = fetch();
        // then BSC183 at the line of the key, and nothing was requested
        Problem env = outcome(report, "env").problem().orElseThrow();
        Problem srv = outcome(report, "srv").problem().orElseThrow();
        assertEquals("BSC183 sources/env.yaml:3", env.code().code() + " " + env.position());
        assertTrue(env.message().contains("NOT_SET"));
        assertEquals("BSC183 sources/srv.yaml:3", srv.code().code() + " " + srv.position());
        assertTrue(srv.message().contains("'nowhere'"));
        assertEquals(0, server.requests());
    }

    @Test
    void aSourceFileWithErrorsIsNotRunAndFailsTheFetch() {
        // given a source with a literal token
        strategy.write("sources/leaky.yaml", "type: http\nurl: " + server.url("/x") + "\nheaders:\n  Authorization: Bearer abc\n");
        // when fetched
        FetchReport report = fetch();
        // then nothing is requested and the fetch fails with BSC176 at the headers line
        assertEquals(0, server.requests());
        assertFalse(report.succeeded());
        assertEquals(List.of("BSC176 sources/leaky.yaml:3"), report.errors().stream().map(p -> p.code().code() + " " + p.position()).toList());
    }

    @Test
    void checkingAndBuildingAStrategyWithSourcesNeverConnects(@TempDir Path site) {
        // given sources pointing at a server that counts requests
        server.answer("/kpi", Answer.json("[{\"measure\":\"nps\",\"period\":\"2026-10\",\"value\":5}]"));
        jsonSource("kpi", "/kpi", "");
        strategy.write("sources/db.yaml", "type: jdbc\nurl: jdbc:postgresql://127.0.0.1:1/x\nquery: select 1\n");
        // when the strategy is checked and its site rendered (what bsc:validate and bsc:build do)
        CheckResult checked = strategy.check();
        dev.bscportal.core.testing.BuiltSite.render(strategy, site);
        // then nothing was requested and no CSV was written
        assertEquals(List.of(), checked.errors());
        assertEquals(0, server.requests());
        assertFalse(Files.exists(dir.resolve("measurements/kpi.csv")));
    }
}
