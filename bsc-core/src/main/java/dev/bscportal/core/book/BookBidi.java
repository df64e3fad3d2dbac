package dev.bscportal.core.book;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.text.Bidi;
import java.util.Map;

/**
 * Right-to-left text in the book (an owner named in Hebrew, a Hebrew value beside Latin ones) laid out by the
 * Unicode bidirectional algorithm of the JDK ({@link java.text.Bidi}), so {@code נועה כהן} prints as written and
 * not letter by letter reversed, which is what the PDF engine does without a bidi implementation. Its own one
 * (openhtmltopdf-rtl-support) needs ICU4J, 13 MB; the JDK's algorithm splits and orders the runs just as well.
 * Arabic letters are not shaped (the books' fonts have no Arabic glyphs: BSC186 warns of them).
 */
final class BookBidi implements BidiSplitterFactory {

    /** Brackets and other paired characters that face the other way in a right-to-left run. */
    private static final Map<Integer, Integer> MIRRORED = Map.ofEntries(
            Map.entry((int) '(', (int) ')'), Map.entry((int) ')', (int) '('), Map.entry((int) '[', (int) ']'),
            Map.entry((int) ']', (int) '['), Map.entry((int) '{', (int) '}'), Map.entry((int) '}', (int) '{'),
            Map.entry((int) '<', (int) '>'), Map.entry((int) '>', (int) '<'), Map.entry((int) '«', (int) '»'),
            Map.entry((int) '»', (int) '«'), Map.entry((int) '‹', (int) '›'), Map.entry((int) '›', (int) '‹'));

    private BookBidi() {
    }

    /** Lays out the book's text with this bidi implementation, left to right by default. */
    static void install(PdfRendererBuilder builder) {
        builder.useUnicodeBidiSplitter(new BookBidi());
        builder.useUnicodeBidiReorderer(new Reorderer());
        builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
    }

    @Override
    public BidiSplitter createBidiSplitter() {
        return new Splitter();
    }

    /** The runs of one paragraph in visual order, each with its direction. */
    static final class Splitter implements BidiSplitter {

        private Bidi bidi;
        private int[] visual = new int[0];

        @Override
        public void setParagraph(String paragraph, byte defaultDirection) {
            int flags = defaultDirection == RTL ? Bidi.DIRECTION_RIGHT_TO_LEFT
                    : defaultDirection == LTR ? Bidi.DIRECTION_LEFT_TO_RIGHT : Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT;
            bidi = new Bidi(paragraph, flags);
            int runs = bidi.getRunCount();
            byte[] levels = new byte[runs];
            Integer[] order = new Integer[runs];
            for (int r = 0; r < runs; r++) {
                levels[r] = (byte) bidi.getRunLevel(r);
                order[r] = r;
            }
            if (runs > 0) {
                Bidi.reorderVisually(levels, 0, order, 0, runs);
            }
            visual = new int[runs];
            for (int r = 0; r < runs; r++) {
                visual[r] = order[r];
            }
        }

        @Override
        public int countTextRuns() {
            return visual.length;
        }

        @Override
        public BidiTextRun getVisualRun(int runIndex) {
            int run = visual[runIndex];
            int start = bidi.getRunStart(run);
            return new BidiTextRun(start, bidi.getRunLimit(run) - start, (bidi.getRunLevel(run) & 1) == 1 ? RTL : LTR);
        }

        @Override
        public byte getBaseDirection(String paragraph) {
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                byte d = Character.getDirectionality(cp);
                if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                    return LTR;
                }
                if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    return RTL;
                }
                i += Character.charCount(cp);
            }
            return NEUTRAL;
        }
    }

    /** A right-to-left run drawn left to right: its characters reversed (a character
     * stays with its combining marks), brackets mirrored. */
    static final class Reorderer implements BidiReorderer {

        @Override
        public String reorderRTLTextToLTR(String text) {
            int[] cps = text.codePoints().toArray();
            StringBuilder out = new StringBuilder(text.length());
            int end = cps.length;
            while (end > 0) {
                int start = end - 1;
                while (start > 0 && isMark(cps[start])) {
                    start--;
                }
                // a base character with the marks that follow it (Hebrew points) stays one cluster, in logical order
                for (int i = start; i < end; i++) {
                    out.appendCodePoint(i == start ? MIRRORED.getOrDefault(cps[i], cps[i]) : cps[i]);
                }
                end = start;
            }
            return out.toString();
        }

        private static boolean isMark(int cp) {
            int type = Character.getType(cp);
            return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
        }

        @Override
        public String shapeText(String text) {
            return text;
        }

        @Override
        public String deshapeText(String text) {
            return text;
        }

        @Override
        public boolean isLiveImplementation() {
            return true;
        }
    }
}
