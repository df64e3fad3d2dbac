package dev.bscportal.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.score.MeasureResult;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StrategyJsonTest {

    @Test
    void exportsTheExampleWithTheComputedStatusesUnderAVersionedFormat() throws Exception {
        CheckResult checked = StrategyDir.empty(Path.of("../example-strategy/src/strategy")).check();

        String text = StrategyJson.write(checked.strategy().orElseThrow(), checked.scores().orElseThrow());
        JsonNode json = new ObjectMapper().readTree(text);

        assertEquals("bsc-strategy/1", json.get("format").asText());
        assertEquals("2026-10", json.get("asOf").asText());
        JsonNode company = json.get("company");
        assertEquals(checked.strategy().orElseThrow().company().measures().size(), company.get("measures").size());
        for (JsonNode m : company.get("measures")) {
            MeasureResult r = checked.scores().orElseThrow().company().measure(m.get("id").asText());
            assertEquals(r.status().id(), m.get("status").asText(), m.get("id").asText());
            assertEquals(r.history().size(), m.get("history").size());
        }
        assertEquals(2, company.get("units").size());
        assertEquals(text, StrategyJson.write(checked.strategy().orElseThrow(), checked.scores().orElseThrow()), "deterministic");
    }

    @Test
    void givenASparseStrategy_whenExported_thenEveryRollUpCarriesItsCoverage() throws Exception {
        CheckResult checked = StrategyDir.empty(Path.of("src/test/resources/strategies/sparse-data")).check();
        var scores = checked.scores().orElseThrow().company();

        JsonNode company = new ObjectMapper().readTree(
                StrategyJson.write(checked.strategy().orElseThrow(), checked.scores().orElseThrow())).get("company");

        assertEquals(scores.coverage().scored(), company.get("coverage").get("scored").asInt());
        assertEquals(scores.coverage().total(), company.get("coverage").get("total").asInt());
        assertEquals(true, company.get("coverage").get("provisional").asBoolean());
        for (JsonNode p : company.get("perspectives")) {
            var coverage = scores.perspective(p.get("id").asText()).orElseThrow().coverage();
            assertEquals(coverage.scored(), p.get("coverage").get("scored").asInt(), p.get("id").asText());
            assertEquals(coverage.total(), p.get("coverage").get("total").asInt(), p.get("id").asText());
        }
        for (JsonNode o : company.get("objectives")) {
            var coverage = scores.objective(o.get("id").asText()).coverage();
            assertEquals(coverage.scored(), o.get("coverage").get("scored").asInt(), o.get("id").asText());
            assertEquals(coverage.provisional(), o.get("coverage").get("provisional").asBoolean(), o.get("id").asText());
        }
    }
}
