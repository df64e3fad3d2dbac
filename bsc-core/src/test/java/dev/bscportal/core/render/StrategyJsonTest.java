package dev.bscportal.core.render;

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
}
