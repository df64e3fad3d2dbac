package dev.bscportal.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.codehaus.plexus.classworlds.realm.ClassRealm;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The engine's libraries (Freemarker, flexmark, JGit, the PDF stack, ...), added to the plugin's class realm only
 * when a goal does work that needs them. The plugin depends on bsc-core without its dependencies, so Maven does not
 * resolve and open about 76 jars for a goal that finds nothing to do (a no-change {@code bsc:build}: it needs only
 * bsc-core's own classes to see that). The list is bsc-core's runtime class path, in class path order, written into
 * its jar at build time ({@value #LIST}); each entry is resolved through Maven's repository system with the plugin
 * repositories, as Maven resolves a plugin's dependencies.
 */
final class EngineLibraries {

    static final String LIST = "META-INF/bsc/engine-dependencies.txt";

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    EngineLibraries(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = repositories == null ? List.of() : repositories;
    }

    /**
     * Adds every library the realm does not hold yet. Outside a Maven class realm (a test, an IDE) the class path
     * already holds them, and nothing is done.
     */
    void load(ClassLoader loader) throws MojoExecutionException {
        if (!(loader instanceof ClassRealm realm)) {
            return;
        }
        List<DefaultArtifact> wanted = coordinates(loader);
        if (wanted.isEmpty()) {
            return;
        }
        Set<String> present = new HashSet<>();
        Arrays.stream(realm.getURLs()).forEach(u -> present.add(u.toString()));
        List<ArtifactRequest> requests = new ArrayList<>();
        for (DefaultArtifact artifact : wanted) {
            requests.add(new ArtifactRequest(artifact, repositories, "bsc-engine"));
        }
        List<ArtifactResult> results;
        try {
            results = system.resolveArtifacts(session, requests);
        } catch (ArtifactResolutionException e) {
            throw new MojoExecutionException("The engine's libraries could not be resolved: " + e.getMessage()
                    + " Fix: run the build once online (without -o), or check the plugin repositories in settings.xml.", e);
        }
        for (ArtifactResult result : results) {
            try {
                URL url = result.getArtifact().getFile().toURI().toURL();
                if (present.add(url.toString())) {
                    realm.addURL(url);
                }
            } catch (MalformedURLException e) {
                throw new MojoExecutionException("The engine library " + result.getArtifact() + " has no usable path: "
                        + e.getMessage(), e);
            }
        }
    }

    /** bsc-core's runtime libraries as listed in its jar, in class path order; empty when the list is not there. */
    static List<DefaultArtifact> coordinates(ClassLoader loader) throws MojoExecutionException {
        List<DefaultArtifact> artifacts = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(LIST)) {
            if (in == null) {
                return artifacts;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                parse(line.strip()).ifPresent(artifacts::add);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("The list of the engine's libraries (" + LIST + ") could not be read: "
                    + e.getMessage(), e);
        }
        return artifacts;
    }

    /**
     * One line of {@code dependency:list}: {@code group:artifact:type:version} or
     * {@code group:artifact:type:classifier:version}, then optionally {@code -- module name}; anything else is not
     * a coordinate (the heading, blank lines).
     */
    static java.util.Optional<DefaultArtifact> parse(String line) {
        String coordinate = line.split("\\s+", 2)[0];
        String[] parts = coordinate.split(":");
        if (parts.length < 4 || parts.length > 5 || Arrays.stream(parts).anyMatch(String::isEmpty)) {
            return java.util.Optional.empty();
        }
        String extension = "jar".equals(parts[2]) || "bundle".equals(parts[2]) ? "jar" : parts[2];
        String classifier = parts.length == 5 ? parts[3] : "";
        return java.util.Optional.of(new DefaultArtifact(parts[0], parts[1], classifier, extension, parts[parts.length - 1]));
    }
}
