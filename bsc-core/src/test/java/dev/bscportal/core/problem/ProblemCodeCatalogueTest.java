package dev.bscportal.core.problem;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemCodeCatalogueTest {

    @Test
    void everyCodeIsUniqueAndWellFormed() {
        Set<String> seen = new HashSet<>();
        for (ProblemCode code : ProblemCode.values()) {
            assertTrue(code.code().matches("BSC\\d{3}"), code.code());
            assertTrue(seen.add(code.code()), "duplicate " + code.code());
            assertTrue(!code.hint().isBlank(), "hint missing for " + code);
        }
    }

    @Test
    void everyCodeIsDocumentedInRulesMarkdown() throws IOException {
        // given the user-facing list of rules
        String doc = Files.readString(Path.of("..", "docs", "rules.md"));
        // then each code has a row with its severity
        for (ProblemCode code : ProblemCode.values()) {
            String row = "| " + code.code() + " | " + code.defaultSeverity().name().toLowerCase(java.util.Locale.ROOT) + " |";
            assertTrue(doc.contains(row), "docs/rules.md lacks a row for " + code.code());
        }
    }

    @Test
    void findsCodesByTextIgnoringCaseAndSpace() {
        assertEquals(ProblemCode.DRIVES_CYCLE, ProblemCode.byCode(" bsc046 ").orElseThrow());
        assertTrue(ProblemCode.byCode("BSC999").isEmpty());
    }
}
