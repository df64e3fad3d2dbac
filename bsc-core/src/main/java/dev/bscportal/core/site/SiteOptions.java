package dev.bscportal.core.site;

import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.presentation.BookUnits;

import dev.bscportal.core.redact.Redaction;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How the site looks and where its parts come from. {@code templateOverrides} is a directory whose files
 * replace the built-in templates and assets of the same relative name ({@code templates/home.ftlh},
 * {@code assets/site.css}); {@code siteUrl} enables sitemap.xml; {@code buildId} is printed in the footer
 * when CI passes one (never a timestamp we invent); {@code redactions} are the sections an audience profile
 * leaves out everywhere (pages, search index, strategy.json); {@code book} says that a briefing book
 * ({@code briefing-book.pdf}) is written beside the home page of each scorecard {@code bookUnits} selects, which
 * then links it.
 */
public record SiteOptions(
        String title,
        Locale locale,
        Optional<Path> templateOverrides,
        Optional<String> siteUrl,
        Optional<String> buildId,
        Optional<String> logo,
        Optional<String> accentColour,
        boolean allowRawHtml,
        Set<Redaction> redactions,
        boolean book,
        BookUnits bookUnits) {

    public SiteOptions {
        // a last guard for callers that bypass options.SiteSettings: these two go into CSS and <base href>/sitemap.xml
        if (accentColour.filter(c -> !c.matches("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")).isPresent()) {
            throw new IllegalArgumentException("accentColour must be #rgb or #rrggbb; check settings with options.SiteSettings");
        }
        if (siteUrl.filter(u -> !u.matches("https?://[A-Za-z0-9.:\\[\\]-]+(?:/[A-Za-z0-9._~%!$&()*+,;=:@-]*)*/")).isPresent()) {
            throw new IllegalArgumentException("siteUrl must be an absolute http(s) address ending in /; check settings with options.SiteSettings");
        }
        redactions = redactions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(redactions));
        bookUnits = bookUnits == null ? BookUnits.ALL : bookUnits;
    }

    public static SiteOptions defaults() {
        return new SiteOptions("", Locale.ENGLISH, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Set.of(), false, BookUnits.ALL);
    }

    public SiteOptions withLocale(Locale newLocale) {
        return new SiteOptions(title, newLocale, templateOverrides, siteUrl, buildId, logo, accentColour, allowRawHtml, redactions, book, bookUnits);
    }

    public SiteOptions withTemplateOverrides(Path directory) {
        return new SiteOptions(title, locale, Optional.of(directory), siteUrl, buildId, logo, accentColour, allowRawHtml, redactions, book, bookUnits);
    }

    public SiteOptions withBuildId(Optional<String> id) {
        return new SiteOptions(title, locale, templateOverrides, siteUrl, id, logo, accentColour, allowRawHtml, redactions, book, bookUnits);
    }

    public SiteOptions withLogo(String path) {
        return new SiteOptions(title, locale, templateOverrides, siteUrl, buildId, Optional.of(path), accentColour, allowRawHtml, redactions, book, bookUnits);
    }

    public SiteOptions withSiteUrl(String url) {
        return new SiteOptions(title, locale, templateOverrides, Optional.of(url), buildId, logo, accentColour, allowRawHtml, redactions, book, bookUnits);
    }

    /** The same site for an audience that may not see some sections. */
    public SiteOptions withRedactions(Set<Redaction> omitted) {
        return new SiteOptions(title, locale, templateOverrides, siteUrl, buildId, logo, accentColour, allowRawHtml, omitted, book, bookUnits);
    }

    public boolean shows(Redaction section) {
        return !redactions.contains(section);
    }

    public SiteOptions withRawHtml(boolean allowed) {
        return new SiteOptions(title, locale, templateOverrides, siteUrl, buildId, logo, accentColour, allowed, redactions, book, bookUnits);
    }

    /** The same site with books for the scorecards {@code units} selects (and links to those only). */
    public SiteOptions withBookUnits(BookUnits units) {
        return new SiteOptions(title, locale, templateOverrides, siteUrl, buildId, logo, accentColour, allowRawHtml, redactions, book, units);
    }

    /** Whether {@code scorecard} has a briefing book beside its home page, to link. */
    public boolean hasBook(Scorecard scorecard) {
        return book && bookUnits.includes(scorecard);
    }

    /** The same site with or without briefing books (and the links to them). */
    public SiteOptions withBook(boolean withBook) {
        return new SiteOptions(title, locale, templateOverrides, siteUrl, buildId, logo, accentColour, allowRawHtml, redactions, withBook, bookUnits);
    }
}
