package dev.bscportal.core.publish;

import dev.bscportal.core.testing.SpecialFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The fingerprint that lets an unchanged build be skipped changes when a link or a FIFO appears among the inputs,
 * so the next build runs (and refuses them) instead of calling the site up to date; links and FIFOs are never read.
 */
@Timeout(120) // a FIFO opened by mistake would block for ever
class SiteFingerprintTest {

    @TempDir
    Path dir;

    private Path templates() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("site-template/assets"));
        Files.writeString(templates.resolve("site.css"), "body { color: black; }\n");
        return templates.getParent();
    }

    private String fingerprint(Path inputs) {
        return SiteFingerprint.of(List.of(inputs), "settings");
    }

    @Test
    void isTheSameForTheSameInputs() throws IOException {
        Path templates = templates();

        assertEquals(fingerprint(templates), fingerprint(templates));
    }

    @Test
    void changesWhenALinkToAHostFileAppears() throws IOException {
        Path templates = templates();
        String before = fingerprint(templates);

        SpecialFiles.link(templates.resolve("assets/env.txt"), Path.of("/proc/self/environ"));

        assertNotEquals(before, fingerprint(templates));
    }

    @Test
    void changesWhenAFifoAppearsWithoutOpeningIt() throws IOException {
        Path templates = templates();
        String before = fingerprint(templates);

        SpecialFiles.fifo(templates.resolve("templates/home.ftlh"));

        assertNotEquals(before, fingerprint(templates));
    }

    @Test
    void changesWhenTheFileBehindAnAllowedLinkIsEdited() throws IOException {
        // given a link to a file inside the template directory
        Path templates = templates();
        Path brand = Files.writeString(Files.createDirectories(templates.resolve("brand")).resolve("colours.css"), "a { color: teal; }\n");
        Files.setLastModifiedTime(brand, FileTime.fromMillis(1_700_000_000_000L));
        SpecialFiles.link(templates.resolve("assets/colours.css"), Path.of("../brand/colours.css"));
        String before = fingerprint(templates.resolve("assets"));

        // when the linked file is edited (only the link's folder is fingerprinted here)
        Files.writeString(brand, "a { color: navy; }\n");
        Files.setLastModifiedTime(brand, FileTime.fromMillis(1_700_000_060_000L));

        assertNotEquals(before, fingerprint(templates.resolve("assets")));
    }
}
