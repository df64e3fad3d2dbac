package dev.bscportal.core.book;

import dev.bscportal.core.site.SiteOptions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The company book's charts drawn straight into the PDF (no SVG engine): they look as Batik drew them, their text is
 * text in the embedded book font, and each is a Figure with its alt text in the structure tree (PDF/UA).
 */
class ChartDrawingTest {

    private static final String ID = "0123456789abcdef0123456789abcdef";

    @TempDir
    static Path dir;

    static Path drawn;
    static Path batik;
    static List<String> alts;

    @BeforeAll
    static void renderTheCompanyBookBothWays() throws Exception {
        // one document per rendering: Batik writes its size into a drawing's attributes
        org.w3c.dom.Document doc = BookDocuments.ofExample(SiteOptions.defaults()).get(BriefingBooks.FILE);
        org.w3c.dom.Document again = BookDocuments.ofExample(SiteOptions.defaults()).get(BriefingBooks.FILE);
        alts = new ArrayList<>();
        NodeList svgs = doc.getElementsByTagNameNS("*", "svg");
        for (int i = 0; i < svgs.getLength(); i++) {
            alts.add(((Element) svgs.item(i)).getAttribute("alt"));
        }
        BookFonts fonts = BookFonts.load(Files.createDirectories(dir.resolve("fonts")));
        LocalDate date = LocalDate.of(2026, 10, 31);
        drawn = Files.write(dir.resolve("drawn.pdf"), BookPdf.render(doc, date, ID, fonts, false));
        batik = Files.write(dir.resolve("batik.pdf"), BookPdf.render(again, date, ID, fonts, false, BatikDrawer.of(fonts, false)));
    }

    @Test
    void givenTheCompanyBookWhenChartsAreDrawnStraightIntoThePdfThenEveryPageLooksAsBatikDrewIt() throws Exception {
        Path shots = Files.createDirectories(Path.of("../portal-tests/target/screenshots"));
        try (PDDocument a = Loader.loadPDF(drawn.toFile()); PDDocument b = Loader.loadPDF(batik.toFile())) {
            assertEquals(b.getNumberOfPages(), a.getNumberOfPages(), "the same pages");
            PDFRenderer ra = new PDFRenderer(a);
            PDFRenderer rb = new PDFRenderer(b);
            int chartPage = firstPageWith(a, "2025-01");
            for (int page = 0; page < a.getNumberOfPages(); page++) {
                BufferedImage ia = ra.renderImageWithDPI(page, 72);
                BufferedImage ib = rb.renderImageWithDPI(page, 72);
                // edge smoothing of thin lines differs (Batik places in float): compared after a 3x3 blur, which
                // keeps a missing label, band or marker, a wrong colour or a shifted drawing far above the bound
                double off = PageImages.differing(PageImages.blurred(ia), PageImages.blurred(ib), 48);
                if (off >= 0.0005) {
                    ImageIO.write(PageImages.sideBySide(ia, ib), "png", shots.resolve("book-chart-page-" + (page + 1) + "-differs.png").toFile());
                }
                assertTrue(off < 0.0005, "page " + (page + 1) + ": " + off * 100 + "% of pixels differ beyond edge smoothing");
            }
            ImageIO.write(PageImages.sideBySide(ra.renderImageWithDPI(chartPage, 110), rb.renderImageWithDPI(chartPage, 110)), "png",
                    shots.resolve("book-chart-drawn-left-batik-right.png").toFile());
        }
    }

    @Test
    void givenTheCompanyBookThenChartTextIsTextInTheEmbeddedBookFont() throws Exception {
        try (PDDocument doc = Loader.loadPDF(drawn.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            // month ticks and band labels are only in the charts (the tables write "October 2026")
            assertTrue(text.contains("2025-01") && text.contains("Off target"), "chart text is extractable");
            Set<String> fonts = new TreeSet<>();
            for (PDPage page : doc.getPages()) {
                collectFonts(page.getResources(), fonts, 0);
            }
            assertTrue(!fonts.isEmpty());
            for (String font : fonts) {
                assertTrue(font.contains("LiberationSans") && font.endsWith("embedded"), font);
            }
        }
    }

    @Test
    void givenTheCompanyBookThenEveryChartIsAFigureWithItsAltTextInTheStructureTree() throws Exception {
        try (PDDocument doc = Loader.loadPDF(drawn.toFile())) {
            List<String> figures = new ArrayList<>();
            collectFigures(doc.getDocumentCatalog().getStructureTreeRoot(), figures);
            assertTrue(alts.size() > 20 && alts.stream().noneMatch(String::isBlank), "alt text of every drawing");
            assertEquals(alts, figures);
        }
    }

    private static void collectFigures(PDStructureNode node, List<String> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    out.add(e.getAlternateDescription());
                }
                collectFigures(e, out);
            }
        }
    }

    private static void collectFonts(PDResources resources, Set<String> out, int depth) throws Exception {
        if (resources == null || depth > 4) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            out.add(font.getName() + (font.isEmbedded() ? " embedded" : " NOT embedded"));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                collectFonts(form.getResources(), out, depth + 1);
            }
        }
    }

    private static int firstPageWith(PDDocument doc, String text) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= doc.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(doc).contains(text)) {
                return page - 1;
            }
        }
        throw new AssertionError("no page shows " + text);
    }
}
