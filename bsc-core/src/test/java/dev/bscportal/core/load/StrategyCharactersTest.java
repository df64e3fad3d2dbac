package dev.bscportal.core.load;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.testing.StrategyDir;
import dev.bscportal.core.text.TextCharacters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of text of the strategy against every class of character: what is refused (BSC189), warned about (BSC168,
 * BSC169) or passes, at the file and line of the character, whether it is written raw or as a YAML escape.
 */
class StrategyCharactersTest {

    /** A place a text sits in: the file, its content with {X} where the character goes, the line and whether it is prose. */
    record Place(String name, String file, String content, int line, boolean prose, boolean yaml) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Texts written in YAML, in a double-quoted scalar: the character is given as an escape. */
    static final List<Place> YAML_PLACES = List.of(
            new Place("organisation name", "strategy.yaml", "name: \"Test {X}Company\"\nmission: Make tests pass.\nthemes:\n  - id: growth\n    name: Growth\n", 1, false, true),
            new Place("theme name", "strategy.yaml", "name: Test Company\nmission: Make tests pass.\nthemes:\n  - id: growth\n    name: \"Gro{X}wth\"\n", 5, false, true),
            new Place("value (list entry)", "strategy.yaml", "name: Test Company\nmission: Make tests pass.\nvalues: [Trust, \"Spe{X}ed\"]\nthemes:\n  - id: growth\n    name: Growth\n", 3, false, true),
            new Place("mission field (Markdown)", "strategy.yaml", "name: Test Company\nmission: \"Make {X}tests pass.\"\nthemes:\n  - id: growth\n    name: Growth\n", 2, true, true),
            new Place("objective name (front matter)", "objectives/c1.md", "---\nname: \"Objective {X}c1\"\nperspective: customer\nowner: Owner c1\ndrives: [f1]\n---\nWhy c1 matters.\n", 2, false, true),
            new Place("objective owner", "objectives/c1.md", "---\nname: Objective c1\nperspective: customer\nowner: \"Owner {X}c1\"\ndrives: [f1]\n---\nWhy c1 matters.\n", 4, false, true),
            new Place("measure name", "measures/nps.yaml", measure("name: \"Measure {X}nps\"", ""), 1, false, true),
            new Place("measure unit", "measures/nps.yaml", measure("name: Measure nps", "unit: \"p{X}ts\"\n"), 9, false, true),
            new Place("measure description", "measures/nps.yaml", measure("name: Measure nps", "description: \"Asked {X}quarterly.\"\n"), 9, true, true),
            new Place("inline measurement note", "measures/nps.yaml", measure("name: Measure nps", "measurements:\n  \"2026-07\":\n    value: 30\n    note: \"Late {X}survey\"\n"), 12, true, true),
            new Place("initiative name", "initiatives/academy.md", "---\nname: \"Acad{X}emy\"\nowner: Lars\nstatus: active\nobjectives: [l1]\n---\nTrain everyone.\n", 2, false, true));

    /** Texts that are not YAML: the character is written as it is. */
    static final List<Place> RAW_PLACES = List.of(
            new Place("objective body (Markdown)", "objectives/c1.md", "---\nname: Objective c1\nperspective: customer\nowner: Owner c1\ndrives: [f1]\n---\nWhy c1 matters.\n\nSecond {X}paragraph.\n", 9, true, false),
            new Place("mission.md", "mission.md", "# Mission\n\nMake {X}tests pass.\n", 3, true, false),
            new Place("CSV note", "measurements/actuals.csv", "measure,period,value,note\nrevenue,2026-08,100,\nrevenue,2026-09,104,\"Booked {X}late\"\nnps,2026-08,31,\nnps,2026-09,32,\n"
                    + "defects,2026-08,6,\ndefects,2026-09,4,\ntraining,2026-08,7,\ntraining,2026-09,9,\n", 3, true, false));

    /** Characters refused wherever they are: escape, raw form (null: no UTF-8 form), code point. */
    static final List<String[]> REFUSED = List.of(
            new String[] {"\\x01", "\u0001", "U+0001"},
            new String[] {"\\e", "\u001B", "U+001B"},
            new String[] {"\\x7F", "\u007F", "U+007F"},
            new String[] {"\\x9B", "\u009B", "U+009B"},
            new String[] {"\\N", null, "U+0085"}, // NEL: as a raw character YAML's own line break, refused as BSC001
            new String[] {"\\uD800", null, "U+D800"},
            new String[] {"\\uDC00", null, "U+DC00"},
            new String[] {"\\uFDD0", "\uFDD0", "U+FDD0"},
            new String[] {"\\uFFFE", "\uFFFE", "U+FFFE"},
            new String[] {"\\U0001FFFF", "\uD83F\uDFFF", "U+1FFFF"});

