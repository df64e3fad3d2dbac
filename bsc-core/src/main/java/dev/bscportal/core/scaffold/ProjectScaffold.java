package dev.bscportal.core.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a new project from the templates under {@code dev/bscportal/core/scaffold/project/} (listed in
 * {@code files.txt}), replacing {@code @groupId@}, {@code @artifactId@}, {@code @organisation@} and
 * {@code @pluginVersion@}, and copies the editor schemas to {@code .bsc/schema/}. Never overwrites: the target
 * must not exist or be empty.
 */
public final class ProjectScaffold {

    private static final String ROOT = "dev/bscportal/core/scaffold/";
    private static final List<String> SCHEMAS = List.of("strategy", "objective", "measure", "initiative", "okrs", "review");

    /** What the new project is called. */
    public record Settings(String groupId, String artifactId, String organisation, String pluginVersion) {
    }

    private ProjectScaffold() {
    }

    /** Writes the project and returns the files written, relative to {@code directory}. */
    public static List<String> write(Path directory, Settings settings) throws ScaffoldException {
        if (Files.exists(directory) && !isEmptyDirectory(directory)) {
            throw new ScaffoldException(directory + " already exists and is not empty; choose a new directory.");
        }
        List<String> written = new ArrayList<>();
        try {
            for (String name : list()) {
                String target = name.replaceAll("(^|/)dot-", "$1.");
                String text = fill(new String(resource(ROOT + "project/" + name), StandardCharsets.UTF_8),
                        settings, escaperFor(target));
                write(directory.resolve(target), text.getBytes(StandardCharsets.UTF_8));
                written.add(target);
            }
            for (String schema : SCHEMAS) {
                String target = ".bsc/schema/" + schema + ".schema.json";
                write(directory.resolve(target), resource("dev/bscportal/core/schema/" + schema + ".schema.json"));
                written.add(target);
            }
        } catch (IOException e) {
            throw new ScaffoldException("Could not write the project into " + directory + ": " + e.getMessage());
        }
        return written;
    }

    /**
     * Replaces each {@code @name@} placeholder in one pass (a value holding "@artifactId@" stays as it is), each
     * value escaped for the file's format: an organisation such as {@code A & "B" \ $1} stays that text.
     */
    static String fill(String template, Settings settings, java.util.function.UnaryOperator<String> escape) {
        java.util.Map<String, String> values = java.util.Map.of("groupId", settings.groupId(),
                "artifactId", settings.artifactId(), "organisation", settings.organisation(),
                "pluginVersion", settings.pluginVersion());
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            int at = template.indexOf('@', i);
            int end = at < 0 ? -1 : template.indexOf('@', at + 1);
            String value = end < 0 ? null : values.get(template.substring(at + 1, end));
            if (value == null) {
                int upTo = at < 0 ? template.length() : at + 1;
                out.append(template, i, upTo);
                i = upTo;
            } else {
                out.append(template, i, at).append(escape.apply(value));
                i = end + 1;
            }
        }
        return out.toString();
    }

    /** The escaping a value needs inside a file of this name (placeholders in YAML sit in double quotes). */
    static java.util.function.UnaryOperator<String> escaperFor(String fileName) {
        if (fileName.endsWith(".xml")) {
            return v -> v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
        if (fileName.endsWith(".yaml") || fileName.endsWith(".yml")) {
            return ProjectScaffold::yamlDoubleQuoted;
        }
        return v -> v;
    }

    private static String yamlDoubleQuoted(String value) {
        StringBuilder b = new StringBuilder(value.length() + 8);
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (c == '\\' || c == '"') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static List<String> list() throws IOException {
        String index = new String(resource(ROOT + "files.txt"), StandardCharsets.UTF_8);
        return index.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ProjectScaffold.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the plugin lacks its template " + name);
            }
            return in.readAllBytes();
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static boolean isEmptyDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
