package dev.bscportal.core.build;

import dev.bscportal.core.book.BookSize;
import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.history.GitHead;
import dev.bscportal.core.load.LoadLimits;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.files.CodeStamp;
import dev.bscportal.core.publish.SiteFingerprint;
import dev.bscportal.core.publish.SitePublisher;
import dev.bscportal.core.site.SiteOptions;
import dev.bscportal.core.site.SiteResources;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a build's sites are made of, as one hash: every file of the strategy and template directories, and each
 * setting that changes the output, fed field by field under its own name (never a record's {@code toString()}, whose
 * text is not a stable format), plus the code of the engine, of the built-in templates and of the adapter, and git's
 * HEAD (the "What changed" page depends on it).
 */
final class BuildFingerprint {

    private final StringBuilder fields = new StringBuilder();

    private BuildFingerprint() {
    }

    static String of(BuildOptions options, SiteOptions site) {
        BuildFingerprint f = new BuildFingerprint();
        f.field("title", site.title());
        f.field("locale", site.locale().toLanguageTag());
        f.field("templateOverrides", site.templateOverrides().map(Path::toString));
        f.field("siteUrl", site.siteUrl());
        f.field("buildId", site.buildId());
        f.field("logo", site.logo());
        f.field("accentColour", site.accentColour());
        f.field("allowRawHtml", Boolean.toString(site.allowRawHtml()));
        f.field("engine", options.engine());
        f.field("compareTo", options.compareTo());
        f.field("books", options.books().map(BookSize::id));
        f.field("bookUnits", options.bookUnits().id());
        CheckOptions check = options.check();
        f.field("disabledRules", String.join(",", check.disabled().stream().map(ProblemCode::code).sorted().toList()));
        f.field("failOnWarnings", Boolean.toString(check.failOnWarnings()));
        LoadLimits limits = check.limits();
        f.field("limits", limits.maxTextFileBytes() + "," + limits.maxCsvFileBytes() + "," + limits.maxAliases() + ","
                + limits.maxNestingDepth());
        for (Edition edition : options.editions()) {
            f.field("edition", edition.name() + ":" + String.join(",", edition.omittedIds()));
        }
        f.field("engineCode", CodeStamp.of(SitePublisher.class));
        // the built-in templates come from their own jar (site-template): a rebuilt one is new code too
        f.field("templatesCode", CodeStamp.ofResource(BuildFingerprint.class.getClassLoader(),
                SiteResources.BUILT_IN_ROOT + "templates/lib.ftlh"));
        options.adapter().ifPresent(adapter -> {
            f.field("adapterVersion", Optional.ofNullable(adapter.getPackage()).map(Package::getImplementationVersion));
            f.field("adapterCode", CodeStamp.of(adapter));
        });
        f.field("gitHead", gitHead(options.strategyDirectory()));
        return SiteFingerprint.of(options.sourceDirectories(), f.fields.toString());
    }

    private static String gitHead(Path strategy) {
        try {
            return GitHead.of(strategy).orElse("");
        } catch (RuntimeException e) {
            return "unknown";
        }
    }

    private void field(String name, Optional<String> value) {
        field(name, value.map(v -> "+" + v).orElse("-"));
    }

    /** name, then the value's length in UTF-8 bytes, then the value: no two different field lists give the same text. */
    private void field(String name, String value) {
        String text = value == null ? "" : value;
        fields.append(name).append('=').append(text.getBytes(StandardCharsets.UTF_8).length).append(':').append(text).append('\n');
    }

}
