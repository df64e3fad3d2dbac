package dev.bscportal.core.markdown;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;

import dev.bscportal.core.memo.Generations;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown to HTML with the parser and renderer built once (both are thread-safe). Strategy text can never run
 * script in a reader's browser: by default raw HTML in the text is shown escaped; every link, image and autolink
 * whose target {@link dev.bscportal.core.text.UrlPolicy} refuses (anything but relative, http, https and
 * mailto, decided after decoding entities and escapes) is dropped and only its text shown ({@link LinkGuard});
 * with {@code allowRawHtml} the raw HTML goes through {@link RawHtmlSafelist}. The inline parser is
 * {@link LinearInlineParser}. Text too deeply nested to render (the loader refuses it first, BSC022) raises a
 * {@link MarkdownException}, never a {@link StackOverflowError}.
 */
public final class Markdown {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** flexmark's own filter on the raw destination text, kept as a second layer behind {@link LinkGuard}. */
    static final String SUPPRESSED_LINKS = "(?i)^\\s*(javascript|vbscript|data|file):.*";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final boolean allowRawHtml;
    /**
     * The same description shows on several pages (objective, perspective, theme, search): converted once. A converter
     * kept between builds (the preview's) keeps the texts of the last build ({@link #next()}): the key is the whole
     * text, and the options are this converter's, fixed at construction.
     */
    private final Generations<String, String> htmlByText = new Generations<>();
    private final Generations<String, String> plainByText = new Generations<>();

    public Markdown(boolean allowRawHtml) {
        this.allowRawHtml = allowRawHtml;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, !allowRawHtml);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, SUPPRESSED_LINKS);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        // flexmark registers the reference-definition pre-processor only for its own inline parser: add it back
        this.parser = Parser.builder(options).customInlineParserFactory(LinearInlineParser.FACTORY)
                .paragraphPreProcessorFactory(new com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory()).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** The HTML of {@code markdown}; throws {@link MarkdownException} when it is nested too deeply to render. */
    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return htmlByText.get(markdown, this::convert);
    }

    /**
     * The HTML of {@code markdown} without keeping it in this converter's cache: for callers that convert many
     * different texts with one converter (the fuzz target), where the cache would only grow.
     */
    public String toHtmlUncached(String markdown) {
        return markdown == null || markdown.isBlank() ? "" : convert(markdown);
    }

    private String convert(String markdown) {
        try {
            Document document = parser.parse(markdown);
            LinkGuard.apply(document);
            String html = renderer.render(document);
            return allowRawHtml ? RawHtmlSafelist.clean(html) : html;
        } catch (StackOverflowError e) {
            String start = markdown.strip();
            start = start.substring(0, Math.min(40, start.length())).replaceAll("\\s+", " ");
            throw new MarkdownException("The Markdown text starting '" + start + "' is nested too deeply to render"
                    + " (block quotes, lists or brackets inside each other).");
        }
    }

    /** The text of the Markdown without markup, for search and summaries. */
    public String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        // jsoup decodes every entity and separates blocks by a space; flexmark's TextCollectingVisitor splits an
        // entity from its word ("Caf é") when asked to separate blocks, and joins blocks when not
        return plainByText.get(markdown, m -> {
            String text = Jsoup.parseBodyFragment(toHtml(m)).body().text();
            return SPACES.matcher(text).replaceAll(" ").trim();
        });
    }

    /**
     * A new build starts with this converter: texts the last build did not convert are forgotten, so a converter kept
     * by a preview holds about one build's texts however many edits it has seen.
     */
    public void next() {
        htmlByText.next();
        plainByText.next();
    }
}
