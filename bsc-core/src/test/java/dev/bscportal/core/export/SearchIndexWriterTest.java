package dev.bscportal.core.export;

import dev.bscportal.core.export.SearchIndexWriter.Entry;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The search index written in runs (the head, runs of entries numbered on, the tail) is the script one generator
 * writes of all entries, however they are cut: texts that would close the script, quotes, control characters,
 * non-Latin text, an empty index.
 */
class SearchIndexWriterTest {

    private static final List<Entry> ENTRIES = List.of(
            new Entry("index.html", "Acme", "Overview", "Acme", "Mission </script><script>alert(1)</script>"),
            new Entry("objectives/a.html", "\"Quoted\" \\ name", "Objective", "Acme", "tab\there\nnew line \u0001"),
            new Entry("units/tokyo/index.html", "東京支社", "Overview", "東京支社", "売上 <" ),
            new Entry("units/tokyo/measures/m.html", "/ starts with a slash", "Measure", "東京支社", "</"),
            new Entry("owners/index.html", "Owners", "Owners", "", ""));

    @Test
    void givenEntriesCutIntoRunsAnyWay_whenJoined_thenTheScriptIsWhatOneGeneratorWrites() throws Exception {
        // the script as every earlier version wrote it: Jackson's compact JSON of all entries, "</" escaped
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Entry e : ENTRIES) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("id", docs.size());
            doc.put("path", e.path());
            doc.put("title", e.title());
            doc.put("kind", e.kind());
            doc.put("scorecard", e.scorecard());
            doc.put("text", e.text());
            docs.add(doc);
        }
        String whole = "window.BSC_SEARCH_DOCS = " + new ObjectMapper().writeValueAsString(docs).replace("</", "<\\/") + ";\n";
        assertFalse(whole.contains("</"), whole);
        assertEquals(whole, SearchIndexWriter.script(ENTRIES));
        // every way to cut five entries into runs (a cut after entry i when bit i is set)
        for (int cuts = 0; cuts < 1 << (ENTRIES.size() - 1); cuts++) {
            StringBuilder joined = new StringBuilder(SearchIndexWriter.HEAD);
            List<Entry> run = new ArrayList<>();
            int first = 0;
            for (int i = 0; i < ENTRIES.size(); i++) {
                run.add(ENTRIES.get(i));
                if (i == ENTRIES.size() - 1 || (cuts & (1 << i)) != 0) {
                    joined.append(SearchIndexWriter.entries(run, first, first > 0));
                    first += run.size();
                    run = new ArrayList<>();
                }
            }
            assertEquals(whole, joined.append(SearchIndexWriter.TAIL).toString(), "cuts " + Integer.toBinaryString(cuts));
        }
    }

    @Test
    void givenNoEntries_whenWritten_thenTheScriptSetsAnEmptyList() {
        assertEquals("window.BSC_SEARCH_DOCS = [];\n", SearchIndexWriter.script(List.of()));
        assertEquals("", SearchIndexWriter.entries(List.of(), 3, true));
    }
}
