package dev.bscportal.core.preview;

import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.maps.MapLayout;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.site.SiteOptions;
import dev.bscportal.core.site.SiteRenderer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the preview's memo tests compare a session's rebuild with: the strategy checked and rendered without any memo,
 * into a folder of its own. Both sides lay maps out with Graphviz's dot behind one layout cache per test class: the
 * cache is keyed by the DOT, so it gives the bytes dot gives, and the tests are about the memos, not the layouts.
 */
final class MemolessBuild {

    private MemolessBuild() {
    }

    /** A preview session of {@code strategy} (default check options) working in {@code scratch}. */
    static PreviewBuild session(MapLayout layout, Path strategy, SiteOptions options, Path scratch) throws IOException {
        return new PreviewBuild(strategy, Files.createDirectories(scratch), CheckOptions.DEFAULTS, options, Optional.of(layout), true);
    }

    /** The site a renderer without any memo (and without a site before it) writes, in a new folder under {@code under}. */
    static Path site(MapLayout layout, CheckResult checked, SiteOptions options, Path under) throws Exception {
        Path site = Files.createTempDirectory(Files.createDirectories(under), "without-memo-");
        new SiteRenderer(options, Optional.of(layout), true).render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(),
                Optional.empty(), site, n -> { }, Optional.empty());
        return site;
    }

    /** Each problem as a reader sees it: code, file, line, message. */
    static List<String> describe(List<Problem> problems) {
        return problems.stream().map(Problem::describe).toList();
    }
}
