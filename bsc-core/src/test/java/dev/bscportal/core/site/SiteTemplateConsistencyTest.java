package dev.bscportal.core.site;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site template's parts agree: every label a template uses exists in every language, every asset is listed. */
class SiteTemplateConsistencyTest {

    private static final Path SITE = Path.of("../site-template/src/main/resources/dev/bscportal/site");
    private static final Pattern LABEL_USE = Pattern.compile("t\\[\"([a-z0-9.-]+)\"\\]|\\bt\\.([a-z]+)\\b|label\\(\"([a-z0-9.-]+)\"");

    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (var reader = Files.newBufferedReader(SITE.resolve("i18n").resolve(file), StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void germanLabelsHaveExactlyTheEnglishKeys() throws IOException {
        assertEquals(keys("labels.properties"), keys("labels_de.properties"));
    }

    @Test
    void everyLabelATemplateUsesExists() throws IOException {
        Set<String> english = keys("labels.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.list(SITE.resolve("templates"))) {
            for (Path template : templates.toList()) {
                Matcher m = LABEL_USE.matcher(Files.readString(template));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                    if (!english.contains(key)) {
                        missing.add(template.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void theAssetIndexListsEveryAssetFile() throws IOException {
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SITE.resolve("assets"))) {
            files.filter(Files::isRegularFile).map(f -> SITE.resolve("assets").relativize(f).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("index.txt")).forEach(onDisk::add);
        }
        assertEquals(onDisk, new TreeSet<>(SiteResources.builtIn().builtInAssets()));
    }

    @Test
    void labelsFallBackToEnglishAndShowMissingKeysVisibly() {
        Labels german = Labels.load(java.util.Locale.GERMAN, SiteResources.builtIn());

        assertEquals("Im Ziel", german.get("status.on-target"));
        assertEquals("[no.such.key]", german.get("no.such.key"));
        assertTrue(german.format("search.results", 3, "Umsatz").startsWith("3 Treffer"));
    }
}
