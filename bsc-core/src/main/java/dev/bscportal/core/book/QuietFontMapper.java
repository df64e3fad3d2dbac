package dev.bscportal.core.book;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * The PDF renderer sets up PDF's 14 standard fonts for every document, and PDFBox then looks each one up among the
 * machine's fonts; for ZapfDingbats it finds none and logs "Using fallback font" once per book (160 warnings in an
 * enterprise build). No book draws with it (every glyph is the embedded font's; veraPDF would refuse anything
 * else), so this answers that one lookup with the same fallback, marked as a match, and passes every other one on.
 * Installed once in PDFBox's process-wide mapper slot (the only place PDFBox reads it from).
 */
final class QuietFontMapper implements FontMapper {

    private final FontMapper delegate;

    private QuietFontMapper(FontMapper delegate) {
        this.delegate = delegate;
    }

    static synchronized void install() {
        FontMapper current = FontMappers.instance();
        if (!(current instanceof QuietFontMapper)) {
            FontMappers.set(new QuietFontMapper(current));
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return delegate.getTrueTypeFont(baseFont, descriptor);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        FontMapping<FontBoxFont> mapping = delegate.getFontBoxFont(baseFont, descriptor);
        if (mapping != null && mapping.isFallback() && "ZapfDingbats".equals(baseFont)) {
            return new FontMapping<>(mapping.getFont(), false);
        }
        return mapping;
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
        return delegate.getCIDFont(baseFont, descriptor, systemInfo);
    }
}
