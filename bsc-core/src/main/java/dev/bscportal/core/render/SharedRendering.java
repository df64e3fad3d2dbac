package dev.bscportal.core.render;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the renderings of one build share: the template engine of each template directory and locale (Freemarker's
 * configuration, its parsed templates and its object wrapper's class introspection, all thread-safe) and the Markdown
 * converter of each raw-HTML setting (its cache maps a text to its HTML, whatever edition asked). Made on first use,
 * so the second edition of a build neither parses the templates nor builds the Markdown parser again. One instance
 * per build: a preview that rebuilds after an edit takes a new one, and sees edited template overrides.
 */
public final class SharedRendering {

    private record EngineKey(Optional<Path> overrides, Locale locale) {
    }

    private final Map<EngineKey, TemplateEngine> engines = new ConcurrentHashMap<>();
    private final Map<Boolean, Markdown> converters = new ConcurrentHashMap<>();

    /** The template engine for {@code options}' template directory and locale, over {@code resources} read from it. */
    TemplateEngine templates(SiteOptions options, SiteResources resources) {
        return engines.computeIfAbsent(new EngineKey(options.templateOverrides(), options.locale()),
                key -> new TemplateEngine(resources, key.locale()));
    }

    /** The Markdown converter for {@code options}' raw-HTML setting. */
    Markdown markdown(SiteOptions options) {
        return converters.computeIfAbsent(options.allowRawHtml(), Markdown::new);
    }
}
