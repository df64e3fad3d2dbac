package dev.bscportal.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bscportal.core.model.Frequency;
import dev.bscportal.core.model.Period;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodFuzzTest {

    /**
     * Any text is a period or empty, never an exception; a period reads back from its own text, spans at
     * least a day, and rolls up to every coarser granularity the way the scorer rolls measurements up.
     */
    @Timeout(10)
    @FuzzTest
    void parseGivesAPeriodThatRollsUpOrNothing(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);

        Optional<Period> parsed = Period.parse(text);

        if (parsed.isEmpty()) {
            return;
        }
        Period period = parsed.get();
        assertEquals(text.trim(), period.toString(), "only the canonical forms are periods");
        assertEquals(period, Period.parse(period.toString()).orElseThrow(), "a period reads back from its text");
        assertFalse(period.startDate().isAfter(period.endDate()));
        for (Frequency coarser : Frequency.values()) {
            if (coarser.ordinal() >= period.granularity().ordinal()) {
                Period rolled = period.rollUpTo(coarser);
                assertTrue(!rolled.startDate().isAfter(period.endDate()) && !rolled.endDate().isBefore(period.endDate()),
                        period + " rolled up to " + rolled);
            }
        }
    }
}
