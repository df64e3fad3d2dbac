package dev.bscportal.core.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.bscportal.core.maps.graphviz.BscCompiledEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * What the plugin's POM leaves out of its dependencies (bsc-maven-plugin/pom.xml, fewer artifacts for Maven to
 * resolve on every build) must stay unused: these rules fail the build when engine code starts to use one of them.
 */
class PluginDependenciesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importTheEngine() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.bscportal.core");
    }

    @Test
    void givenTheEngine_whenItsDependenciesAreRead_thenOnlyTheGraphvizJavaOfferUsesGraphvizJava() {
        // the plugin excludes graphviz-java: only BscCompiledEngine (for graphviz-java users) may touch it ...
        noClasses().that().doNotHaveFullyQualifiedName(BscCompiledEngine.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("guru.nidi..", "com.kitfox..", "org.apache.commons.exec..")
                .because("the plugin runs without graphviz-java (bsc-maven-plugin/pom.xml excludes it)")
                .check(classes);
        // ... and nothing of the engine calls that offer, so the plugin never loads it
        noClasses().that().doNotHaveFullyQualifiedName(BscCompiledEngine.class.getName())
                .should().dependOnClassesThat().haveFullyQualifiedName(BscCompiledEngine.class.getName())
                .because("BscCompiledEngine is for graphviz-java users; the plugin runs without graphviz-java")
                .check(classes);
    }

    @Test
    void givenTheEngine_whenItsDependenciesAreRead_thenNoClassUsesOpenPdfFlexmarkOptionsOrTheAnnotationsLeftOut() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("com.lowagie..", "org.librepdf..", "org.openpdf..", "org.jetbrains.annotations..",
                        "com.vladsch.flexmark.util.options..",
                        "javax.annotation", "javax.annotation.meta..",
                        "javax.annotation.concurrent..", "org.slf4j.bridge..")
                .because("bsc-core excludes OpenPDF and flexmark-util-options; the plugin flexmark's and graphviz-java's"
                        + " annotations")
                .check(classes);
    }

    @Test
    void givenFlexmarkAsWeUseIt_whenItsClassesAreRead_thenNoneUsesTheOptionsParserLeftOut() {
        // given every flexmark class on our class path (flexmark and its util modules, the tables extension)
        JavaClasses flexmark = new ClassFileImporter().importPackages("com.vladsch.flexmark");
        // then none refers to flexmark-util-options, which bsc-core excludes (a class that did would fail at run time)
        noClasses().that().resideOutsideOfPackage("com.vladsch.flexmark.util.options..")
                .should().dependOnClassesThat().resideInAPackage("com.vladsch.flexmark.util.options..")
                .because("bsc-core excludes com.vladsch.flexmark:flexmark-util (and so flexmark-util-options)")
                .check(flexmark);
    }
}
