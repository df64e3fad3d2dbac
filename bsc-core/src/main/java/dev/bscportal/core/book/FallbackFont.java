package dev.bscportal.core.book;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A font the books draw a character with when Liberation Sans has no glyph for it, from our artifact
 * {@code dev.bscportal:bsc-fonts-cjk} (made by its tools/make from Debian's packages): the page lists them after
 * Liberation Sans, in {@link #ALL}'s order, and the PDF writer takes each glyph from the first font that has it.
 *
 * @param family the family book.ftlh and the drawings name it by
 * @param resource where it is on the class path
 */
record FallbackFont(String family, String resource) {

    /** Chinese (simplified and traditional), kana and kanji, hanja, CJK punctuation (Apache License 2.0). */
    static final FallbackFont DROID = new FallbackFont("Droid Sans Fallback", "dev/bscportal/fonts/cjk/DroidSansFallbackFull.ttf");

    /** The Hangul syllables and Jamo, which Droid Sans Fallback lacks: a subset of NanumGothic (SIL OFL 1.1). */
    static final FallbackFont HANGUL = new FallbackFont("BSC Hangul", "dev/bscportal/fonts/cjk/BscHangul.ttf");

    static final List<FallbackFont> ALL = List.of(DROID, HANGUL);

    /** The font-family list {@code list} (CSS or SVG syntax) with the fallbacks' families, quoted, at its end. */
    static String appendedTo(String list) {
        return list + ", " + ALL.stream().map(f -> "'" + f.family() + "'").collect(Collectors.joining(", "));
    }

    private static final java.util.Set<Character.UnicodeScript> SCRIPTS = java.util.EnumSet.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL,
            Character.UnicodeScript.BOPOMOFO);

    private static final java.util.Set<Character.UnicodeBlock> BLOCKS = java.util.Set.of(
            Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION, Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS,
            Character.UnicodeBlock.CJK_COMPATIBILITY, Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS,
            Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS, Character.UnicodeBlock.KANBUN);

    /** Whether the character is Chinese, Japanese or Korean (a script or punctuation block the fallbacks are for). */
    static boolean mayCover(int codePoint) {
        return SCRIPTS.contains(Character.UnicodeScript.of(codePoint)) || BLOCKS.contains(Character.UnicodeBlock.of(codePoint));
    }

    /** The font file's bytes. */
    byte[] read() throws IOException {
        try (InputStream in = FallbackFont.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("The font " + resource + " is missing from the class path (artifact dev.bscportal:bsc-fonts-cjk).");
            }
            return in.readAllBytes();
        }
    }

    /** The file name it is written under for the drawing engine. */
    String fileName() {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }
}
