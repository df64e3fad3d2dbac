package dev.bscportal.core.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.List;

/**
 * Markdown to HTML with the parser and renderer built once (both are thread-safe). By default raw HTML in
 * the text is shown escaped, and links or images with {@code javascript:}, {@code vbscript:} or
 * {@code data:} targets are dropped, so strategy text can never run script in a reader's browser.
 */
public final class Markdown {

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<[^>]*>");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    static final String SUPPRESSED_LINKS = "(?i)^\\s*(javascript|vbscript|data|file):.*";

    private final Parser parser;
    private final HtmlRenderer renderer;
    /** The same description shows on several pages (objective, perspective, theme, search): converted once. */
    private final java.util.Map<String, String> htmlByText = new java.util.concurrent.ConcurrentHashMap<>();

    public Markdown(boolean allowRawHtml) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, !allowRawHtml);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, SUPPRESSED_LINKS);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = htmlByText.get(markdown);
        if (html == null) {
            html = renderer.render(parser.parse(markdown));
            htmlByText.put(markdown, html);
        }
        return html;
    }

    /** The text of the Markdown without markup, for search and summaries. */
    public String toPlainText(String markdown) {
        String text = TAG.matcher(toHtml(markdown)).replaceAll(" ");
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
        return SPACES.matcher(text).replaceAll(" ").trim();
    }
}
