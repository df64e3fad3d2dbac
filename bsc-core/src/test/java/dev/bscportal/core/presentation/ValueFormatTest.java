package dev.bscportal.core.presentation;

import dev.bscportal.core.model.Aggregation;
import dev.bscportal.core.model.Frequency;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.MeasureKind;
import dev.bscportal.core.model.Origin;
import dev.bscportal.core.model.Polarity;
import dev.bscportal.core.model.Targets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every unit kind in English and German; '_' in the expectations stands for the no-break space U+00A0. */
class ValueFormatTest {

    static Measure measure(String unit, int decimals) {
        return Measure.builder().id("m").name("M").unit(unit).decimals(decimals).polarity(Polarity.HIGHER_IS_BETTER)
                .kind(MeasureKind.LAGGING).frequency(Frequency.MONTHLY).aggregation(Aggregation.LAST).targets(Targets.NONE)
                .origin(Origin.at("measures/m.yaml", 1)).build();
    }

    @ParameterizedTest(name = "{0} {1} {2} decimals {3}: en {4}, de {5}")
    @CsvSource(delimiter = '|', value = {
            // unit | value | decimals | en | de
            "$      | 1200    | 0 | $1,200       | 1.200_$",
            "$      | -5.5    | 2 | -$5.50       | -5,50_$",
            "€      | 1200.5  | 2 | €1,200.50    | 1.200,50_€",
            "£      | 3       | 0 | £3           | 3_£",
            "%      | 72      | 0 | 72%          | 72_%",
            "%      | 67.5    | 1 | 67.5%        | 67,5_%",
            "#      | 1200    | 0 | #1,200       | #1.200",
            "rank   | 1       | 3 | #1           | #1",
            "Rank   | 12      | 1 | #12          | #12",
            "min    | 25      | 0 | 25_min       | 25_min",
            "EUR m  | 8.42    | 2 | 8.42_EUR m   | 8,42_EUR m",
            "'    ' | 1234.5  | 1 | 1,234.5      | 1.234,5",
    })
    void writesEveryUnitKindByTheLocalesConventions(String unit, double value, int decimals, String en, String de) {
        // given a measure with that unit and decimals
        Measure measure = measure(unit.strip(), decimals);

        // when its value is written for English and for German readers
        String english = new ValueFormat(Locale.ENGLISH).value(measure, value);
        String german = new ValueFormat(Locale.GERMAN).value(measure, value);

        // then the unit sits where that locale puts it, joined by a no-break space where there is a space
        assertEquals(en.replace('_', '\u00a0'), english);
        assertEquals(de.replace('_', '\u00a0'), german);
    }

    @ParameterizedTest
    @CsvSource({"0.4, 0, 0", "-0.4, 0, 0", "-0.004, 2, 0.00"})
    void neverWritesMinusZero(double value, int decimals, String expected) {
        assertEquals(expected, new ValueFormat(Locale.ENGLISH).number(value, decimals));
    }

    @ParameterizedTest
    @CsvSource({"1.4, #1", "2.5, #3", "10, #10"})
    void writesARankAsAWholePositionWhateverItsDecimals(double value, String expected) {
        // given a rank measure that (wrongly) asks for two decimals
        Measure rank = measure("rank", 2);

        // then a rank is always a whole position, also when an average of ranks is fractional
        assertEquals(expected, new ValueFormat(Locale.ENGLISH).value(rank, value));
        assertEquals(0, ValueFormat.decimals(rank));
    }
}
