package dev.bscportal.core.book;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A drawing's text split into the stretches each font draws, as the general engine draws the fallback tspans. */
class TextRunsTest {

    @TempDir
    static Path dir;

    static BookFonts fonts;

    @BeforeAll
    static void load() throws Exception {
        fonts = BookFonts.load(Files.createDirectories(dir.resolve("fonts")));
    }

    private static List<String> runs(String text) throws Exception {
        return new TextRuns(fonts, fonts.fallbackFamilies()).runs(text, false, false).stream()
                .map(r -> r.face().getFamily(java.util.Locale.ROOT) + ":" + r.text()).toList();
    }

    @Test
    void givenLatinTextThenOneStretchInTheBookFont() throws Exception {
        assertEquals(List.of("Liberation Sans:On target · Grüße"), runs("On target · Grüße"));
        assertEquals(List.of("Liberation Sans:On target"),
                new TextRuns(fonts, null).runs("On target", true, false).stream().map(r -> r.face().getFamily(java.util.Locale.ROOT) + ":" + r.text()).toList());
    }

    @Test
    void givenChineseAfterLatinThenEachStretchInTheFontThatHasIt() throws Exception {
        assertEquals(List.of("Liberation Sans:On target · ", "Droid Sans Fallback:王小明"), runs("On target · 王小明"));
        assertEquals(List.of("Droid Sans Fallback:人材育成 ", "Liberation Sans:Skills"), runs("人材育成 Skills"));
    }

    @Test
    void givenKoreanWordsThenTheSpaceBetweenThemIsDrawnByAFontThatHasASpace() throws Exception {
        // BSC Hangul (the Hangul subset) has no space: the general engine takes it from the next font of the list
        assertEquals(List.of("BSC Hangul:품질", "Droid Sans Fallback: ", "BSC Hangul:향상"), runs("품질 향상"));
        assertEquals(List.of("Liberation Sans:● On target · ", "BSC Hangul:김민준"), runs("● On target · 김민준"));
    }

    @Test
    void givenTheFallbackFontsThenTheirFacesAreTheFamiliesThePdfWriterKnowsThemBy() throws Exception {
        for (FallbackFont f : FallbackFont.ALL) {
            // the PDF output maps a drawing's face back to the registered font by the face's family name
            assertEquals(f.family(), fonts.fallbackFace(f).font().getFamily());
        }
    }
}
