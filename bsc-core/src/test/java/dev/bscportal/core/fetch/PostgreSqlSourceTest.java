package dev.bscportal.core.fetch;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * bsc:fetch against a real PostgreSQL 15 server (started by {@link LocalPostgres} on a free port with a throwaway
 * data directory), queried through the real JDBC driver org.postgresql:postgresql. Nothing is mocked.
 */
class PostgreSqlSourceTest {

    private static final String PASSWORD = "Pg-S3cret-for-tests";
    private static LocalPostgres pg;

    @TempDir
    Path dir;

    private StrategyDir strategy;
    private final List<String> log = new ArrayList<>();

    @BeforeAll
    static void startPostgres() throws Exception {
        pg = LocalPostgres.start(PASSWORD);
        System.out.println("PostgreSQL started in " + pg.startupMillis + " ms (initdb + pg_ctl start)");
        pg.execute("create table kpi (kpi text, month text, amount numeric(12,4), remark text, day date)",
                "insert into kpi values ('revenue', '2026-11', 110.5000, 'from the ledger', date '2026-11-30'),"
                        + " ('revenue', '2026-10', 108.0000, null, date '2026-10-31'),"
                        + " ('nps', '2026-10', 33.2500, 'survey, wave 4', date '2026-10-31'),"
                        + " ('nps', '2026-11', null, null, date '2026-11-30')");
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    @BeforeEach
    void strategy() {
        strategy = StrategyDir.valid(dir);
    }

    private FetchReport fetch(Map<String, String> env, Map<String, Credentials.ServerCredentials> servers) {
        FetchSettings fast = new FetchSettings(5_000, 10_000, 2, 50, 1 << 20, 5, 1_000);
        return new SourceFetcher(Credentials.of(env, servers), fast, log::add, millis -> { }).fetch(dir);
    }

    private FetchReport fetchWithServer() {
        return fetch(Map.of(), Map.of("warehouse", new Credentials.ServerCredentials(LocalPostgres.USER, PASSWORD)));
    }

    private void source(String id, String query) {
        strategy.write("sources/" + id + ".yaml", "type: jdbc\nurl: " + pg.url() + "\nserver: warehouse\nquery: " + query + "\n");
    }

    @Test
    void aQueryOfMeasurePeriodValueNoteIsWrittenSortedAndStable() throws IOException {
        // given a source selecting the rows with the column names the fetch expects
        source("warehouse", "select kpi as measure, month as period, amount as value, remark as note from kpi");
        // when fetched with the credentials of a settings.xml server
        FetchReport report = fetchWithServer();
        // then the CSV is sorted, numeric(12,4) values are written shortest, notes quoted, the null value left out
        assertTrue(report.succeeded(), report.errors().toString());
        String csv = Files.readString(dir.resolve("measurements/warehouse.csv"));
        assertEquals("""
                measure,period,value,note
                nps,2026-10,33.25,"survey, wave 4"
                revenue,2026-10,108,
                revenue,2026-11,110.5,from the ledger
                """, csv);
        // and a second fetch of the unchanged table gives the same bytes
        byte[] first = Files.readAllBytes(dir.resolve("measurements/warehouse.csv"));
        FetchReport again = fetchWithServer();
        assertEquals(SourceOutcome.State.UNCHANGED, again.outcomes().get(0).state());
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("measurements/warehouse.csv")));
        // and the build reads the file without problems
        CheckResult checked = strategy.check();
        assertEquals(List.of(), checked.errors(), checked.problems().toString());
    }

    @Test
    void aQueryForOneMeasureNeedsOnlyPeriodAndValue() throws IOException {
        // given a source for the measure nps, with the password from an environment variable
        strategy.write("sources/nps-db.yaml", "type: jdbc\nurl: " + pg.url() + "\nmeasure: nps\nuser: bsc\npassword: ${env.PG_PASSWORD}\n"
                + "query: select month as period, amount as value from kpi where kpi = 'nps'\n");
        // when fetched
        FetchReport report = fetch(Map.of("PG_PASSWORD", PASSWORD), Map.of());
        // then the one value is written for nps
        assertTrue(report.succeeded(), report.errors().toString());
        assertEquals("measure,period,value,note\nnps,2026-10,33.25,\n", Files.readString(dir.resolve("measurements/nps-db.csv")));
    }

    @Test
    void aWrongPasswordFailsWithoutShowingItAndKeepsThePreviousFile() throws IOException {
        // given a previous file and credentials that the server refuses
        source("warehouse", "select kpi as measure, month as period, amount as value from kpi");
        strategy.write("measurements/warehouse.csv", "measure,period,value,note\nnps,2026-09,1,\n");
        String wrong = "Wrong-Passw0rd-xyz";
        // when fetched
        FetchReport report = fetch(Map.of(), Map.of("warehouse", new Credentials.ServerCredentials("bsc", wrong)));
        // then BSC184 at the url line, not retried (authentication is no transient fault), password nowhere
        Problem problem = report.errors().get(0);
        assertEquals("BSC184 sources/warehouse.yaml:2", problem.code().code() + " " + problem.position(), problem.message());
        assertEquals(1, report.outcomes().get(0).attempts());
        String everything = problem.format() + String.join("\n", log);
        assertFalse(everything.contains(wrong), everything);
        assertFalse(everything.contains(PASSWORD), everything);
        assertEquals("measure,period,value,note\nnps,2026-09,1,\n", Files.readString(dir.resolve("measurements/warehouse.csv")));
    }

    @Test
    void aFailingQueryIsReportedAtTheQueryLineWithTheDatabasesReason() {
        // given a query of a table that does not exist, and one whose period is a date column
        source("missing", "select measure, period, value from no_such_table");
        source("dates", "select kpi as measure, day as period, amount as value from kpi");
        source("columns", "select kpi, month, amount from kpi");
        // and a query that would write (the connection is read-only)
        source("writes", "insert into kpi values ('nps', '2027-01', 1, null, null) returning kpi as measure, month as period, amount as value");
        // when fetched
        FetchReport report = fetchWithServer();
        // then each fails at its query line with what the database or the fetch says
        Map<String, Problem> bySource = new java.util.TreeMap<>();
        report.outcomes().forEach(o -> bySource.put(o.source(), o.problem().orElseThrow()));
        assertEquals("BSC184 sources/missing.yaml:4", bySource.get("missing").code().code() + " " + bySource.get("missing").position());
        assertTrue(bySource.get("missing").message().contains("no_such_table"), bySource.get("missing").message());
        assertEquals("BSC181 sources/dates.yaml:4", bySource.get("dates").code().code() + " " + bySource.get("dates").position());
        assertTrue(bySource.get("dates").hint().contains("to_char"));
        assertTrue(bySource.get("columns").message().contains("no column 'measure'"), bySource.get("columns").message());
        assertEquals("BSC184", bySource.get("writes").code().code());
        assertTrue(bySource.get("writes").message().contains("read-only"), bySource.get("writes").message());
    }

    @Test
    void anUnreachableDatabaseIsRetriedThenFails() throws Exception {
        // given a port nothing listens on
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        strategy.write("sources/gone.yaml", "type: jdbc\nurl: jdbc:postgresql://127.0.0.1:" + port + "/postgres\nserver: warehouse\n"
                + "query: select 1\n");
        // when fetched
        FetchReport report = fetchWithServer();
        // then BSC178 after 1 + 2 retries
        assertEquals("BSC178", report.errors().get(0).code().code(), report.errors().toString());
        assertEquals(3, report.outcomes().get(0).attempts());
    }

    @Test
    void aJdbcUrlWithoutADriverSaysToAddTheDriverToThePlugin() {
        // given a JDBC URL no driver on the class path accepts
        strategy.write("sources/oracle.yaml", "type: jdbc\nurl: jdbc:oracle:thin:@db:1521/x\nquery: select 1\n");
        // when fetched
        FetchReport report = fetchWithServer();
        // then BSC184 naming the URL kind and the fix
        Problem problem = report.errors().get(0);
        assertEquals("BSC184", problem.code().code());
        assertTrue(problem.message().contains("jdbc:oracle"), problem.message());
        assertTrue(problem.hint().contains("dependency of the plugin"), problem.hint());
    }
}
