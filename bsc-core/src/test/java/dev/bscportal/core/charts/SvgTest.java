package dev.bscportal.core.charts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SvgTest {

    @Test
    void fastNumberFormattingGivesWhatTheDecimalClassesGive() {
        // given values of every kind charts meet: random magnitudes and signs, exact ties like 1.005, ±0, huge ones
        java.util.Random random = new java.util.Random(42);
        List<Double> values = new java.util.ArrayList<>(List.of(0.0, -0.0, 1.005, 2.675, 0.125, -0.125, 0.5, -0.5,
                1e7 + 0.005, 99999999.995, 1e15, -1e15, 0.045, 1.0 / 3, 2.0 / 3, 123456.785, 0.0049999, 1e-9));
        for (int i = 0; i < 200_000; i++) {
            double magnitude = Math.pow(10, random.nextInt(12) - 4);
            double v = random.nextDouble() * magnitude * (random.nextBoolean() ? 1 : -1);
            values.add(v);
            values.add(Math.round(v * 1000) / 1000.0);   // many exact three-decimal values, so many ties
        }
        for (double v : values) {
            // then the coordinate form equals BigDecimal's and the fixed form String.format's, for 0-6 decimals
            java.math.BigDecimal reference = java.math.BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP)
                    .stripTrailingZeros();
            assertEquals(reference.signum() == 0 ? "0" : reference.toPlainString(), Svg.num(v), "num(" + v + ")");
            for (int d = 0; d <= 6; d++) {
                String formatted = String.format(java.util.Locale.ROOT, "%." + d + "f", v);
                if (formatted.matches("-[0.]*")) {
                    formatted = formatted.substring(1);
                }
                assertEquals(formatted, Svg.value(v, d), "value(" + v + ", " + d + ")");
            }
        }
    }

    @Test
    void formatsCoordinatesWithAtMostTwoDecimalsAndNoNegativeZero() {
        assertEquals("12.35", Svg.num(12.345));
        assertEquals("12.3", Svg.num(12.30));
        assertEquals("12", Svg.num(12.0));
        assertEquals("0", Svg.num(-0.001));
        assertEquals("-3.5", Svg.num(-3.5));
        assertEquals("1000000", Svg.num(1e6));
        assertEquals("0", Svg.num(Double.NaN));
    }

    @Test
    void formatsValuesWithTheMeasuresDecimalsInTheRootLocale() {
        assertEquals("1234.50", Svg.value(1234.5, 2));
        assertEquals("104", Svg.value(103.6, 0));
        assertEquals("0", Svg.value(-0.2, 0));
    }

    @Test
    void escapesMarkupQuotesAndDropsCharactersXmlCannotHold() {
        assertEquals("&lt;a&gt; &amp; \"q\" 'a'", Svg.text("<a> & \"q\" 'a'"));
        assertEquals("&lt;a&gt; &amp; &quot;q&quot; &apos;a&apos;", Svg.attr("<a> & \"q\" 'a'"));
        assertEquals("ab", Svg.text("a\u0000\u0007b"));
        assertEquals("🚀", Svg.text("🚀"));
        assertEquals("x", Svg.text("x\uD800"));
        assertEquals("", Svg.text(null));
    }

    @Test
    void makesIdsFromThePrefixWithOnlySafeCharacters() {
        assertEquals("revenue-title", Svg.id("revenue", "title"));
        assertEquals("c-1st-title", Svg.id("1st", "title"));
        assertEquals("a--b--title", Svg.id("a\"<b>", "title"));
        assertEquals("chart-title", Svg.id("", "title"));
    }

    @Test
    void shortensByCodePointsWithAnEllipsis() {
        assertEquals("abc", Svg.shorten("abc", 3));
        assertEquals("ab…", Svg.shorten("abcd", 3));
        assertEquals("🚀🚀…", Svg.shorten("🚀🚀🚀🚀", 3));
    }

    @Test
    void picksFourToSixNiceTicks() {
        NiceScale revenue = NiceScale.covering(81, 121);
        assertEquals(List.of(80.0, 90.0, 100.0, 110.0, 120.0, 130.0), revenue.ticks());
        NiceScale small = NiceScale.covering(1.4, 5.2);
        assertEquals(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0), small.ticks());
        NiceScale flat = NiceScale.covering(50, 50);
        assertEquals(45.0, flat.min(), 1e-9);
        assertEquals(55.0, flat.max(), 1e-9);
        NiceScale tiny = NiceScale.covering(0.011, 0.019);
        assertEquals(3, tiny.decimals());
        for (NiceScale s : List.of(revenue, small, flat, tiny, NiceScale.covering(-120, 120), NiceScale.covering(0, 0))) {
            int n = s.ticks().size();
            assertEquals(true, n >= 3 && n <= 6, s.toString());
        }
    }

    @Test
    void keepsFourToSixTicksOverManyRanges() {
        // given ranges of every magnitude and offset
        for (double width : new double[] {0.013, 0.7, 3, 7.5, 11, 42, 99, 130, 555, 1234, 98765}) {
            for (double low = -3 * width; low <= 3 * width; low += width / 7) {
                // when
                NiceScale scale = NiceScale.covering(low, low + width);

                // then
                int n = scale.ticks().size();
                assertEquals(true, n >= 4 && n <= 6, low + ".." + (low + width) + " gave " + scale.ticks());
                assertEquals(true, scale.min() <= low + 1e-9 && scale.max() >= low + width - 1e-9, scale.toString());
            }
        }
    }
}
