package dev.bscportal.core.site;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.testing.SpecialFiles;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The user's template directory (src/site-template) is read only where its files really are regular files
 * inside it: a link to a host file or CI secret, a link to a folder outside, a FIFO, a link loop fail the build
 * with the entry's name and code, and nothing of the linked file reaches the site.
 */
@Timeout(120) // a FIFO opened by mistake would wait for ever: fail instead of hanging the test run
class TemplateDirectoryFilesTest {

    private static final String SECRET = "CI_DEPLOY_TOKEN=ghp_s3cr3t-7f1c9e";

    @TempDir
    Path dir;

    private CheckResult checked;
    private Path templates;
    private Path outside;
    private Path site;

    @BeforeEach
    void strategyAndFolders() throws IOException {
        checked = StrategyDir.valid(dir.resolve("src/strategy")).check();
        templates = Files.createDirectories(dir.resolve("src/site-template"));
        outside = Files.createDirectories(dir.resolve("ci-secrets"));
        Files.writeString(outside.resolve("token.txt"), SECRET + "\n");
        site = Files.createDirectories(dir.resolve("site"));
    }

    @ParameterizedTest(name = "a link at {0} to a secret file outside")
    @ValueSource(strings = {"assets/token.css", "assets/img/deep/token.svg", "templates/home.ftlh",
            "templates/lib.ftlh", "i18n/labels.properties", "i18n/labels_de.properties"})
    void aLinkToAFileOutsideTheTemplateDirectoryFailsTheBuildAndPublishesNothingOfIt(String entry) throws IOException {
        // given a template file that is a symbolic link to a secret outside the template directory
        SpecialFiles.link(templates.resolve(entry), outside.resolve("token.txt"));

        // when the site is rendered
        RenderException e = assertThrows(RenderException.class, this::render);

        // then the build fails naming the entry and the code, and the secret is in no file written
        assertTrue(e.getMessage().contains("src/site-template/" + entry + ": BSC028"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET), "the message does not quote the secret");
        assertNoFileContains(SECRET);
    }

    @Test
    void aLinkToAFolderOutsideTheTemplateDirectoryFailsTheBuild() throws IOException {
        // given assets/theme is a symbolic link to a folder outside holding the secret
        SpecialFiles.link(templates.resolve("assets/theme"), outside);

        RenderException e = assertThrows(RenderException.class, this::render);

        assertTrue(e.getMessage().contains("src/site-template/assets/theme: BSC028"), e.getMessage());
        assertNoFileContains(SECRET);
    }

    @Test
    void linksToHostFilesLikeTheProcessEnvironmentPasswdAndDevicesAreRefused() throws IOException {
        // given links to the build's environment and the password file (the files a CI attacker wants)
        SpecialFiles.link(templates.resolve("assets/env.txt"), Path.of("/proc/self/environ"));
        SpecialFiles.link(templates.resolve("assets/passwd.txt"), Path.of("/etc/passwd"));
        SpecialFiles.link(templates.resolve("assets/etc"), Path.of("/etc"));
        SpecialFiles.link(templates.resolve("assets/zero.bin"), Path.of("/dev/zero"));

        RenderException e = assertThrows(RenderException.class, this::render);

        // then each is named with its code, and neither the environment nor passwd is published
        assertTrue(e.getMessage().contains("src/site-template/assets/env.txt: BSC028"), e.getMessage());
        assertTrue(e.getMessage().contains("src/site-template/assets/passwd.txt: BSC028"), e.getMessage());
        assertTrue(e.getMessage().contains("src/site-template/assets/etc: BSC028"), e.getMessage());
        assertTrue(e.getMessage().contains("src/site-template/assets/zero.bin: BSC028"), e.getMessage());
        assertNoFileContains("PATH=" + System.getenv("PATH"));
        assertNoFileContains("root:x:0:0");
    }

    @ParameterizedTest(name = "a FIFO at {0}")
    @ValueSource(strings = {"assets/pipe.css", "templates/home.ftlh", "i18n/labels.properties"})
    void aNamedPipeIsRefusedWithoutOpeningIt(String entry) throws IOException {
        // given a FIFO where a template file belongs (opening it would wait for a writer for ever)
        SpecialFiles.fifo(templates.resolve(entry));

        RenderException e = assertThrows(RenderException.class, this::render);

        assertTrue(e.getMessage().contains("src/site-template/" + entry + ": BSC025"), e.getMessage());
        assertTrue(e.getMessage().contains("named pipe"), e.getMessage());
    }

