package dev.bscportal.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bscportal.core.testing.RepositoryRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** fuzz/run promises to fuzz every target of bsc-core's fuzz profile by default. */
class FuzzRunScriptTest {

    @Test
    void givenTheFuzzProfile_whenFuzzRunIsCalledWithoutTargets_thenItRunsEveryExecutionOfTheProfile() throws IOException {
        Path root = RepositoryRoot.find();
        String pom = Files.readString(root.resolve("bsc-core/pom.xml"));
        String script = Files.readString(root.resolve("fuzz/run"));

        TreeSet<String> profile = new TreeSet<>();
        Matcher execution = Pattern.compile("<id>fuzz-([a-z-]+)</id>").matcher(pom);
        while (execution.find()) {
            profile.add(execution.group(1));
        }
        Matcher defaults = Pattern.compile("\\|\\| targets=\\(([^)]*)\\)").matcher(script);
        defaults.find();
        TreeSet<String> scripted = new TreeSet<>(Arrays.asList(defaults.group(1).trim().split("\\s+")));

        assertEquals(profile, scripted, "fuzz/run's default targets against bsc-core's fuzz profile");
    }
}
