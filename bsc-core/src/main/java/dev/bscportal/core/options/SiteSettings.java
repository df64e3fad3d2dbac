package dev.bscportal.core.options;

import dev.bscportal.core.site.RenderException;
import dev.bscportal.core.site.SiteOptions;
import dev.bscportal.core.site.SiteResources;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The site settings exactly as the user wrote them; {@link #check()} turns them into {@link SiteOptions} or
 * refuses the first bad one. {@code logo} must also name a file that exists under the template directory's
 * {@code assets/} folder (or a built-in asset).
 */
public record SiteSettings(String title, String locale, Optional<Path> templateDirectory, String siteUrl, String buildId,
        String logo, String accentColour, boolean allowRawHtml) {

    /** The template directory's files; one that holds links out or special files is left to the build to report. */
    private Optional<SiteResources> resources() {
        try {
            return Optional.of(SiteResources.open(templateDirectory));
        } catch (RenderException e) {
            return Optional.empty();
        }
    }

    public SiteOptions check() throws InvalidOptionException {
        String checkedTitle = OptionChecks.title(title);
        Locale checkedLocale = OptionChecks.locale(locale);
        Optional<String> checkedUrl = OptionChecks.siteUrl(siteUrl);
        Optional<String> checkedBuildId = OptionChecks.buildId(buildId);
        Optional<String> checkedColour = OptionChecks.accentColour(accentColour);
        Optional<String> checkedLogo = OptionChecks.logoPath(logo);
        if (checkedLogo.isPresent() && resources().filter(r -> r.read(checkedLogo.get()).isEmpty()).isPresent()) {
            throw new InvalidOptionException("logo", "logo " + OptionChecks.quote(checkedLogo.get()) + " does not exist under "
                    + templateDirectory.map(Path::toString).orElse("the template directory")
                    + ". Put the image there, e.g. src/site-template/assets/logo.svg, and write <logo>assets/logo.svg</logo>.");
        }
        return new SiteOptions(checkedTitle, checkedLocale, templateDirectory, checkedUrl, checkedBuildId, checkedLogo,
                checkedColour, allowRawHtml, Set.of(), false, null);
    }
}
