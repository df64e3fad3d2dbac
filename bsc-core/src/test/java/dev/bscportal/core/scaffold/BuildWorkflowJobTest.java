package dev.bscportal.core.scaffold;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scaffold's workflow job "build" restores, before it builds, the folder in which builds keep laid-out briefing
 * books, so that a build in a fresh clone lays out only the books its commit changed. That this is the folder a real
 * build of the scaffold writes is checked by the invoker test init-then-build.
 */
class BuildWorkflowJobTest {

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void givenTheScaffold_whenItsBuildJobIsRead_thenItRestoresTheBookStoreOfTheLatestRunBeforeBuilding() throws Exception {
        // given a new project
        Path project = dir.resolve("project");
        ProjectScaffold.write(project, new ProjectScaffold.Settings("com.acme", "acme-strategy", "ACME", "0.1.0"));

        // when its build job is read
        Map<String, Object> workflow = new Yaml().load(Files.readString(project.resolve(".github/workflows/strategy-site.yml")));
        List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) workflow
                .get("jobs")).get("build")).get("steps");
        int cache = indexOf(steps, "Restore the books earlier runs laid out");
        int build = indexOf(steps, "Validate and build the portal");

        // then the cache step comes first, keeps the book store (not the map cache, whose SVG goes into pages as it is)
        // under a key of its own for every run, so a scheduled run of an unchanged commit saves too, and restores the newest
        assertTrue(cache >= 0 && cache < build, "restored before the build: " + cache + " < " + build);
        Map<String, Object> step = steps.get(cache);
        assertEquals("actions/cache@v4", step.get("uses"));
        Map<String, Object> with = (Map<String, Object>) step.get("with");
        assertEquals("target/bsc-books", with.get("path"));
        assertEquals("bsc-books-${{ github.run_id }}", with.get("key"));
        assertEquals("bsc-books-", with.get("restore-keys"));
        assertTrue(steps.get(build).get("run").toString().contains("-Dbsc.buildId=\"$GITHUB_SHA\""),
                "each commit's build id differs: the books are kept without it and stamped with it");
    }

    private static int indexOf(List<Map<String, Object>> steps, String name) {
        for (int i = 0; i < steps.size(); i++) {
            if (name.equals(steps.get(i).get("name"))) {
                return i;
            }
        }
        return -1;
    }
}
