package dev.bscportal.core.site;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps the {@link TemplateEngine} of the last render, with the templates it has parsed, for the next render with the
 * same templates and locale: a preview renders again after every save, and parsing the templates again each time
 * cost about a fifth of a rebuild of the example. The key is the code identity of {@link PageReuse#codeIdentity}
 * (the built-in templates' code stamp and every override file by name and content) plus the locale, so an edited
 * override template gets a fresh engine. One cache per {@link dev.bscportal.core.build.SiteBuild}; no static state.
 */
public final class TemplateCache {

    private Optional<Entry> last = Optional.empty();

    private record Entry(List<String> identity, Locale locale, TemplateEngine engine) {
    }

    /** The engine for these templates and this locale: the last one when both are unchanged, else a new one. */
    synchronized TemplateEngine engine(SiteResources resources, List<String> identity, Locale locale) {
        if (last.isPresent() && last.get().identity().equals(identity) && last.get().locale().equals(locale)) {
            return last.get().engine();
        }
        TemplateEngine engine = new TemplateEngine(resources, locale);
        last = Optional.of(new Entry(List.copyOf(identity), locale, engine));
        return engine;
    }
}
