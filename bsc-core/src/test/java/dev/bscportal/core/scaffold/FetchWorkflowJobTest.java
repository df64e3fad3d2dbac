package dev.bscportal.core.scaffold;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scaffold's workflow job "fetch": on the schedule (or by hand) it runs bsc:fetch, commits changed measurements as
 * a bot only when git sees a change, and dispatches the workflow again without fetching to publish. The commit step's
 * script is run for real, with git, against a bare repository standing in for GitHub.
 */
class FetchWorkflowJobTest {

    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    private Map<String, Object> fetchJob() throws Exception {
        Path project = dir.resolve("project");
        ProjectScaffold.write(project, new ProjectScaffold.Settings("com.acme", "acme-strategy", "ACME", "0.1.0"));
        Map<String, Object> workflow = new Yaml().load(Files.readString(project.resolve(".github/workflows/strategy-site.yml")));
        return (Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get("fetch");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> step(Map<String, Object> job, String name) {
        return ((List<Map<String, Object>>) job.get("steps")).stream().filter(s -> name.equals(s.get("name"))).findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenTheScaffoldWhenItsFetchJobIsReadThenItRunsOnTheScheduleOnlyFetchesAndRepublishesWithoutFetchingAgain() throws Exception {
        Map<String, Object> job = fetchJob();
        assertEquals("github.event_name == 'schedule' || (github.event_name == 'workflow_dispatch' && inputs.fetch)", job.get("if"),
                "never on a push or a pull request");
        assertEquals(Map.of("contents", "write", "actions", "write"), job.get("permissions"));
        assertTrue(step(job, "Fetch the sources into measurements").get("run").toString().contains("./mvnw -B -ntp bsc:fetch"));
        Map<String, Object> publish = step(job, "Build and publish the fetched values");
        assertEquals("steps.commit.outputs.changed == 'true'", publish.get("if"));
        assertTrue(publish.get("run").toString().endsWith("-f fetch=false"), "the second run does not fetch: no loop");
        assertEquals("steps.fetch.outputs.failed == 'true'", step(job, "Fail when a source failed").get("if"));
    }

    @Test
    void givenUnchangedMeasurementsWhenTheCommitStepRunsThenNothingIsCommittedAndAChangedOneIsCommittedByTheBotAndPushed()
            throws Exception {
        String script = step(fetchJob(), "Commit the changed measurements as a bot").get("run").toString();
        // given a clone of a repository (a bare one standing in for GitHub) with a measurements file
        Path origin = dir.resolve("origin.git");
        Path work = dir.resolve("work");
        git(dir, "init", "-q", "--bare", "-b", "main", origin.toString());
        git(dir, "clone", "-q", origin.toString(), work.toString());
        Files.createDirectories(work.resolve("src/strategy/measurements"));
        Files.writeString(work.resolve("src/strategy/measurements/kpi.csv"), "measure,period,value,note\nnps,2026-10,3,\n");
        git(work, "add", "-A");
        git(work, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "start");
        git(work, "push", "-q", "origin", "HEAD:main");
        // when the step runs with nothing changed
        Path output = dir.resolve("github-output");
        Files.writeString(output, "");
        run(work, script, output);
        // then no commit was made and the step says nothing changed
        assertEquals("1", git(work, "rev-list", "--count", "HEAD").strip());
        assertFalse(Files.readString(output).contains("changed=true"));
        // when a fetch changed a value and added a source's file, and the step runs again
        Files.writeString(work.resolve("src/strategy/measurements/kpi.csv"), "measure,period,value,note\nnps,2026-10,4,\n");
        Files.writeString(work.resolve("src/strategy/measurements/new.csv"), "measure,period,value,note\nnps,2026-11,5,\n");
        Files.writeString(work.resolve("unrelated.txt"), "not committed by the bot");
        run(work, script, output);
        // then exactly the measurements were committed by github-actions[bot] and pushed
        assertTrue(Files.readString(output).contains("changed=true"));
        assertEquals("github-actions[bot]", git(origin, "log", "-1", "--format=%an", "main").strip());
        assertEquals("src/strategy/measurements/kpi.csv\nsrc/strategy/measurements/new.csv",
                git(origin, "diff", "--name-only", "main~1", "main").strip());
    }

    /** Runs a step's script as GitHub does (bash -e), with GITHUB_OUTPUT pointing at {@code output}. */
    private static void run(Path work, String script, Path output) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-e", "-c", script).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().put("GITHUB_OUTPUT", output.toString());
        Process p = builder.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
    }

    private static String git(Path in, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + out);
        return out;
    }
}
