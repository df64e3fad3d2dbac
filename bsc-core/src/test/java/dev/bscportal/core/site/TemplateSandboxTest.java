package dev.bscportal.core.site;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A template override is code from the strategy repository, so it may be hostile: it must not reach Java
 * (run a process, construct objects, call reflection), nor read files outside the template folder. Each
 * attempt fails the build with the override's file and line, and nothing of it runs.
 */
class TemplateSandboxTest {

    @TempDir
    Path dir;

    /** A file outside the template folder that no template may read. */
    private Path secret() throws Exception {
        return Files.writeString(dir.resolve("secret.txt"), "SECRET-OUTSIDE-TEMPLATES");
    }

    private Path marker() {
        return dir.resolve("MARKER");
    }

    /** Renders the small strategy with {@code templates/home.ftlh} overridden; the payload is on line 3. */
    private RenderException renderWithHomeOverride(String payload) throws Exception {
        CheckResult checked = StrategyDir.valid(dir.resolve("src")).check();
        Path templates = Files.createDirectories(dir.resolve("site-template/templates"));
        Files.writeString(templates.resolve("home.ftlh"), "<#-- a hostile override -->\n<p>before</p>\n" + payload + "\n<p>after</p>\n");
        Path out = Files.createDirectories(dir.resolve("site"));
        SiteOptions options = SiteOptions.defaults().withTemplateOverrides(dir.resolve("site-template"));
        return assertThrows(RenderException.class, () -> new SiteRenderer(options, Optional.empty(), false)
                .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), out, n -> { }));
    }

    private void assertNamesTheOverrideAndLine(RenderException e) {
        String overridePath = dir.resolve("site-template/templates/home.ftlh").toString();
        assertTrue(e.getMessage().contains(overridePath + " line 3"), e.getMessage());
    }

    private void assertNothingLeaked() throws Exception {
        assertFalse(Files.exists(marker()), "the payload ran: " + marker() + " exists");
        try (Stream<Path> files = Files.walk(dir.resolve("site"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1).contains("SECRET-OUTSIDE-TEMPLATES"), f.toString());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch MARKER_PATH\")}",
            "${\"freemarker.template.utility.Execute\"?new()(\"touch MARKER_PATH\")}",
            "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.io.FileOutputStream\", \"MARKER_PATH\")}",
            "<#assign j = \"freemarker.template.utility.JythonRuntime\"?new()><@j>open('MARKER_PATH', 'w')</@j>",
            "${\"java.io.FileOutputStream\"?new()}",
            "${\"freemarker.template.utility.ClassUtil\"?new()}",
    })
    void givenAnOverrideThatConstructsJavaObjectsWhenRenderedThenTheBuildFailsAtItsLineAndNothingRuns(String payload) throws Exception {
        RenderException e = renderWithHomeOverride(payload.replace("MARKER_PATH", marker().toString()));

        assertNamesTheOverrideAndLine(e);
        assertTrue(e.getMessage().contains("is not allowed in the template for security reasons"), e.getMessage());
        assertNothingLeaked();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "${page?api.getClass().getName()}",
            "${site?api.class.protectionDomain}",
            "${page.class.protectionDomain}",
            "${page.class.classLoader}",
            "${page.getClass().getClassLoader()}",
            "${page.getClass().forName(\"java.lang.Runtime\")}",
            "${site.getClass().getProtectionDomain().getCodeSource().getLocation()}",
            "${sc.scorecard.class.getClassLoader().loadClass(\"java.lang.Runtime\")}",
            "${t.class.classLoader}",
            "${fmt.getClass().getName()}",
            "${md.getClass().getName()}",
    })
    void givenAnOverrideThatReachesForJavaReflectionWhenRenderedThenTheBuildFailsAtItsLine(String payload) throws Exception {
        RenderException e = renderWithHomeOverride(payload);

        assertNamesTheOverrideAndLine(e);
        assertFalse(e.getMessage().contains("ProtectionDomain (") || e.getMessage().contains("jdk.internal.loader"), e.getMessage());
        assertNothingLeaked();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<#include \"/../../../etc/passwd\">",
            "<#include \"../../../../etc/passwd\">",
            "<#include \"../secret.txt\">",
            "<#include \"/etc/passwd\">",
            "<#include \"SECRET_PATH\">",
            "<#include \"file://SECRET_PATH\">",
            "<#include \"..\\\\secret.txt\">",
            "<#import \"../secret.txt\" as s>",
            "<#include \"classpath:/META-INF/MANIFEST.MF\">",
            "<#include \"../../../../../META-INF/MANIFEST.MF\">",
    })
    void givenAnOverrideThatIncludesAFileOutsideTheTemplateFolderWhenRenderedThenTheBuildFailsAtItsLine(String payload) throws Exception {
        Path secret = secret();

        RenderException e = renderWithHomeOverride(payload.replace("SECRET_PATH", secret.toString()));

        assertNamesTheOverrideAndLine(e);
        assertFalse(e.getMessage().contains("SECRET-OUTSIDE-TEMPLATES"), e.getMessage());
        assertNothingLeaked();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<#assign s = r'${\"freemarker.template.utility.Execute\"?new()(\"touch MARKER_PATH\")}'?interpret><@s/>",
            "${r'\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.io.FileOutputStream\", \"MARKER_PATH\")'?eval}",
    })
    void givenAnOverrideThatHidesAPayloadInEvalOrInterpretWhenRenderedThenTheSameLimitsHold(String payload) throws Exception {
        RenderException e = renderWithHomeOverride(payload.replace("MARKER_PATH", marker().toString()));

        assertTrue(e.getMessage().contains("home.ftlh"), e.getMessage());
        assertTrue(e.getMessage().contains("is not allowed in the template for security reasons"), e.getMessage());
        assertNothingLeaked();
    }

    @Test
    void givenAnOverrideUsingOnlyTheDataModelWhenRenderedThenItRenders() throws Exception {
        CheckResult checked = StrategyDir.valid(dir.resolve("src")).check();
        Path templates = Files.createDirectories(dir.resolve("site-template/templates"));
        Files.writeString(templates.resolve("home.ftlh"),
                "<#import \"lib.ftlh\" as l><@l.layout><h1>Own home of ${sc.scorecard.info.name}</h1></@l.layout>\n");
        Path out = Files.createDirectories(dir.resolve("site"));

        new SiteRenderer(SiteOptions.defaults().withTemplateOverrides(dir.resolve("site-template")), Optional.empty(), false)
                .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), out, n -> { });

        assertTrue(Files.readString(out.resolve("index.html")).contains("Own home of "));
    }
}