    @Test
    void aFolderLinkBackIntoTheTemplateDirectoryIsALoop() throws IOException {
        SpecialFiles.link(templates.resolve("assets/again"), Path.of(".."));

        RenderException e = assertThrows(RenderException.class, this::render);

        assertTrue(e.getMessage().contains("src/site-template/assets/again: BSC026"), e.getMessage());
    }

    @Test
    void aLinkToAFolderInsideTheTemplateDirectoryIsRefusedAtTheLink() throws IOException {
        // given a folder read under its own name, and a second name for it under assets/
        Files.createDirectories(templates.resolve("brand"));
        Files.writeString(templates.resolve("brand/colours.css"), "a { color: teal; }\n");
        SpecialFiles.link(templates.resolve("assets/brand"), Path.of("../brand"));

        RenderException e = assertThrows(RenderException.class, this::render);

        assertTrue(e.getMessage().contains("src/site-template/assets/brand: BSC026"), e.getMessage());
        assertFalse(e.getMessage().contains("src/site-template/brand:"), e.getMessage());
    }

    @Test
    void aBrokenLinkIsNamed() throws IOException {
        SpecialFiles.link(templates.resolve("assets/gone.css"), Path.of("nowhere.css"));

        RenderException e = assertThrows(RenderException.class, this::render);

        assertTrue(e.getMessage().contains("src/site-template/assets/gone.css: BSC004"), e.getMessage());
    }

    @Test
    void linksThatStayInsideTheTemplateDirectoryAreFollowed() throws Exception {
        // given files in a brand folder inside the template directory, linked from assets and templates
        Files.createDirectories(templates.resolve("brand"));
        Files.writeString(templates.resolve("brand/colours.css"), ".brand-in-link { color: teal; }\n");
        Files.writeString(templates.resolve("brand/404.ftlh"), "<p>in-link-template</p>\n");
        SpecialFiles.link(templates.resolve("assets/colours.css"), Path.of("../brand/colours.css"));
        SpecialFiles.link(templates.resolve("templates/404.ftlh"), Path.of("../brand/404.ftlh"));

        render();

        assertEquals(".brand-in-link { color: teal; }\n", Files.readString(site.resolve("assets/colours.css")));
        assertTrue(Files.readString(site.resolve("404.html")).contains("in-link-template"));
    }

    @Test
    void aLogoFromTheTemplateAssetsIsShown() throws Exception {
        Files.createDirectories(templates.resolve("assets"));
        Files.writeString(templates.resolve("assets/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");

        new SiteRenderer(SiteOptions.defaults().withTemplateOverrides(templates).withLogo("assets/logo.svg"), Optional.empty(), false)
                .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), site, n -> { });

        assertTrue(Files.exists(site.resolve("assets/logo.svg")));
        assertTrue(Files.readString(site.resolve("index.html")).contains("src=\"assets/logo.svg\""));
    }

    @ParameterizedTest(name = "logo {0}")
    @ValueSource(strings = {"/etc/passwd", "../../ci-secrets/token.txt", "assets/../../ci-secrets/token.txt",
            "assets/missing.svg", "https://evil.example/logo.svg", "javascript:alert(1)", "assets/./logo.svg", "logo.svg"})
    void aLogoThatIsNotAnAssetOfTheSiteFailsTheBuild(String logo) throws IOException {
        Files.createDirectories(templates.resolve("assets"));
        Files.writeString(templates.resolve("assets/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");

        RenderException e = assertThrows(RenderException.class, () -> new SiteRenderer(
                SiteOptions.defaults().withTemplateOverrides(templates).withLogo(logo), Optional.empty(), false)
                .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), site, n -> { }));

        assertTrue(e.getMessage().startsWith("BSC029 The logo '" + logo + "'"), e.getMessage());
        assertNoFileContains(SECRET);
    }

    private void render() throws RenderException {
        new SiteRenderer(SiteOptions.defaults().withTemplateOverrides(templates), Optional.empty(), false)
                .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), site, n -> { });
    }

    private void assertNoFileContains(String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertFalse(content.contains(new String(needle, StandardCharsets.ISO_8859_1)), file + " contains " + text);
        }
    }
}
