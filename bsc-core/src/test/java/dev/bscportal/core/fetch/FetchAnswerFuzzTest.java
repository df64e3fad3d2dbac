package dev.bscportal.core.fetch;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bscportal.core.load.ReaderProbe;
import dev.bscportal.core.model.DataSource;
import dev.bscportal.core.model.Frequency;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Origin;
import dev.bscportal.core.problem.SourcePosition;
import org.junit.jupiter.api.Timeout;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A server's answer is hostile text. Whatever bytes a source returns (JSON or CSV, for several measures or one), the
 * fetch ends in a CSV that the build's own CSV reader reads without a single problem and with the same number of
 * values, or in one of the fetch's problems (BSC176-BSC185) with a message; never in another exception, a hang
 * (10 s) or a file the build would refuse. Without JAZZER_FUZZ=1 it replays its committed inputs only.
 */
class FetchAnswerFuzzTest {

    private static final Map<String, Frequency> MEASURES = Map.of("nps", Frequency.MONTHLY, "revenue", Frequency.QUARTERLY,
            "a", Frequency.YEARLY, "b", Frequency.WEEKLY);
    private static final SourcePosition AT = SourcePosition.of("sources/fuzz.yaml", 2);

    private static DataSource source(int mode) {
        boolean csv = (mode & 1) == 1;
        boolean one = (mode & 2) == 2;
        return new DataSource("fuzz", "sources/fuzz.yaml", DataSource.Kind.HTTP, "http://127.0.0.1/x", Optional.empty(),
                one ? Optional.of("nps") : Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(),
                csv ? DataSource.Format.CSV : DataSource.Format.JSON, one ? "/data" : "", Map.of(),
                DataSource.SourceLimits.DEFAULTS, Origin.at(AT));
    }

    @Timeout(10)
    @FuzzTest
    void anyAnswerEndsInACsvTheBuildReadsOrAFetchProblem(byte[] input) {
        if (input.length == 0) {
            return;
        }
        DataSource source = source(input[0] & 3);
        byte[] body = Arrays.copyOfRange(input, 1, input.length);
        try {
            List<FetchedRow> rows = source.format() == DataSource.Format.CSV ? CsvRows.read(body, source, AT) : JsonRows.read(body, source, AT);
            String csv = MeasurementCsv.write(rows, MEASURES, AT);
            ReaderProbe.Outcome read = ReaderProbe.csv(csv, "measurements/fuzz.csv");
            assertEquals(List.of(), read.problems(), csv);
            List<?> measurements = (List<?>) read.element().orElseThrow();
            assertEquals(rows.size(), measurements.size(), csv);
            assertTrue(measurements.stream().allMatch(m -> MEASURES.containsKey(((Measurement) m).measure())), csv);
        } catch (SourceFailure failure) {
            assertFalse(failure.getMessage().isBlank());
            String code = failure.code().code();
            assertTrue(code.compareTo("BSC176") >= 0 && code.compareTo("BSC185") <= 0, code);
        }
    }
}
