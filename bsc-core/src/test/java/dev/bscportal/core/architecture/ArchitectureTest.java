package dev.bscportal.core.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine's packages read as the pipeline, and the build fails when code breaks that: a package may use its own
 * layer and the layers below it, never one above; no two packages depend on each other (directly or round a circle);
 * nothing in the engine uses Maven. docs/architecture.md draws these layers.
 */
class ArchitectureTest {

    private static final String CORE = "dev.bscportal.core";

    /**
     * The layers, bottom first: the one place they are defined. Sub-packages belong to their parent's layer. The
     * rules validate scored results (advice on stale or green-for-long measures), so score sits below validate.
     * What the portal is made of reads upwards: Markdown and the site's addresses, colours and number formats; the
     * charts, maps and audience redaction built on them; the exported files; the site that puts it all in pages.
     */
    static final List<List<String>> LAYERS = List.of(
            List.of("problem", "files", "text", "memo"),
            List.of("model"),
            List.of("load"),
            List.of("calc"),
            List.of("score"),
            List.of("validate"),
            List.of("engine"),
            List.of("history"),
            List.of("markdown", "presentation"),
            List.of("charts", "maps", "redact"),
            List.of("export"),
            List.of("site"),
            List.of("book"),
            List.of("options"),
            List.of("publish"),
            List.of("build"),
            List.of("preview", "scaffold", "fetch", "sheets"));

    private static JavaClasses classes;

    @BeforeAll
    static void importTheEngine() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(CORE);
    }

    @Test
    void everyPackageOfTheEngineBelongsToALayer() {
        Set<String> unlisted = new TreeSet<>();
        List<String> listed = LAYERS.stream().flatMap(List::stream).toList();
        for (JavaClass c : classes) {
            String top = topPackage(c);
            if (!listed.contains(top)) {
                unlisted.add(top);
            }
        }
        assertEquals(Set.of(), unlisted, "add each new package to a layer in ArchitectureTest.LAYERS and in docs/architecture.md");
    }

    @Test
    void noLayerUsesALayerAboveIt() {
        for (int i = 0; i < LAYERS.size() - 1; i++) {
            List<String> above = new ArrayList<>();
            LAYERS.subList(i + 1, LAYERS.size()).forEach(layer -> layer.forEach(p -> above.add(CORE + "." + p + "..")));
            noClasses().that().resideInAnyPackage(packages(LAYERS.get(i)))
                    .should().dependOnClassesThat().resideInAnyPackage(above.toArray(String[]::new))
                    .because("the pipeline runs upwards: " + LAYERS.get(i) + " may not use a layer above it")
                    .check(classes);
        }
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching(CORE + ".(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noMainSourceFileOfTheEngineOrThePluginHasMoreThan300Lines() throws IOException {
        // given the main sources of both modules (the plugin's beside this one)
        List<String> tooLong = new ArrayList<>();
        int files = 0;
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../bsc-maven-plugin/src/main/java"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                    files++;
                    long lines = Files.readAllLines(file).size();
                    if (lines > 300) {
                        tooLong.add(root.relativize(file) + " (" + lines + " lines)");
                    }
                }
            }
        }
        // then each is small enough to read in one sitting (issue 14); a longer one is split by job
        assertTrue(files > 300, "sources found: " + files);
        assertEquals(List.of(), tooLong);
    }

    @Test
    void theEngineUsesNoMavenType() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.apache.maven..")
                .because("the engine runs without Maven: the mojos in bsc-maven-plugin adapt it").check(classes);
    }

    private static String[] packages(List<String> layer) {
        return layer.stream().map(p -> CORE + "." + p + "..").toArray(String[]::new);
    }

    private static String topPackage(JavaClass c) {
        String name = c.getPackageName();
        String rest = name.length() > CORE.length() ? name.substring(CORE.length() + 1) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
