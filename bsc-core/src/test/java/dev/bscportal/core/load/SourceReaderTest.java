package dev.bscportal.core.load;

import dev.bscportal.core.model.DataSource;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Source files are read with every key, placeholders kept unresolved, and literal secrets refused wherever written. */
class SourceReaderTest {

    private static final Set<String> MEASURES = Set.of("nps", "revenue");

    @TempDir
    Path dir;

    private SourceFiles read(String file, String text) {
        StrategyDir.empty(dir).write("sources/" + file, text);
        return new SourceReader().read(dir, MEASURES);
    }

    private static List<String> codes(SourceFiles files) {
        return files.problems().stream().map(p -> p.code().code() + " " + p.position()).toList();
    }

    @Test
    void theExampleStrategysSourceIsValidAndKeepsItsPlaceholder() {
        // given the example strategy's measures
        Path example = Path.of("../example-strategy/src/strategy");
        LoadResult loaded = new StrategyLoader().load(example);
        Set<String> ids = new java.util.TreeSet<>();
        loaded.strategy().orElseThrow().company().measures().forEach(m -> ids.add(m.id()));
        // when its sources are read
        SourceFiles files = new SourceReader().read(example, ids);
        // then the one source is valid, for nps, and its token is still the placeholder
        assertEquals(List.of(), files.problems());
        DataSource source = files.sources().get(0);
        assertEquals("survey-api", source.id());
        assertEquals("nps", source.measure().orElseThrow());
        assertEquals("Bearer ${env.SURVEY_API_TOKEN}", source.headers().get("Authorization"));
    }

    @Test
    void everyKeyIsReadWithItsUnitsAndLines() {
        // given a jdbc source with every key it can have
        SourceFiles files = read("warehouse.yaml", """
                description: Finance warehouse
                type: jdbc
                url: jdbc:postgresql://db.example.com:5432/dw?ssl=true
                user: ${env.DW_USER}
                password: ${env.DW_PASSWORD}
                measure: revenue
                query: |
                  select month as period, amount as value from kpi
                connect-timeout: 2.5
                read-timeout: 120
                retries: 0
                max-bytes: 1000
                """);
        // then it is read as written, timeouts in milliseconds
        assertEquals(List.of(), files.problems());
        DataSource s = files.sources().get(0);
        assertEquals(DataSource.Kind.JDBC, s.kind());
        assertEquals("select month as period, amount as value from kpi", s.query().orElseThrow());
        assertEquals(new DataSource.SourceLimits(2_500, 120_000, 0, 1000), s.limits());
        assertEquals("sources/warehouse.yaml:7", s.at("query").toString());
        assertEquals("${env.DW_PASSWORD}", s.password().orElseThrow());
    }

    @ParameterizedTest(name = "refused: {0}")
    @ValueSource(strings = {
            "type: http\nurl: https://api.example.com/x\npassword: hunter2\n",
            "type: http\nurl: https://api.example.com/x\npassword: pre${env.X}\n",
            "type: http\nurl: https://api.example.com/x\nheaders:\n  Authorization: Basic dXNlcjpwYXNz\n",
            "type: http\nurl: https://api.example.com/x\nheaders:\n  X-API-Key: 0123456789\n",
            "type: http\nurl: https://api.example.com/x\nheaders:\n  Private-Token: glpat-abc\n",
            "type: http\nurl: https://api.example.com/x\nheaders:\n  Cookie: session=abc\n",
            "type: http\nurl: https://bob:hunter2@api.example.com/x\n",
            "type: http\nurl: https://api.example.com/x?access_token=abc\n",
            "type: http\nurl: https://api.example.com/x?a=1&apiKey=abc\n",
            "type: http\nurl: https://api.example.com/x?sig=abc&b=2\n",
            "type: jdbc\nurl: jdbc:postgresql://db/dw?user=a&password=hunter2\nquery: select 1\n",
            "type: jdbc\nurl: jdbc:sqlserver://db;user=a;password=hunter2\nquery: select 1\n",
    })
    void aLiteralSecretIsRefusedWhereverItIsWritten(String text) {
        SourceFiles files = read("leaky.yaml", text);
        assertTrue(codes(files).stream().anyMatch(c -> c.startsWith("BSC176 sources/leaky.yaml:")), codes(files).toString());
        assertEquals(List.of("sources/leaky.yaml"), files.refused());
        assertEquals(List.of(), files.sources());
    }

    @ParameterizedTest(name = "accepted: {0}")
    @ValueSource(strings = {
            "type: http\nurl: https://api.example.com/x\npassword: ${env.X}\nuser: robot\n",
            "type: http\nurl: https://api.example.com/x\nheaders:\n  Authorization: Bearer ${env.TOKEN}\n  Accept: text/csv\n",
            "type: http\nurl: https://bob:${env.PW}@api.example.com/x\n",
            "type: http\nurl: https://api.example.com/x?token=${env.TOKEN}&monkey=1\n",
            "type: http\nurl: https://api.example.com/x\nserver: kpi-api\n",
            "type: jdbc\nurl: jdbc:postgresql://db/dw?password=${env.PW}\nquery: select 1\n",
    })
    void credentialsByPlaceholderOrServerAreAccepted(String text) {
        SourceFiles files = read("fine.yaml", text);
        assertEquals(List.of(), codes(files));
        assertEquals(1, files.sources().size());
    }

    @Test
    void aPlaceholderOtherThanEnvIsRefused() {
        for (String value : List.of("${settings.password}", "${env.}", "${env.A B}", "${TOKEN}", "${env.X")) {
            SourceFiles files = read("odd.yaml", "type: http\nurl: https://api.example.com/x\nheaders:\n  Authorization: \"" + value + "\"\n");
            assertTrue(codes(files).contains("BSC009 sources/odd.yaml:3"), value + ": " + codes(files));
        }
    }

    @Test
    void anotherFileInSourcesIsAWarningAndNotRead() {
        SourceFiles files = read("notes.txt", "type: http");
        assertEquals(List.of("BSC017 sources/notes.txt"), codes(files));
        assertTrue(files.problems().stream().noneMatch(Problem::isError));
    }

    @Test
    void aSourcesFolderInAUnitIsAWarningNotSilence() {
        // given a valid strategy with a unit that has a sources/ folder
        StrategyDir strategy = StrategyDir.valid(dir);
        strategy.write("units/sales/strategy.yaml", "name: Sales\n");
        strategy.write("units/sales/sources/crm.yaml", "type: http\nurl: https://crm.example.com/x\n");
        // when checked
        List<String> lines = strategy.check().problems().stream().map(p -> p.code().code() + " " + p.position()).toList();
        // then the folder is named in a warning
        assertTrue(lines.contains("BSC017 units/sales/sources"), lines.toString());
    }
}
