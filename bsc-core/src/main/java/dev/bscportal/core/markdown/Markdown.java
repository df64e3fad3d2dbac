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
    private final Generations<String, Text> texts = new Generations<>();
    /** The texts of the build before, on disk (a fresh JVM's build takes their HTML from there), or none. */
    private final ConvertedTexts disk;

    /** The HTML of a text and, once asked for, its plain text. */
    private static final class Text {
        private final String html;
        private volatile String plain;

        Text(String html, String plain) {
            this.html = html;
            this.plain = plain;
        }
    }

    public Markdown(boolean allowRawHtml) {
        this(allowRawHtml, ConvertedTexts.none());
    }

    /** A converter that takes the texts {@code disk} kept from the build before, and keeps this build's there. */
    public Markdown(boolean allowRawHtml, ConvertedTexts disk) {
        this.allowRawHtml = allowRawHtml;
        this.disk = disk;
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
        return texts.get(markdown, this::text).html;
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
        Text text = texts.get(markdown, this::text);
        if (text.plain == null) {
            text.plain = plainOf(text.html);
        }
        return text.plain;
    }

    private static String plainOf(String html) {
        // jsoup decodes every entity and separates blocks by a space; flexmark's TextCollectingVisitor splits an
        // entity from its word ("Caf é") when asked to separate blocks, and joins blocks when not
        String text = Jsoup.parseBodyFragment(html).body().text();
        return SPACES.matcher(text).replaceAll(" ").trim();
    }

    /** A text not converted by this converter yet: from the disk memo when it has it, else converted. */
    private Text text(String markdown) {
        if (disk.kept()) {
            ConvertedTexts.Converted kept = disk.find(ConvertedTexts.keyOf(markdown));
            if (kept != null) {
                return new Text(kept.html(), kept.plain());
            }
        }
        return new Text(convert(markdown), null);
    }

    /**
     * Keeps the texts of this build (the current generation) on disk for the next build, with their plain text; does
     * nothing without a disk memo.
     */
    public void save() {
        if (!disk.kept()) {
            return;
        }
        java.util.Map<String, ConvertedTexts.Converted> used = new java.util.HashMap<>();
        texts.forEachCurrent((markdown, text) -> used.put(ConvertedTexts.keyOf(markdown),
                new ConvertedTexts.Converted(text.html, text.plain != null ? text.plain : plainOf(text.html))));
        disk.save(used);
    }

    /**
     * A new build starts with this converter: texts the last build did not convert are forgotten, so a converter kept
     * by a preview holds about one build's texts however many edits it has seen.
     */
    public void next() {
        texts.next();
    }
}
