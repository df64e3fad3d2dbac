package dev.bscportal.core.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The logo's one rule, as the renderer applies it to options that did not pass through the typed settings. */
class LogoPathTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"assets/logo.svg", "assets/brand/logo-2.png", "assets/a_b/c.d.webp", "assets/x.jpeg"})
    void aFileUnderAssetsWithAnImagesExtensionIsWellFormed(String value) {
        assertTrue(LogoPath.wellFormed(value));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"logo.svg", "/assets/logo.svg", "assets/../secret.svg", "assets/./logo.svg", "assets//logo.svg",
            "assets/.hidden.svg", "assets/logo.txt", "assets/logo.svg.html", "https://evil.example/logo.svg",
            "assets/logo svg.svg", "assets/%2e%2e/x.svg", "assets\\\\logo.svg", "assets/"})
    void anythingElseIsNot(String value) {
        assertFalse(LogoPath.wellFormed(value));
    }

    @Test
    void theRendererRefusesALogoOfTheWrongShapeOrThatIsNotThereAndAcceptsABuiltInImage() {
        SiteResources builtIn = SiteResources.builtIn();

        RenderException text = assertThrows(RenderException.class, () -> LogoPath.check(Optional.of("assets/index.txt"), builtIn));
        assertTrue(text.getMessage().contains("BSC029") && text.getMessage().contains("image's extension"), text.getMessage());
        RenderException missing = assertThrows(RenderException.class, () -> LogoPath.check(Optional.of("assets/logo.svg"), builtIn));
        assertTrue(missing.getMessage().contains("is not a file of the template directory's assets folder"), missing.getMessage());
        assertDoesNotThrow(() -> LogoPath.check(Optional.of("assets/favicon.svg"), builtIn));
        assertDoesNotThrow(() -> LogoPath.check(Optional.empty(), builtIn));
    }
}
