package dev.bscportal.core.site;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code logo} setting's one rule: a file the site publishes under {@code assets/} (an override in the template
 * directory, which {@link TemplateOverrides} has checked, or a built-in asset), named as a plain relative path with an
 * image's extension. {@link #wellFormed} is the shape, which the options check when the setting is typed;
 * {@link #check} adds that the file is there when a site is rendered. An absolute path, {@code ..}, a URL or a file
 * that is not there fails the build (BSC029) instead of producing a broken or outward-pointing image link.
 */
public final class LogoPath {

    /** Names of letters, digits, {@code . _ -}, none starting with a dot (so no {@code .} or {@code ..}); an image's extension. */
    private static final Pattern SHAPE = Pattern.compile("assets/(?:[A-Za-z0-9_][A-Za-z0-9._-]*/)*[A-Za-z0-9_][A-Za-z0-9._-]*"
            + "\\.(?:svg|png|jpg|jpeg|gif|webp)");

    private LogoPath() {
    }

    /** Whether {@code value} has the shape of a logo path (whether the file exists is {@link #check}'s question). */
    public static boolean wellFormed(String value) {
        return SHAPE.matcher(value).matches();
    }

    static void check(Optional<String> logo, SiteResources resources) throws RenderException {
        if (logo.isEmpty()) {
            return;
        }
        String value = logo.get();
        String why = null;
        if (!wellFormed(value)) {
            why = "is not a file under assets/ named with letters, digits, '.', '_' and '-' (no '.' or '..' folder) and an"
                    + " image's extension (svg, png, jpg, jpeg, gif or webp)";
        } else if (!resources.overrideAssets().contains(value) && !resources.builtInAssets().contains(value.substring("assets/".length()))) {
            why = "is not a file of the template directory's assets folder";
        }
        if (why != null) {
            Problem problem = Problem.of(ProblemCode.INVALID_LOGO, SourcePosition.NONE, "The logo '" + value + "' " + why + ".");
            throw new RenderException(problem.describe());
        }
    }
}
