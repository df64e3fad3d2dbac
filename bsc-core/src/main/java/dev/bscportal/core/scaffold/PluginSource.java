package dev.bscportal.core.scaffold;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a project written by {@code bsc:init} gets the plugin from, in its POM and in its workflow: from Maven
 * Central (after the first release), from JitPack (which builds a tag of the plugin's GitHub repository on first
 * request), or from source (the workflow clones the plugin's repository at the release tag and installs it before
 * building the portal; works as soon as the tag exists, with nothing but GitHub).
 */
public enum PluginSource {
    CENTRAL, JITPACK, SOURCE;

    /** A GitHub repository, owner/name, as GitHub allows them (so it is safe inside YAML and XML as it is). */
    private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}");

    /** The value of {@code -Dbsc.init.pluginSource}, in any case; refuses anything else naming the choices. */
    public static PluginSource parse(String value) throws ScaffoldException {
        String wanted = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        for (PluginSource source : values()) {
            if (source.name().equals(wanted)) {
                return source;
            }
        }
        throw new ScaffoldException("bsc.init.pluginSource '" + (value == null ? "" : value.replaceAll("\\p{Cntrl}", "?"))
                + "' is not one of " + Arrays.stream(values()).map(PluginSource::id).collect(Collectors.joining(", "))
                + ". Use e.g. -Dbsc.init.pluginSource=source (build the plugin from its release tag in the workflow).");
    }

    /** How the user writes it: lower case. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static void checkRepository(String repository) throws ScaffoldException {
        if (repository == null || !REPOSITORY.matcher(repository).matches() || repository.endsWith("/.") || repository.endsWith("/..")) {
            throw new ScaffoldException("bsc.init.pluginRepository '" + (repository == null ? "" : repository.replaceAll("\\p{Cntrl}", "?"))
                    + "' is not a GitHub repository. Write owner/name, e.g. -Dbsc.init.pluginRepository=bscportal/bsc-maven-plugin.");
        }
    }

    /** The git tag a release is published from: {@code v} and the version. */
    static String tag(String version) {
        return "v" + version;
    }

    /** The plugin's groupId in the new POM. */
    String groupId(String repository) {
        return this == JITPACK ? "com.github." + repository.replace('/', '.') : "dev.bscportal";
    }

    /** The plugin's version in the new POM: JitPack names versions by tag. */
    String version(String version) {
        return this == JITPACK ? tag(version) : version;
    }

    /** What the POM needs besides the plugin (JitPack's plugin repository), to follow the properties' closing line. */
    String pomRepositories() {
        return this == JITPACK ? """

                  <!-- the plugin is built by JitPack from its GitHub release tag until it is on Maven Central -->
                  <pluginRepositories>
                    <pluginRepository>
                      <id>jitpack.io</id>
                      <url>https://jitpack.io</url>
                    </pluginRepository>
                  </pluginRepositories>
                """.stripTrailing() : "";
    }

    /**
     * Workflow steps that make the plugin available before the portal is built, to follow the line before them
     * (for source: clone the plugin at its release tag and install it), indented as steps of a job.
     */
    String workflowSteps(String repository, String version) {
        if (this != SOURCE) {
            return "";
        }
        return """

                      - name: Check out bsc-maven-plugin %2$s (not on Maven Central yet)
                        uses: actions/checkout@v4
                        with:
                          repository: %1$s
                          ref: %2$s
                          path: .bsc-plugin
                      - name: Build and install bsc-maven-plugin into the runner's Maven repository
                        run: cd .bsc-plugin && ./mvnw -B -ntp install -DskipTests -pl bsc-maven-plugin -am
                """.formatted(repository, tag(version)).stripTrailing();
    }
}
