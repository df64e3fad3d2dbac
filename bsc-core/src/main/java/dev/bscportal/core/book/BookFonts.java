package dev.bscportal.core.book;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The fonts every book embeds, from a Maven artifact ({@code com.github.librepdf:openpdf-fonts-extra}: Liberation
 * Sans 2, SIL Open Font License 1.1; Latin with German umlauts and ß, Greek, Cyrillic), so a book never depends on
 * the fonts of the machine that builds it. Subset: only the glyphs used are embedded.
 *
 * <p>Read once per build and shared by every book of it (immutable bytes, and files for the drawing engine, which
 * reads fonts from files only). The fonts' glyph substitution table (GSUB) is hidden from the PDF writer: PDFBox
 * applies it to every string it writes, compiling regular expressions per string, which was a third of a book's
 * CPU time (JFR, bench/profile); for Latin, Greek and Cyrillic text Liberation Sans's substitutions are optional
 * ligatures, so the text draws the same glyphs a browser shows without them.
 *
 * <p>Chinese, Japanese and Korean characters, which Liberation Sans lacks, are drawn with the {@link FallbackFont}s
 * (Droid Sans Fallback, and a Hangul subset of NanumGothic): the page lists them after {@link #FAMILY} and the
 * PDF writer and the drawing engine take each glyph from the first font that has it. They are read only when a book
 * has a character Liberation Sans cannot draw ({@link #needsFallback}), once per build, and only such a book
 * registers them: a book without one is laid out exactly as before.
 */
final class BookFonts {

    static final String FAMILY = "Liberation Sans";

    private static final String ROOT = "liberation/LiberationSans-";

    /** One of the font files, named to find the artifact they come from. */
    static final String RESOURCE = ROOT + "Regular.ttf";

    /** The font-family list of a drawing that names none: the font, then the fallbacks. */
    static final String SVG_FAMILY_LIST = FallbackFont.appendedTo("'" + FAMILY + "'");

    private static final List<String> STYLES = List.of("Regular", "Bold", "Italic", "BoldItalic");

    /**
     * The families the drawings name: the maps ask for "Helvetica,Arial,sans-serif" and get the first (Liberation
     * Sans has Arial's metrics, so Graphviz's boxes still fit their text); a chart names none and is given
     * {@link #FAMILY}. The page itself uses {@link #FAMILY} only (book.ftlh sets it on every element): PDF/UA needs
     * every glyph from an embedded font.
     */
    static final List<String> SVG_FAMILIES = List.of(FAMILY, "Helvetica");


    private final Map<String, byte[]> bytes;
    private final Map<String, Path> files;
    private final Map<String, java.awt.Font> awt;
    private final Map<String, ChartFontMetrics> metrics;
    private final FontCoverage coverage;
    private final Path directory;
    private Map<FallbackFont, byte[]> fallbackBytes;
    private Map<FallbackFont, Path> fallbackFiles;
    private Map<FallbackFont, FontCoverage> fallbackCoverage;
    private Map<FallbackFont, TextRuns.Face> fallbackFaces;

    private BookFonts(Map<String, byte[]> bytes, Map<String, Path> files, Map<String, java.awt.Font> awt,
            Map<String, ChartFontMetrics> metrics, FontCoverage coverage, Path directory) {
        this.bytes = bytes;
        this.files = files;
        this.awt = awt;
        this.metrics = metrics;
        this.coverage = coverage;
        this.directory = directory;
    }

    /** Reads the four styles from the class path and writes them as files into {@code directory}. */
    static BookFonts load(Path directory) throws IOException {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        Map<String, Path> files = new LinkedHashMap<>();
        Map<String, java.awt.Font> awt = new LinkedHashMap<>();
        Map<String, ChartFontMetrics> metrics = new LinkedHashMap<>();
        for (String style : STYLES) {
            byte[] font;
            try (InputStream in = open(style)) {
                font = withoutGlyphSubstitution(in.readAllBytes());
            }
            Path file = directory.resolve("LiberationSans-" + style + ".ttf");
            Files.write(file, font);
            bytes.put(style, font);
            files.put(style, file);
            metrics.put(style, ChartFontMetrics.of(font));
            // from the bytes, not the file: the JDK keeps its own copy, so the face never points at a deleted file
            try (InputStream in = new ByteArrayInputStream(font)) {
                awt.put(style, java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in));
            } catch (java.awt.FontFormatException e) {
                throw new IOException("The font " + ROOT + style + ".ttf could not be read: " + e.getMessage(), e);
            }
        }
        return new BookFonts(Map.copyOf(bytes), Map.copyOf(files), Map.copyOf(awt), Map.copyOf(metrics),
                FontCoverage.of(bytes.get("Regular")), directory);
    }

    /**
     * Whether {@code text} has a Chinese, Japanese or Korean character Liberation Sans cannot draw, so its book
     * needs the fallback fonts. Other missing characters do not count: the fallbacks lack emoji and other scripts
     * too, and the charts' ◆, which the document replaces, would otherwise load them for nearly every book.
     */
    boolean needsFallback(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp >= 0x1100 && FallbackFont.mayCover(cp) && !coverage.covers(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * For each character: the family of the first fallback font that draws it, or null when Liberation Sans does (or
     * no font does). Reads the fallback fonts.
     */
    IntFunction<String> fallbackFamilies() throws IOException {
        Map<FallbackFont, FontCoverage> covers = fallbackCoverage();
        return cp -> {
            if (coverage.covers(cp)) {
                return null;
            }
            for (var e : covers.entrySet()) {
                if (e.getValue().covers(cp)) {
                    return e.getKey().family();
                }
            }
            return null;
        };
    }

    private synchronized Map<FallbackFont, FontCoverage> fallbackCoverage() throws IOException {
        if (fallbackCoverage == null) {
            Map<FallbackFont, FontCoverage> covers = new LinkedHashMap<>();
            for (var e : fallbacks().entrySet()) {
                covers.put(e.getKey(), FontCoverage.of(e.getValue()));
            }
            fallbackCoverage = covers;
        }
        return fallbackCoverage;
    }

    /** Registers the fonts with the PDF writer; the fallback only when {@code fallback} (read on first use). */
    void register(PdfRendererBuilder builder, boolean fallback) throws IOException {
        builder.useFont(() -> stream("Regular"), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> stream("Bold"), FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> stream("Italic"), FAMILY, 400, FontStyle.ITALIC, true);
        builder.useFont(() -> stream("BoldItalic"), FAMILY, 700, FontStyle.ITALIC, true);
        if (fallback) {
            for (var e : fallbacks().entrySet()) {
                byte[] font = e.getValue();
                String family = e.getKey().family();
                // one face each (the fonts have no bold or italic): the same glyphs for every weight and style
                builder.useFont(() -> new ByteArrayInputStream(font), family, 400, FontStyle.NORMAL, true);
                builder.useFont(() -> new ByteArrayInputStream(font), family, 700, FontStyle.NORMAL, true);
                builder.useFont(() -> new ByteArrayInputStream(font), family, 400, FontStyle.ITALIC, true);
                builder.useFont(() -> new ByteArrayInputStream(font), family, 700, FontStyle.ITALIC, true);
            }
        }
    }

    /** The fallback fonts without their GSUB tables, read from the class path and written as files once per build. */
    private synchronized Map<FallbackFont, byte[]> fallbacks() throws IOException {
        if (fallbackBytes == null) {
            Map<FallbackFont, byte[]> read = new LinkedHashMap<>();
            Map<FallbackFont, Path> written = new LinkedHashMap<>();
            for (FallbackFont f : FallbackFont.ALL) {
                byte[] font = withoutGlyphSubstitution(f.read());
                Path file = directory.resolve(f.fileName());
                Files.write(file, font);
                read.put(f, font);
                written.put(f, file);
            }
            fallbackFiles = written;
            fallbackBytes = read;
        }
        return fallbackBytes;
    }

    /** The fallback fonts as files, for the general SVG engine. */
    synchronized Map<FallbackFont, Path> fallbackFiles() throws IOException {
        fallbacks();
        return fallbackFiles;
    }

    /**
     * The face for drawing a chart's text ({@link ChartImage}): the PDF output maps it back to the embedded font of
     * the same family, weight and style, so the text is the book's font.
     */
    java.awt.Font awt(boolean bold, boolean italic) {
        return awt.get(style(bold, italic));
    }

    /** The advance widths of the face, to place a chart's anchored text ({@link ChartImage}). */
    ChartFontMetrics metrics(boolean bold, boolean italic) {
        return metrics.get(style(bold, italic));
    }

    private static String style(boolean bold, boolean italic) {
        return bold ? (italic ? "BoldItalic" : "Bold") : (italic ? "Italic" : "Regular");
    }

    private InputStream stream(String style) {
        return new ByteArrayInputStream(bytes.get(style));
    }

    /**
     * The font with its GSUB table renamed (the table directory's tag {@code GSUB} becomes {@code GSUx}, which no
     * reader knows, so it is skipped; offsets, lengths and the directory's order stay as they are). A font without
     * one is returned unchanged.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        byte[] copy = font.clone();
        if (copy.length < 12) {
            return copy;
        }
        int tables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (at + 4 > copy.length) {
                break;
            }
            if (new String(copy, at, 4, StandardCharsets.US_ASCII).equals("GSUB")) {
                copy[at + 3] = 'x';
            }
        }
        return copy;
    }

    /**
     * The book's drawer of SVG: charts and maps straight into the PDF ({@link BookSvgDrawer}); anything else through
     * Batik ({@link BatikDrawer}), made only when a drawing needs it, so a book of our own drawings never loads it;
     * without Batik on the class path such a drawing is {@link UndrawableDrawing} (BSC188).
     */
    com.openhtmltopdf.extend.SVGDrawer svgDrawer(boolean fallback) throws IOException {
        return new BookSvgDrawer(drawing -> {
            if (!GeneralSvgEngine.available()) {
                throw new UndrawableDrawing(drawing);
            }
            return BatikDrawer.of(this, fallback);
        }, this, fallback ? fallbackFamilies() : null);
    }

    /** The file of a face of the book's font, for the general SVG engine, which reads fonts from files only. */
    Path file(boolean bold) {
        return files.get(bold ? "Bold" : "Regular");
    }

    /**
     * The face and advances of a fallback font, for drawing its stretches of a drawing's text ({@link TextRuns}):
     * read once per build, when the first drawing needs it.
     */
    synchronized TextRuns.Face fallbackFace(FallbackFont font) throws IOException {
        if (fallbackFaces == null) {
            fallbackFaces = new LinkedHashMap<>();
        }
        TextRuns.Face face = fallbackFaces.get(font);
        if (face == null) {
            byte[] bytes = fallbacks().get(font);
            try (InputStream in = new ByteArrayInputStream(bytes)) {
                face = new TextRuns.Face(java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in), ChartFontMetrics.of(bytes),
                        fallbackCoverage().get(font)::hasGlyph);
            } catch (java.awt.FontFormatException e) {
                throw new IOException("The font " + font.resource() + " could not be read: " + e.getMessage(), e);
            }
            fallbackFaces.put(font, face);
        }
        return face;
    }

    private static InputStream open(String style) throws IOException {
        InputStream in = BookFonts.class.getClassLoader().getResourceAsStream(ROOT + style + ".ttf");
        if (in == null) {
            throw new IOException("The font " + ROOT + style
                    + ".ttf is missing from the class path (artifact com.github.librepdf:openpdf-fonts-extra).");
        }
        return in;
    }
}
