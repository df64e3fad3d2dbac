package dev.bscportal.core.files;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.testing.SpecialFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A strategy or template directory placed in the project that leads out of it through a link is refused (BSC030). */
class ProjectRootsTest {

    @TempDir
    Path dir;

    private Path project;
    private Path outside;

    @BeforeEach
    void projectAndAFolderBesideIt() throws IOException {
        project = Files.createDirectories(dir.resolve("project"));
        outside = Files.createDirectories(dir.resolve("secrets/strategy"));
        Files.writeString(outside.resolve("strategy.yaml"), "name: Secret\n");
    }

    private Optional<Problem> check(String root) {
        return ProjectRoots.outside(project, project.resolve(root), "sourceDirectory");
    }

    @Test
    void givenTheStrategyDirectoryIsALinkOutOfTheProjectWhenCheckedThenBsc030NamesItAndWhereItLeads() throws IOException {
        Files.createDirectories(project.resolve("src"));
        SpecialFiles.link(project.resolve("src/strategy"), outside);
        Problem p = check("src/strategy").orElseThrow();
        assertEquals("BSC030 src/strategy", p.code().code() + " " + p.position().file());
        assertTrue(p.message().contains("sourceDirectory 'src/strategy'") && p.message().contains(outside.toRealPath().toString()), p.message());
        assertTrue(p.isError() && !p.hint().isBlank());
    }

    @Test
    void givenAFolderOnTheWayIsALinkOutOfTheProjectWhenCheckedThenBsc030() throws IOException {
        SpecialFiles.link(project.resolve("src"), outside.getParent());
        assertTrue(check("src/strategy").isPresent());
    }

    @Test
    void givenALinkToALinkOutOfTheProjectWhenCheckedThenBsc030() throws IOException {
        Files.createDirectories(project.resolve("src"));
        SpecialFiles.link(project.resolve("hop"), outside);
        SpecialFiles.link(project.resolve("src/strategy"), project.resolve("hop"));
        assertTrue(check("src/strategy").isPresent());
    }

    @Test
    void givenARootThatDoesNotExistYetUnderALinkOutOfTheProjectWhenCheckedThenBsc030() throws IOException {
        SpecialFiles.link(project.resolve("src"), outside.getParent());
        assertTrue(check("src/site-template").isPresent());
    }

    @Test
    void givenABrokenLinkAsTheRootWhenCheckedThenBsc030() throws IOException {
        Files.createDirectories(project.resolve("src"));
        SpecialFiles.link(project.resolve("src/strategy"), dir.resolve("gone/strategy"));
        assertTrue(check("src/strategy").isPresent());
    }

    @Test
    void givenALinkToTheProjectsParentWhenCheckedThenBsc030() throws IOException {
        SpecialFiles.link(project.resolve("up"), dir);
        assertTrue(check("up").isPresent());
        assertTrue(check("up/secrets/strategy").isPresent());
    }

    @Test
    void givenRootsInsideTheProjectWithOrWithoutLinksInsideItWhenCheckedThenNothing() throws IOException {
        Files.createDirectories(project.resolve("src/strategy"));
        Files.createDirectories(project.resolve("shared/strategy"));
        SpecialFiles.link(project.resolve("src/linked"), project.resolve("shared/strategy"));
        assertTrue(check("src/strategy").isEmpty());
        assertTrue(check("src/linked").isEmpty());
        assertTrue(check("src/not-yet").isEmpty());
    }

    @Test
    void givenAProjectThatIsItselfReachedThroughALinkWhenCheckedThenItsOwnFoldersAreInside() throws IOException {
        Files.createDirectories(project.resolve("src/strategy"));
        Path alias = dir.resolve("alias");
        SpecialFiles.link(alias, project);
        assertTrue(ProjectRoots.outside(alias, alias.resolve("src/strategy"), "sourceDirectory").isEmpty());
    }

    @Test
    void givenARootTheConfigurationPlacesOutsideTheProjectWhenCheckedThenItIsTheProjectsDeclaredChoice() {
        assertTrue(ProjectRoots.outside(project, outside, "sourceDirectory").isEmpty());
        assertTrue(check("../secrets/strategy").isEmpty());
    }
}
