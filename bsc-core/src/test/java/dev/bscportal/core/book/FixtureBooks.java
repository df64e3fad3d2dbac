package dev.bscportal.core.book;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.maps.MapLayout;
import dev.bscportal.core.site.SiteOptions;
import dev.bscportal.core.testing.Dot;
import dev.bscportal.core.testing.StrategyDir;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fixture strategy checked once, and its briefing books written as a build writes them (default options, maps laid
 * out by Graphviz dot behind a layout cache) into folders of a test class's shared folder; and the glyphs a book draws.
 */
final class FixtureBooks {

    /** What is done with each glyph a PDF draws as text, on its 1-based page. */
    interface GlyphVisitor {
        void visit(int page, TextPosition glyph) throws IOException;
    }

    private final Path shared;
    private final Optional<MapLayout> layout;
    private final CheckResult checked;

    private FixtureBooks(Path shared, Optional<MapLayout> layout, CheckResult checked) {
        this.shared = shared;
        this.layout = layout;
        this.checked = checked;
    }

    /** The strategy copied from {@code fixture} and checked without an error; the map cache in {@code shared}. */
    static FixtureBooks of(Path fixture, Path shared) throws IOException {
        Optional<MapLayout> layout = Optional.of(Dot.cached(shared.resolve("map-cache")));
        CheckResult checked = StrategyDir.empty(fixture).check();
        assertTrue(checked.strategy().isPresent(), checked.errors().toString());
        return new FixtureBooks(shared, layout, checked);
    }

    CheckResult checked() {
        return checked;
    }

    /** The fixture's books written into the new folder {@code folder} of the shared folder, which is returned. */
    Path write(String folder) throws Exception {
        return write(checked, folder);
    }

    /** The books of another {@code strategy}, written the same way. */
    Path write(CheckResult strategy, String folder) throws Exception {
        Path out = Files.createDirectories(shared.resolve(folder));
        new BriefingBooks(SiteOptions.defaults(), BookOptions.defaults(), layout, false)
                .write(strategy.strategy().orElseThrow(), strategy.scores().orElseThrow(), out, Optional.empty());
        return out;
    }

    /** Each glyph {@code pdf} draws as text, in the order PDFBox's text stripper meets them. */
    static void eachGlyph(Path pdf, GlyphVisitor visitor) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    try {
                        visitor.visit(getCurrentPageNo(), text);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    super.processTextPosition(text);
                }
            };
            stripper.getText(doc);
        }
    }
}
