package dev.bscportal.core.release;

import dev.bscportal.core.scaffold.PluginSource;
import dev.bscportal.core.scaffold.ProjectScaffold;
import dev.bscportal.core.testing.RepositoryRoot;
import dev.bscportal.core.testing.RequiresProgram;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every GitHub Actions workflow this project has or writes passes a workflow validator (action-validator, the npm
 * package {@code @action-validator/cli} 0.6.0, which .ci/install-packages installs): this repository's workflows and
 * the one {@code bsc:init} writes for each plugin source.
 */
class WorkflowLintTest {

    private static final String VALIDATOR = "action-validator";

    @TempDir
    Path dir;

    @BeforeEach
    void validatorInstalled() {
        RequiresProgram.requireInstalled(onPath(VALIDATOR), VALIDATOR, "npm install -g @action-validator/cli@0.6.0");
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, program)));
    }

    /** The validator's exit status and output for one workflow file. */
    private static Result validate(Path workflow) throws Exception {
        Process process = new ProcessBuilder(VALIDATOR, workflow.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the validator finishes");
        return new Result(process.exitValue(), output);
    }

    private record Result(int status, String output) {
    }

    @Test
    void givenThisRepositoryWhenEachOfItsWorkflowsIsValidatedThenEveryOnePasses() throws Exception {
        Path workflows = RepositoryRoot.find().resolve(".github/workflows");
        List<Path> files;
        try (Stream<Path> list = Files.list(workflows)) {
            files = list.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).sorted().toList();
        }

        assertTrue(files.stream().anyMatch(f -> f.endsWith("release.yml")), files.toString());
        for (Path file : files) {
            Result result = validate(file);
            assertEquals(0, result.status(), file + ":\n" + result.output());
        }
    }

    @ParameterizedTest
    @EnumSource(PluginSource.class)
    void givenANewProjectForEachPluginSourceWhenItsWorkflowIsValidatedThenItPasses(PluginSource source) throws Exception {
        Path project = dir.resolve("p");
        ProjectScaffold.write(project, new ProjectScaffold.Settings("com.acme", "acme", "ACME \"Q\" ${{ x }}", "0.1.0", source,
                "acme-corp/bsc-maven-plugin"));

        Result result = validate(project.resolve(".github/workflows/strategy-site.yml"));

        assertEquals(0, result.status(), result.output());
    }

    @ParameterizedTest
    @ValueSource(strings = {"on: pushh\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: []\n",
            "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    step:\n      - run: x\n",
            "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with: 3\n"})
    void givenABrokenWorkflowWhenValidatedThenTheValidatorRefusesIt(String workflow) throws Exception {
        Path file = dir.resolve("broken.yml");
        Files.writeString(file, "name: broken\n" + workflow);

        Result result = validate(file);

        assertFalse(result.status() == 0, "the validator must catch this, or it proves nothing: " + result.output());
    }
}
