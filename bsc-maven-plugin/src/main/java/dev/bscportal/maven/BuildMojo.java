package dev.bscportal.maven;

import dev.bscportal.core.book.BookSize;
import dev.bscportal.core.build.BuildException;
import dev.bscportal.core.build.BuildOptions;
import dev.bscportal.core.build.Edition;
import dev.bscportal.core.build.SiteBuild;
import dev.bscportal.core.options.InvalidOptionException;
import dev.bscportal.core.options.OptionChecks;
import dev.bscportal.core.options.SiteSettings;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Validates the strategy, then renders the portal and publishes it atomically into {@code outputDirectory}:
 * errors stop the build before anything is written, and a failed build leaves the previous site as it was.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractStrategyMojo {

    /** Where the site goes. Replaced as a whole on every build. */
    @Parameter(property = "bsc.outputDirectory", defaultValue = "${project.build.directory}/strategy-site", required = true)
    protected File outputDirectory;
    /** Files here replace built-in templates and assets of the same name: templates/home.ftlh, assets/site.css, i18n/labels.properties. */
    @Parameter(property = "bsc.templateDirectory", defaultValue = "${project.basedir}/src/site-template")
    protected File templateDirectory;
    /** The site title; defaults to the organisation name. */
    @Parameter(property = "bsc.title")
    protected String title;
    /** Language of the fixed labels and number formats: en or de (others fall back to English labels). */
    @Parameter(property = "bsc.locale", defaultValue = "en")
    protected String locale;
    /** The public address of the site, e.g. https://example.github.io/strategy/ ; enables sitemap.xml. */
    @Parameter(property = "bsc.siteUrl")
    protected String siteUrl;
    /** An identifier of this build passed by CI (e.g. the commit), shown in the footer. */
    @Parameter(property = "bsc.buildId")
    protected String buildId;
    /** A logo inside the template directory's assets, e.g. assets/logo.svg. */
    @Parameter(property = "bsc.logo")
    protected String logo;
    /** The accent colour, e.g. #0b5cad. */
    @Parameter(property = "bsc.accentColour")
    protected String accentColour;
    /** Lets raw HTML in Markdown through unescaped. Off by default: strategy text cannot run script. */
    @Parameter(property = "bsc.allowRawHtml", defaultValue = "false")
    protected boolean allowRawHtml;
    /** Graphviz engine for the maps: auto (native dot when installed, else embedded), dot, or embedded. */
    @Parameter(property = "bsc.graphviz.engine", defaultValue = "auto")
    protected String graphvizEngine;
    /** Laid-out maps are cached here, keyed by their DOT source, so unchanged maps are not laid out again. */
    @Parameter(property = "bsc.mapCacheDirectory", defaultValue = "${project.build.directory}/bsc-map-cache")
    protected File mapCacheDirectory;
    /**
     * The git commit, branch or tag the "What changed" page compares with. Default: the last commit that touched the
     * newest review file. Without git (or without reviews) the page is left out.
     */
    @Parameter(property = "bsc.compareTo")
    protected String compareTo;
    /**
     * Extra, redacted editions of the site: each is written to {@code outputDirectory-<name>} and leaves out the
     * sections it lists (actuals, budgets, owners) on every page, in search and in strategy.json.
     */
    @Parameter
    protected List<Audience> audiences = new ArrayList<>();
    /**
     * Writes a briefing book (a tagged, accessible PDF of the strategy) beside each scorecard's home page:
     * briefing-book.pdf and units/&lt;id&gt;/briefing-book.pdf, in every edition, linked from the home pages.
     */
    @Parameter(property = "bsc.book", defaultValue = "true")
    protected boolean book;
    /**
     * Leaves the JVM's optimising compiler (C2) out while the build runs, as the JVM ends with it: 15-33 % less CPU
     * for a build with work to do, the same output (see docs/performance.md). bsc:serve never does.
     */
    @Parameter(property = "bsc.quickJit", defaultValue = "true")
    protected boolean quickJit;
    /** The briefing book's paper: A4 or Letter. */
    @Parameter(property = "bsc.bookSize", defaultValue = "A4")
    protected String bookSize;
    /**
     * Which units get a briefing book besides the company: {@code all} (every unit), {@code none} (the company's
     * book only), or the units' paths separated by commas ({@code sales,operations}; a unit of a unit as
     * {@code sales/emea}). Pages link only the books written; a unit left out loses its published book. A path the
     * strategy does not have fails the build (BSC187) and names the units it has.
     */
    @Parameter(property = "bsc.bookUnits", defaultValue = "all")
    protected String bookUnits;

    @Override
    protected String goalName() {
        return "bsc:build";
    }

    @Override
    protected Map<String, File> otherRoots() {
        return templateDirectory == null ? Map.of() : Map.of("templateDirectory", templateDirectory);
    }

    @Override
    protected void run() throws BuildException, InvalidOptionException, MojoFailureException {
        getLog().info(new SiteBuild(buildOptions(failOnWarnings), problemLogger()).build().summary(outputDirectory.toPath()));
    }

    /** This goal's parameters as build options; the preview shares them. */
    protected BuildOptions buildOptions(boolean failOnWarnings) throws InvalidOptionException {
        List<Edition> editions = new ArrayList<>();
        for (Audience audience : audiences) {
            editions.add(audience.edition());
        }
        return options(failOnWarnings).outputDirectory(outputDirectory.toPath()).mapCacheDirectory(mapCacheDirectory.toPath())
                .site(new SiteSettings(title, locale, Optional.ofNullable(templateDirectory).map(File::toPath), siteUrl, buildId,
                        logo, accentColour, allowRawHtml))
                .engine(graphvizEngine).compareTo(compareTo).editions(editions).books(book ? paper() : null).bookUnits(OptionChecks.bookUnits(bookUnits))
                .quickJit(quickJit).adapter(getClass()).build();
    }

    /** The briefing book's paper, checked: A4 or Letter. */
    protected BookSize paper() throws InvalidOptionException {
        return BookSize.fromId(bookSize).orElseThrow(() -> new InvalidOptionException("bookSize", "bookSize '" + bookSize
                + "' is not a paper size; write <bookSize>A4</bookSize> or <bookSize>Letter</bookSize>."));
    }
}
