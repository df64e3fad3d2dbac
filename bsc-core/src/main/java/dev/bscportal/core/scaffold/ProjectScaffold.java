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
                String text = new String(resource(ROOT + "project/" + name), StandardCharsets.UTF_8)
                        .replace("@groupId@", settings.groupId())
                        .replace("@artifactId@", settings.artifactId())
                        .replace("@organisation@", settings.organisation().replace("\"", "'"))
                        .replace("@pluginVersion@", settings.pluginVersion());
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
