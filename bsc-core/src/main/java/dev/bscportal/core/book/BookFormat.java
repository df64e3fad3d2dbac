package dev.bscportal.core.book;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.bscportal.core.files.CodeStamp;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes the PDF of a given book document: the code that lays it out and writes it (this engine, openhtmltopdf,
 * PDFBox, Batik), the templates that make its document (the built-in templates' jar, Freemarker, flexmark) and the
 * font artifact, each by its {@link CodeStamp} (path, size and modification time of its jar
 * or class folder), as the site's page reuse and build fingerprint stamp their code. Its {@link #digest()} is
 * recorded beside the published books ({@link BriefingBooks#RECORD}), and a book is reused only when the code that
 * wrote it had the same one: a new plugin build, a changed class or an upgraded library lays every book out again,
 * without anyone raising a version by hand. It is kept out of the PDF itself (its id is the book's key, see
 * {@link dev.bscportal.core.site.BookKeys}, which holds the template overrides and labels by content), so the bytes of a
 * book do not depend on where the plugin is installed.
 */
record BookFormat(String stamp) {

    /** The built-in book template, whose jar (or folder) is stamped. */
    private static final String TEMPLATE = "dev/bscportal/site/templates/book.ftlh";

    BookFormat {
        if (stamp == null || stamp.isBlank()) {
            throw new IllegalArgumentException("stamp");
        }
    }

    /** The format of the code running now. */
    static BookFormat ofRunningCode() {
        List<String> parts = new ArrayList<>();
        for (Class<?> type : new Class<?>[] {BriefingBooks.class, PdfRendererBuilder.class,
                PDDocument.class, freemarker.template.Template.class,
                com.vladsch.flexmark.parser.Parser.class}) {
            parts.add(CodeStamp.of(type));
        }
        // the general SVG engine, when the plugin has one (it draws only drawings of an overridden template)
        GeneralSvgEngine.stampClass().ifPresent(type -> parts.add(CodeStamp.of(type)));
        parts.add(fontStamp(TEMPLATE));
        parts.add(fontStamp(BookFonts.RESOURCE));
        for (FallbackFont f : FallbackFont.ALL) {
            parts.add(fontStamp(f.resource()));
        }
        return new BookFormat(String.join("|", parts));
    }

    /** SHA-256 of the stamp, hex: what is recorded beside the books. */
    String digest() {
        return dev.bscportal.core.text.Sha256.hex(stamp);
    }

    /** The jar (or folder) a resource (an embedded font, the book template) is read from. */
    private static String fontStamp(String resource) {
        URL font = BookFormat.class.getClassLoader().getResource(resource);
        if (font == null) {
            return "no font";
        }
        if ("jar".equals(font.getProtocol())) {
            String jar = font.getPath();
            try {
                return CodeStamp.of(new URL(jar.substring(0, jar.indexOf("!/"))));
            } catch (MalformedURLException | RuntimeException e) {
                return jar;
            }
        }
        return CodeStamp.of(font);
    }
}