    /** Bidi controls: refused in a line of text, warned about in prose. */
    static final List<String[]> DIRECTIONAL = List.of(
            new String[] {"\\u202A", "\u202A", "U+202A"},
            new String[] {"\\u202B", "\u202B", "U+202B"},
            new String[] {"\\u202D", "\u202D", "U+202D"},
            new String[] {"\\u202E", "\u202E", "U+202E"},
            new String[] {"\\u2066", "\u2066", "U+2066"},
            new String[] {"\\u2067", "\u2067", "U+2067"},
            new String[] {"\\u2068", "\u2068", "U+2068"},
            new String[] {"\\u2069", "\u2069", "U+2069"});

    /** Tabs and line breaks: a warning in a line of text, fine in prose. */
    static final List<String[]> BREAKS = List.of(
            new String[] {"\\t", "\t", "U+0009"},
            new String[] {"\\n", null, "U+000A"},
            new String[] {"\\r", null, "U+000D"},
            new String[] {"\\L", null, "U+2028"},
            new String[] {"\\P", null, "U+2029"});

    /** Texts a strategy may hold: right-to-left scripts with their marks, CJK, emoji and joiners, combining marks, ... */
    static final List<String> LEGITIMATE = List.of(
            "زيادة الإيرادات", "הגדלת הכנסות", "Mixed עברית and English", "Price \u200F٣٠\u200F and \u200E(EUR)\u200E \u061C",
            "売上 성장 增长", "𠮷野家", "Grow 📈 👩\u200D👩\u200D👧 🇩🇪 👍🏽", "Z\u0335a\u0337l\u0336g\u0338o e\u0301\u0302",
            "ไทย हिन्दी", "Zero\u200Bwidth\u200Cnon\u200Djoiner", "Soft\u00ADhyphen\u00A0no-break\u3000space");

    @TempDir
    Path dir;

