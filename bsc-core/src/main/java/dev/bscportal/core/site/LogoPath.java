package dev.bscportal.core.site;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import java.util.Arrays;
import java.util.Optional;

/**
 * Checks the {@code logo} setting: it must name a file the site publishes under {@code assets/} (an override
 * in the template directory, which {@link TemplateOverrides} has checked, or a built-in asset), as a plain
 * relative path. An absolute path, {@code ..}, a URL or a file that is not there fails the build (BSC029)
 * instead of producing a broken or outward-pointing image link.
 */
final class LogoPath {

    private LogoPath() {
    }

    static void check(Optional<String> logo, SiteResources resources) throws RenderException {
        if (logo.isEmpty()) {
            return;
        }
        String value = logo.get();
        String why = null;
        if (!value.matches("assets/[A-Za-z0-9._/-]+") || value.contains("//")) {
            why = "is not a plain relative path under assets/ (letters, digits, '.', '_', '-' and '/')";
        } else if (Arrays.stream(value.split("/")).anyMatch(part -> part.equals("..") || part.equals("."))) {
            why = "contains '.' or '..'";
        } else if (!resources.overrideAssets().contains(value) && !resources.builtInAssets().contains(value.substring("assets/".length()))) {
            why = "is not a file of the template directory's assets folder";
        }
        if (why != null) {
            Problem problem = Problem.of(ProblemCode.INVALID_LOGO, SourcePosition.NONE, "The logo '" + value + "' " + why + ".");
            throw new RenderException(problem.describe());
        }
    }
}
