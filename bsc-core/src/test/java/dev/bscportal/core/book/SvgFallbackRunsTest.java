package dev.bscportal.core.book;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A drawing's text is split so each stretch the main font lacks names the fallback font that draws it. */
class SvgFallbackRunsTest {

    /** Han and kana: Droid; Hangul: BSC Hangul; the rest (Latin, emoji): the main font (null). */
    static final IntFunction<String> FAMILY = cp -> switch (Character.UnicodeScript.of(cp)) {
        case HAN, HIRAGANA, KATAKANA -> "Droid Sans Fallback";
        case HANGUL -> "BSC Hangul";
        default -> null;
    };

    static String split(String svgText) {
        Element svg = Jsoup.parse("<svg xmlns='http://www.w3.org/2000/svg'><text font-family='Helvetica'>" + svgText
                + "</text><title>王 title</title></svg>").selectFirst("svg");
        SvgFallbackRuns.split(svg, FAMILY);
        return svg.html().replace("\n", "");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "● On target · 王小明|<text font-family=\"Helvetica\">● On target · <tspan font-family=\"'Droid Sans Fallback'\">王小明</tspan></text>",
            "王小明 Skills|<text font-family=\"Helvetica\"><tspan font-family=\"'Droid Sans Fallback'\">王小明 </tspan>Skills</text>",
            "X품질 향상 王|<text font-family=\"Helvetica\">X<tspan font-family=\"'BSC Hangul'\">품질 향상 </tspan><tspan font-family=\"'Droid Sans Fallback'\">王</tspan></text>",
            "Revenue 😀|<text font-family=\"Helvetica\">Revenue 😀</text>"})
    void givenTextMixingScriptsThenEachStretchAFallbackDrawsIsATspanNamingIt(String text, String expected) {
        assertEquals(expected + "<title>王 title</title>", split(text));
    }

    @Test
    void givenSplitTextThenTheTspansAreInTheDrawingsNamespaceSoTheyAreDrawn() {
        Element svg = Jsoup.parse("<svg xmlns='http://www.w3.org/2000/svg'><text>A王</text></svg>").selectFirst("svg");
        SvgFallbackRuns.split(svg, FAMILY);
        Element tspan = svg.selectFirst("tspan");
        assertEquals(svg.tag().namespace(), tspan.tag().namespace());
        assertEquals("王", tspan.text());
    }
}