    static Stream<Arguments> refusedEverywhere() {
        List<Arguments> cases = new ArrayList<>();
        for (Place place : YAML_PLACES) {
            REFUSED.forEach(c -> cases.add(Arguments.of(place, c[0], c[2])));
        }
        for (Place place : RAW_PLACES) {
            REFUSED.stream().filter(c -> c[1] != null).forEach(c -> cases.add(Arguments.of(place, c[1], c[2])));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("refusedEverywhere")
    void givenAControlCharacterSurrogateOrNoncharacterInAnyText_whenChecked_thenBsc189NamesFileLineAndCharacter(
            Place place, String written, String codePoint) {
        // given the character in one text of a valid strategy
        StrategyDir strategy = StrategyDir.valid(dir).write(place.file(), place.content().replace("{X}", written));

        // when it is checked
        var problems = strategy.check().problems();

        // then exactly one problem: BSC189 at the file and line, naming the character
        assertEquals(List.of("BSC189 " + place.file() + ":" + place.line()),
                problems.stream().map(StrategyDir::line).filter(l -> l.startsWith("BSC189") || l.startsWith("BSC168")
                        || l.startsWith("BSC169") || !l.startsWith("BSC1")).toList(), place + " " + codePoint);
        assertEquals(1, problems.stream().filter(p -> p.message().contains(codePoint + " (")).count(), problems.toString());
    }

    static Stream<Arguments> directionalAndBreaks() {
        List<Arguments> cases = new ArrayList<>();
        for (Place place : concat()) {
            for (String[] c : DIRECTIONAL) {
                cases.add(Arguments.of(place, place.yaml() ? c[0] : c[1], c[2], place.prose() ? "BSC168" : "BSC189"));
            }
            for (String[] c : BREAKS) {
                String written = place.yaml() ? c[0] : c[1];
                if (written != null && !(place.file().endsWith(".csv") && c[0].equals("\\t"))) {
                    cases.add(Arguments.of(place, written, c[2], place.prose() ? "" : "BSC169"));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("directionalAndBreaks")
    void givenABidiControlOrALineBreak_whenChecked_thenANameIsRefusedOrWarnedAndProseIsWarnedOrFine(
            Place place, String written, String codePoint, String expected) {
        StrategyDir strategy = StrategyDir.valid(dir).write(place.file(), place.content().replace("{X}", written));

        List<String> found = strategy.check().problems().stream().map(StrategyDir::line)
                .filter(l -> l.startsWith("BSC189") || l.startsWith("BSC168") || l.startsWith("BSC169")).toList();

        assertEquals(expected.isEmpty() ? List.of() : List.of(expected + " " + place.file() + ":" + place.line()), found,
                place + " " + codePoint);
    }

    static Stream<Arguments> legitimate() {
        List<Arguments> cases = new ArrayList<>();
        for (Place place : concat()) {
            LEGITIMATE.forEach(text -> cases.add(Arguments.of(place, text)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("legitimate")
    void givenRightToLeftCjkEmojiOrCombiningText_whenChecked_thenNoProblemAtAll(Place place, String text) {
        StrategyDir strategy = StrategyDir.valid(dir).write(place.file(), place.content().replace("{X}", text));

        assertEquals(List.of(), strategy.problemLines().stream().filter(l -> !l.startsWith("BSC1") || l.startsWith("BSC16")
                || l.startsWith("BSC189")).toList(), place + ": " + text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("proseWithTabsAndLines")
    void givenProseWithTabsAndLineBreaks_whenChecked_thenNoProblem(String file, String content) {
        StrategyDir strategy = StrategyDir.valid(dir).write(file, content);

        assertEquals(List.of(), strategy.problemLines().stream().filter(l -> l.startsWith("BSC16") || l.startsWith("BSC189")
                || !l.startsWith("BSC1")).toList());
    }

    static Stream<Arguments> proseWithTabsAndLines() {
        return Stream.of(
                Arguments.of("objectives/c1.md", "---\nname: Objective c1\nperspective: customer\nowner: Owner c1\ndrives: [f1]\n---\n"
                        + "Why\tc1 matters.\n\n\tcode indented by a tab\n\n| a\t| b |\n|---|---|\n| 1 | 2 |\n"),
                Arguments.of("measures/nps.yaml", measure("name: Measure nps", "description: |\n  Line one.\n  Line\ttwo.\n\n  Paragraph.\n")),
                Arguments.of("measures/revenue.yaml", measure("name: Measure revenue", "description: \"Line one.\\nLine\\ttwo.\"\n")
                        .replace("objective: c1", "objective: f1")));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"objectives/gro\u202Ewth.md", "objectives/gro\u0001wth.md",
            "measures/n\u2066ps\u2069.yaml", "measures/n\u009Bps.yaml", "initiatives/\u202Eacademy.md"})
    void givenAFileNameWithAControlCharacter_whenChecked_thenTheIdIsRefusedAndNoLogLineCarriesTheCharacter(String file) {
        // given a file whose name (the element's id) holds a control character; Linux allows any but '/' and NUL
        String content = file.endsWith(".md") ? "---\nname: Objective g\nperspective: customer\nowner: Owner g\n---\nWhy.\n"
                : measure("name: Measure n", "");
        StrategyDir strategy = StrategyDir.valid(dir).write(file, content);

        // when checked
        var problems = strategy.check().problems();

        // then the build fails (an id is lower-case letters, digits and hyphens), and the lines the log shows hold the
        // character only as <U+XXXX>
        assertEquals(true, problems.stream().anyMatch(p -> p.isError()), problems.toString());
        for (var problem : problems) {
            assertEquals(java.util.Optional.empty(), dev.bscportal.core.text.TextCharacters.judge(problem.describe(),
                    dev.bscportal.core.text.TextCharacters.Kind.PROSE), problem.describe());
        }
        assertEquals(true, problems.stream().anyMatch(p -> p.describe().contains("<U+")), problems.toString());
    }

    @Test
    void givenAParagraphWithACharacterToReport_whenChecked_thenTheMessageQuotesItOnOneLineAsOtherMessagesDo() {
        // given a Markdown paragraph over two lines with a bell on the second
        List<Problem> problems = new ArrayList<>();

        // when checked
        StrategyCharacters.check("first line\nsecond \u0007 line", TextCharacters.Kind.PROSE, "objectives/g.md", 5, true,
                "The Markdown text", problems::add);

        // then the message quotes it as Quote does (it kept the line feed: one problem, two lines of log)
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().endsWith(": 'first line<U+000A>second <U+0007> line'"), problems.get(0).message());
        assertEquals("objectives/g.md:6", problems.get(0).position().toString());
    }

    @Test
    void givenALongTextWithAnEmojiWhereTheQuoteIsCut_whenChecked_thenNoHalfOfItIsShown() {
        // given a name whose emoji straddled the old cut (77 UTF-16 units), with a bell after it
        List<Problem> problems = new ArrayList<>();
        String name = "x".repeat(76) + "\uD83D\uDE00" + "y".repeat(10) + "\u0007";

        // when checked
        StrategyCharacters.check(name, TextCharacters.Kind.LINE, "objectives/g.md", 2, false, "'name'", problems::add);

        // then the quote is cut after 60 characters, as Quote cuts, and names no lone surrogate the text does not hold
        String message = problems.get(0).message();
        assertTrue(message.endsWith(": '" + "x".repeat(60) + "...'"), message);
        assertFalse(message.contains("<U+D83D>"), message);
    }

    private static List<Place> concat() {
        List<Place> all = new ArrayList<>(YAML_PLACES);
        all.addAll(RAW_PLACES);
        return all;
    }

    private static String measure(String nameLine, String extra) {
        return nameLine + "\nobjective: c1\nkind: lagging\npolarity: higher-is-better\nfrequency: monthly\nthreshold: 20\n"
                + "target: 30\nstretch: 40\n" + extra;
    }
}
