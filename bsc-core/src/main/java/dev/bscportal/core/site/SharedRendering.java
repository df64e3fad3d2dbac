package dev.bscportal.core.site;

import dev.bscportal.core.markdown.Markdown;

import java.util.List;

/**
 * What the renderings of one build share: the template engine (Freemarker's configuration, its parsed templates and
 * its object wrapper's class introspection, all thread-safe), taken from a {@link TemplateCache} that may outlive the
 * build (a preview keeps it between rebuilds; it gives a new engine when a template or the locale changed), and the
 * Markdown converter of each raw-HTML setting (its cache maps a text to its HTML, whatever edition asked), from a
 * {@link RenderMemo} that may outlive the build too (a preview's; bounded to what the last build used). Made on
 * first use, so the second edition of a build neither parses the templates nor builds the Markdown parser again.
 */
public final class SharedRendering {

    private final TemplateCache templates;
    private final RenderMemo memo;

    /** Sharing within one build, with templates parsed anew. */
    public SharedRendering() {
        this(new TemplateCache());
    }

    /** Sharing within one build, with the templates of {@code templates} when they are unchanged. */
    public SharedRendering(TemplateCache templates) {
        this(templates, RenderMemo.none());
    }

    /**
     * Sharing within one build, with the templates of {@code templates} when they are unchanged and what {@code memo}
     * kept from earlier builds (a preview's rebuilds share one).
     */
    public SharedRendering(TemplateCache templates, RenderMemo memo) {
        this.templates = templates;
        this.memo = memo;
    }

    /** What this build shares with the builds before and after it. */
    RenderMemo memo() {
        return memo;
    }

    /**
     * The template engine for {@code options}' locale, over {@code resources} read from its template directory, whose
     * code identity ({@link PageReuse#codeIdentity}) is {@code codeIdentity}.
     */
    TemplateEngine templates(SiteOptions options, SiteResources resources, List<String> codeIdentity) {
        return templates.engine(resources, codeIdentity, options.locale());
    }

    /** The Markdown converter for {@code options}' raw-HTML setting. */
    Markdown markdown(SiteOptions options) {
        return memo.markdown(options.allowRawHtml());
    }

    /** How many maps were taken from memory so far. */
    public int mapsKept() {
        return memo.mapsKept();
    }
}
