package dev.bscportal.core.text;

import java.util.Locale;
import java.util.Optional;

/**
 * The one judgement of a character in a text from the strategy, by the kind of text it sits in. What each does when
 * published (measured on the example, 2026-11-30):
 * <ul>
 *   <li>C0 controls (but tab, line feed, carriage return), DEL and C1 controls went into every page, strategy.json,
 *   the search index and the maps as written: an HTML parse error on every page that shows the text, a character
 *   XML 1.0 forbids in the SVG maps (the maps holding one were left out), a terminal escape (U+009B, CSI) in Maven's
 *   log.</li>
 *   <li>A lone surrogate half (a YAML escape <code>"&#92;uD800"</code>) has no UTF-8 form: the build failed with "Input length
 *   = 1", naming neither file nor line.</li>
 *   <li>Noncharacters (U+FDD0-FDEF, U+xxFFFE, U+xxFFFF) are HTML parse errors; U+FFFE/U+FFFF are not XML (maps left
 *   out).</li>
 *   <li>Bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069) went into every output unchanged: a name
 *   shown reversed or reordered ("Trojan Source") on pages, maps, the book and review pages.</li>
 * </ul>
 * So: these are {@link Verdict#REFUSED} in any text, but the bidi controls only in a {@link Kind#LINE} text (a name,
 * title, owner, label: spoofable) and {@link Verdict#WARNED} in {@link Kind#PROSE} (a paragraph ends their reach, and
 * right-to-left writers use them). Tab and line breaks (also U+2028, U+2029) are prose; in a line of text they are
 * shown as a space and {@link Verdict#WARNED}. Everything else passes: right-to-left scripts, the marks U+200E, U+200F
 * and U+061C, CJK, emoji, combining marks, zero-width joiners.
 */
public final class TextCharacters {

    /** The kind of text a value is. */
    public enum Kind {
        /** One line shown as a name: names, titles, owners, labels, units, list entries, keys. */
        LINE,
        /** Paragraphs: Markdown bodies and fields, descriptions, commentary, notes. */
        PROSE
    }

    /** What becomes of a text holding the character. */
    public enum Verdict {
        /** The output would be broken or spoofable: an error. */
        REFUSED,
        /** Harmless but surely not meant: a warning. */
        WARNED
    }

    /** A character of a text that is not fine, where it is, and its verdict. */
    public record Finding(int index, int codePoint, boolean loneSurrogate, Verdict verdict) {
        /** {@code U+202E (RIGHT-TO-LEFT OVERRIDE)}, {@code U+D800 (a lone surrogate half)}. */
        public String shown() {
            return TextCharacters.shown(codePoint, loneSurrogate);
        }

        /** Whether the character changes the order in which text is shown. */
        public boolean directional() {
            return isBidiControl(codePoint);
        }
    }

    private TextCharacters() {
    }

    /** The first character of {@code text} that is refused, else the first warned about; empty when all are fine. */
    public static Optional<Finding> judge(String text, Kind kind) {
        Finding warned = null;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            int cp;
            boolean lone = false;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                cp = Character.toCodePoint(c, text.charAt(i + 1));
            } else {
                cp = c;
                lone = Character.isSurrogate(c);
            }
            Verdict verdict = lone ? Verdict.REFUSED : verdict(cp, kind);
            if (verdict == Verdict.REFUSED) {
                return Optional.of(new Finding(i, cp, lone, verdict));
            }
            if (verdict == Verdict.WARNED && warned == null) {
                warned = new Finding(i, cp, false, verdict);
            }
            i += Character.charCount(cp);
        }
        return Optional.ofNullable(warned);
    }

    /** The verdict on one code point (not a surrogate half) in a text of {@code kind}; null when it is fine. */
    public static Verdict verdict(int cp, Kind kind) {
        if (cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029) {
            return kind == Kind.LINE ? Verdict.WARNED : null;
        }
        if (cp < 0x20 || cp >= 0x7F && cp <= 0x9F || isNoncharacter(cp)) {
            return Verdict.REFUSED;
        }
        if (isBidiControl(cp)) {
            return kind == Kind.LINE ? Verdict.REFUSED : Verdict.WARNED;
        }
        return null;
    }

    /**
     * Whether a character may not stand in one line shown to a person (a log line, a message, a cell) or in XML 1.0:
     * every character {@link #verdict} refuses or warns about in a {@link Kind#LINE} (so every character XML 1.0
     * forbids, and the terminal escapes and bidi controls it allows), and surrogate halves: {@code cp} is a code point,
     * or a lone surrogate half as its own value (as {@link String#codePointAt} gives it). The one rule
     * {@link #escapedForLog}, {@link #escapedInLine} and {@link #spacedInLine} apply.
     */
    public static boolean unsafeInLine(int cp) {
        return cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE || verdict(cp, Kind.LINE) != null;
    }

    /**
     * {@code text} with every character {@link #unsafeInLine} but tab and line feed written as {@code <U+XXXX>}: for
     * logs, which a terminal interprets (U+009B and ESC start escape sequences).
     */
    public static String escapedForLog(String text) {
        return escaped(text, true);
    }

    /**
     * {@code text} with every character {@link #unsafeInLine}, tab and line feed too, written as {@code <U+XXXX>}: a
     * value quoted in a message, which must stay one line and show what the file holds.
     */
    public static String escapedInLine(String text) {
        return escaped(text, false);
    }

    /** {@code text} with every character {@link #unsafeInLine} as a space: a value written where only text goes. */
    public static String spacedInLine(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (unsafeInLine(cp)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(' ');
            } else if (out != null) {
                out.append(text, i, next);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    /** The first {@code max} UTF-16 units of {@code text}, one fewer where the cut would split a surrogate pair. */
    public static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, max > 0 && Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
    }

    private static String escaped(String text, boolean keepTabAndLineFeed) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean kept = keepTabAndLineFeed && (cp == '\t' || cp == '\n');
            if (!kept && unsafeInLine(cp)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format(Locale.ROOT, "<U+%04X>", cp));
            } else if (out != null) {
                out.append(text, i, next);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    /**
     * Whether a character of a plugin parameter (a site address, a title, a name given to {@code bsc:init}) would be
     * invisible or misleading in it: a control, format character (bidi controls, zero-width space; not the zero-width
     * (non-)joiners of emoji and some scripts), line or paragraph separator, unassigned, private-use or surrogate code
     * point. Stricter than {@link #unsafeInLine}, which judges a strategy's prose.
     */
    public static boolean invisible(int cp) {
        if (cp == 0x200C || cp == 0x200D) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || type == Character.SURROGATE;
    }

    /**
     * A refused parameter value as a message shows it: its first {@code max} characters (a surrogate pair counting as
     * one), each {@link #invisible} one written as {@code <U+XXXX>}, and "..." when there was more.
     */
    public static String shownValue(String value, int max) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(max).forEach(c -> {
            if (invisible(c)) {
                out.append(String.format(Locale.ROOT, "<U+%04X>", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return value.codePointCount(0, value.length()) > max ? out + "..." : out.toString();
    }

    static String shown(int cp, boolean lone) {
        String name = lone ? null : Character.getName(cp);
        return String.format(Locale.ROOT, "U+%04X", cp) + " (" + (lone ? "a lone surrogate half" : name == null ? "a noncharacter" : name) + ")";
    }

    private static boolean isNoncharacter(int cp) {
        return cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE;
    }

    private static boolean isBidiControl(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
    }
}
