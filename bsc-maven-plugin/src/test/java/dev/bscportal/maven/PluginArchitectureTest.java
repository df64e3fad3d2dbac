package dev.bscportal.maven;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The plugin is a thin adapter: Maven types only in the mojo package, and it builds through the engine's façade. */
class PluginArchitectureTest {

    /** What the mojos may use of the engine: the build façade, its option, problem and result types, the preview, init. */
    // book: only its value types (the paper size a goal is given, the report of the books written); fetch: bsc:fetch's
    // own entry point (SourceFetcher), which never runs in a build; sheets: bsc:sheets' and bsc:import's entry points
    // (UpdateSheets, SheetsImport), which never run in a build either
    static final String[] ENGINE_API = {"dev.bscportal.core.build..", "dev.bscportal.core.engine..", "dev.bscportal.core.options..",
        "dev.bscportal.core.problem..", "dev.bscportal.core.preview..", "dev.bscportal.core.scaffold..", "dev.bscportal.core.book..",
        "dev.bscportal.core.fetch..", "dev.bscportal.core.sheets.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importPluginAndEngine() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.bscportal");
    }

    /** The mojos, and the help goal that maven-plugin-plugin generates into a package of its own. */
    @Test
    void onlyTheMojoPackageUsesMaven() {
        noClasses().that().resideOutsideOfPackages("dev.bscportal.maven..", "dev.bscportal.bsc_maven_plugin..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.maven..").check(classes);
    }

    @Test
    void theMojosUseTheEngineOnlyThroughItsFacade() {
        noClasses().that().resideInAPackage("dev.bscportal.maven..")
                .should().dependOnClassesThat(resideInAPackage("dev.bscportal.core..").and(not(resideInAnyPackage(ENGINE_API))))
                .because("the build pipeline lives in dev.bscportal.core.build; a mojo maps parameters and logs")
                .check(classes);
    }
}
