package dev.bscportal.core.site;

import dev.bscportal.core.model.Scorecard;

import dev.bscportal.core.presentation.SitePaths;
import dev.bscportal.core.redact.Redaction;
import dev.bscportal.core.history.Change;
import dev.bscportal.core.history.ChangeReport;
import dev.bscportal.core.model.Period;

import java.util.Map;
import java.util.Optional;

/** What every page may show about the whole site: title, organisation, language, owners, build id. */
public final class SiteModel {

    private final SiteOptions options;
    private final ScorecardView company;
    private final Owners owners;
    private final Labels labels;
    private final Optional<Period> asOf;

    private final Optional<ChangeReport> changes;

    SiteModel(SiteOptions options, LinkedStrategy linked, Owners owners, Labels labels,
            Optional<ChangeReport> changes) {
        this.changes = changes;
        this.options = options;
        this.company = new ScorecardView(linked, linked.strategy().company());
        this.owners = owners;
        this.labels = labels;
        this.asOf = linked.scores().asOf();
    }

    public String getTitle() {
        return options.title().isBlank() ? company.getName() : options.title();
    }

    public String getLanguage() {
        return options.locale().toLanguageTag();
    }

    public ScorecardView getCompany() {
        return company;
    }

    public Owners getOwners() {
        return owners;
    }

    public boolean hasOwner(String name) {
        return owners.contains(name);
    }

    public String ownerPath(String name) {
        return SitePaths.owner(owners.slug(name));
    }

    public Optional<Period> getAsOf() {
        return asOf;
    }

    /** The site's public address with a trailing slash, when configured (the 404 page needs it). */
    public Optional<String> getSiteUrl() {
        return options.siteUrl().map(u -> u.endsWith("/") ? u : u + "/");
    }

    public Optional<String> getBuildId() {
        return options.buildId();
    }

    public Optional<String> getLogo() {
        return options.logo();
    }

    public Optional<String> getAccentColour() {
        return options.accentColour();
    }

    public Map<String, String> getLabels() {
        return labels.asMap();
    }

    public String label(String key, Object... args) {
        return labels.format(key, args);
    }

    /** True when the build writes briefing books (PDF), at least the company's. */
    public boolean isBook() {
        return options.book();
    }

    /** True when {@code scorecard}'s home page has a briefing book beside it to link (bookUnits selects it). */
    public boolean hasBook(Scorecard scorecard) {
        return options.hasBook(scorecard);
    }

    /** False in an audience profile that withholds people's names (owners, sponsors, attendees). */
    public boolean isShowOwners() {
        return options.shows(Redaction.OWNERS);
    }

    /** False in an audience profile that withholds actual values. */
    public boolean isShowActuals() {
        return options.shows(Redaction.ACTUALS);
    }

    public Optional<ChangeReport> getChanges() {
        return changes;
    }

    public String getChangesPath() {
        return SitePaths.changes();
    }

    /** The page of a changed element when it still exists, else empty. */
    public Optional<String> changedElementPath(Change change) {
        if (change.kind() == Change.Kind.REMOVED) {
            return Optional.empty();
        }
        String prefix = change.unitPath().isEmpty() ? "" : SitePaths.unitDirectory(change.unitPath()) + "/";
        return Optional.of(prefix + (change.element().equals("objective") ? "objectives/"
                : change.element().equals("measure") ? "measures/" : "initiatives/") + change.id() + ".html");
    }

    public String getSearchPath() {
        return SitePaths.search();
    }

    public String getOwnersPath() {
        return SitePaths.owners();
    }
}
