package dev.bscportal.core.scaffold;

import dev.bscportal.core.text.TextCharacters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a new project from the templates under {@code dev/bscportal/core/scaffold/project/} (listed in
 * {@code files.txt}), replacing {@code @groupId@}, {@code @artifactId@}, {@code @organisation@} and the plugin's
 * coordinates, each escaped for the file it goes into (see {@link FileKind}), and the blocks that depend on where the
 * plugin comes from ({@link PluginSource}); copies the editor schemas to {@code .bsc/schema/} and the Maven Wrapper
 * ({@code mvnw}, executable, and {@code .mvn/wrapper/}), so the project builds with nothing but a JDK. Never
 * overwrites: the target must not exist or be empty.
 */
public final class ProjectScaffold {

    private static final String ROOT = "dev/bscportal/core/scaffold/";
    private static final List<String> SCHEMAS = List.of("strategy", "objective", "measure", "initiative", "okrs", "review");

    private static final Pattern MAVEN_ID = Pattern.compile("[A-Za-z0-9_\\-.]+");
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9_.\\-]+");
    private static final int NAME_MAX = 200;
    /** Longest groupId or artifactId: a folder name well under every file system's limit. */
    static final int ID_MAX = 100;
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "@(groupId|artifactId|organisation|pluginGroupId|pluginVersion|pluginSource|pomProperties|pomRepositories|pluginSteps)@");
    /** Placeholders replaced by whole blocks of fixed text (chosen by the plugin source, never user text). */
    private static final List<String> BLOCKS = List.of("pomProperties", "pomRepositories", "pluginSteps");

    /**
     * What the new project is called, and where it gets the plugin: {@code pluginVersion} is a release (the version
     * the project asks for), {@code repository} the plugin's GitHub repository (owner/name) that the JitPack and
     * source routes name.
     */
    public record Settings(String groupId, String artifactId, String organisation, String pluginVersion,
                           PluginSource pluginSource, String repository) {

        /** A project that takes the plugin from Maven Central. */
        public Settings(String groupId, String artifactId, String organisation, String pluginVersion) {
            this(groupId, artifactId, organisation, pluginVersion, PluginSource.CENTRAL, null);
        }

        /**
         * Refuses settings that would not make a valid project: a groupId or artifactId Maven refuses (or that
         * is {@code .} or {@code ..}, the artifactId names the default directory), an empty or overlong
         * organisation, or one with control characters other than a line break or a tab (each written escaped; NEL,
         * U+0085, is a C1 control the build refuses with BSC189).
         */
        void check() throws ScaffoldException {
            checkId("bsc.init.groupId", groupId, "com.example");
            checkId("bsc.init.artifactId", artifactId, "acme-strategy");
            if (pluginVersion == null || !VERSION.matcher(pluginVersion).matches()) {
                throw new ScaffoldException("bsc.init.pluginVersion '" + shown(pluginVersion) + "' cannot go into a POM."
                        + " Name a released version, e.g. -Dbsc.init.pluginVersion=0.1.0.");
            }
            if (pluginVersion.toUpperCase(java.util.Locale.ROOT).endsWith("-SNAPSHOT")) {
                throw new ScaffoldException("bsc.init.pluginVersion '" + pluginVersion + "' is a development build: no"
                        + " repository a company's CI reaches has it, nor a release tag. Name a released version,"
                        + " e.g. -Dbsc.init.pluginVersion=0.1.0.");
            }
            if (pluginSource == null) {
                throw new ScaffoldException("bsc.init.pluginSource is not set. Use central, jitpack or source.");
            }
            if (pluginSource != PluginSource.CENTRAL) {
                PluginSource.checkRepository(repository);
            }
            String name = organisation == null ? "" : organisation.strip();
            if (name.isEmpty() || name.codePointCount(0, name.length()) > NAME_MAX
                    || name.codePoints().anyMatch(c -> c != '\n' && c != '\t' && TextCharacters.invisible(c))) {
                throw new ScaffoldException("bsc.init.organisation '" + shown(organisation) + "' must be a name of 1 to " + NAME_MAX
                        + " characters without control characters, e.g. -Dbsc.init.organisation=\"ACME Ltd\".");
            }
        }

        /**
         * A Maven id (letters, digits, '-', '_', '.', as Maven's own check) that is also a safe folder name on every
         * system: starting with a letter or digit (not '-x', which reads as an option), not ending with '.', at most
         * {@link #ID_MAX} characters, and no part between dots a Windows device name ({@code CON}, {@code nul.x},
         * {@code com1}: Windows cannot create such a folder, and the groupId's parts become folders of the repository).
         */
        private static void checkId(String parameter, String value, String example) throws ScaffoldException {
            String fix = " e.g. -D" + parameter + "=" + example + ".";
            if (value == null || !MAVEN_ID.matcher(value).matches() || value.equals(".") || value.equals("..")) {
                throw new ScaffoldException(parameter + " '" + shown(value) + "' is not a Maven id. Use letters, digits,"
                        + " '-', '_' and '.'," + fix);
            }
            if (value.length() > ID_MAX) {
                throw new ScaffoldException(parameter + " is " + value.length() + " characters long; use at most " + ID_MAX + "," + fix);
            }
            if (!Character.isLetterOrDigit(value.charAt(0)) || value.endsWith(".") || value.contains("..")) {
                throw new ScaffoldException(parameter + " '" + value + "' must start with a letter or digit, not end with '.'"
                        + " and have no '..'," + fix);
            }
            for (String part : value.split("\\.")) {
                if (dev.bscportal.core.presentation.FileNames.isDeviceName(part)) {
                    throw new ScaffoldException(parameter + " '" + value + "' names a Windows device ('" + part + "': CON, PRN,"
                            + " AUX, NUL, COM0-9, LPT0-9 in any case), which cannot be a folder on Windows;" + fix);
                }
            }
        }
    }

    /**
     * Where the project goes: the directory the user named (absolute or relative to {@code workingDirectory}),
     * else {@code workingDirectory/artifactId}; the artifactId is checked first, so it cannot climb out.
     */
    public static Path targetDirectory(Optional<Path> named, Path workingDirectory, Settings settings) throws ScaffoldException {
        settings.check();
        return named.map(workingDirectory::resolve).orElseGet(() -> workingDirectory.resolve(settings.artifactId())).normalize();
    }

    private ProjectScaffold() {
    }

    /** Writes the project and returns the files written, relative to {@code directory}. */
    public static List<String> write(Path directory, Settings settings) throws ScaffoldException {
        settings.check();
        PluginSource source = settings.pluginSource();
        Map<String, String> values = Map.of("groupId", settings.groupId(), "artifactId", settings.artifactId(),
                "organisation", settings.organisation().strip(),
                "pluginGroupId", source.groupId(settings.repository()),
                "pluginVersion", source.version(settings.pluginVersion()), "pluginSource", source.id(),
                "pomRepositories", source.pomRepositories(),
                "pluginSteps", source.workflowSteps(settings.repository(), settings.pluginVersion()));
        if (Files.exists(directory) && !isEmptyDirectory(directory)) {
            throw new ScaffoldException(directory + " already exists and is not empty; choose a new directory.");
        }
        List<String> written = new ArrayList<>();
        try {
            for (String name : list()) {
                String target = name.replaceAll("(^|/)dot-", "$1.");
                String text = fill(new String(resource(ROOT + "project/" + name), StandardCharsets.UTF_8), FileKind.of(target), values);
                write(directory.resolve(target), text.getBytes(StandardCharsets.UTF_8));
                if (target.equals("mvnw")) {
                    executable(directory.resolve(target));
                }
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
     * Replaces each {@code @name@} with its value escaped for the file's kind; in a POM whose values hold
     * {@code ${}, declares the {@code bsc.dollar} property at {@code @pomProperties@} so Maven reads them literally.
     */
    static String fill(String template, FileKind kind, Map<String, String> values) {
        boolean literalDollar = kind == FileKind.POM && values.entrySet().stream()
                .anyMatch(v -> !BLOCKS.contains(v.getKey()) && v.getValue().contains("${"));
        // one pass, so a value that itself reads "@artifactId@" stays as it is
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String replacement;
            if (name.equals("pomProperties")) {
                replacement = literalDollar ? "\n    <!-- a single dollar sign, so that Maven reads the names above literally -->\n    <"
                        + FileKind.DOLLAR_PROPERTY + ">$</" + FileKind.DOLLAR_PROPERTY + ">" : "";
            } else if (BLOCKS.contains(name)) {
                replacement = values.getOrDefault(name, "");
            } else {
                replacement = values.containsKey(name) ? kind.escape(values.get(name)) : placeholder.group();
            }
            placeholder.appendReplacement(text, Matcher.quoteReplacement(replacement));
        }
        placeholder.appendTail(text);
        return text.toString();
    }

    /** A refused value for a message: invisible characters as {@code <U+XXXX>}, at most 80 characters. */
    private static String shown(String value) {
        return value == null ? "" : TextCharacters.shownValue(value, 80);
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

    /** The wrapper script must run as {@code ./mvnw}; on file systems without POSIX permissions it is left as it is. */
    private static void executable(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
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
