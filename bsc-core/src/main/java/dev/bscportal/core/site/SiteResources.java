package dev.bscportal.core.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The files of the site template: the built-in ones in the site-template jar (under
 * {@code dev/bscportal/site/}) and the user's overrides directory, where a file of the same relative name
 * wins. The overrides are checked once when opened ({@link TemplateOverrides}): only regular files inside the
 * template directory are ever read.
 */
public final class SiteResources {

    /** Where the built-in templates, labels and assets are on the class path (the site-template jar). */
    public static final String BUILT_IN_ROOT = "dev/bscportal/site/";

    private final TemplateOverrides overrides;
    private final ClassLoader classLoader;

    private SiteResources(TemplateOverrides overrides) {
        this.overrides = overrides;
        this.classLoader = SiteResources.class.getClassLoader();
    }

    /** The built-in files only. */
    public static SiteResources builtIn() {
        return new SiteResources(TemplateOverrides.none());
    }

    /**
     * The built-in files and the overrides in {@code directory} (none when it is absent or does not exist).
     * Fails, naming every such entry, when the directory holds a link leading out of it, a FIFO, device or
     * socket, a link loop or a broken link.
     */
    public static SiteResources open(Optional<Path> directory) throws RenderException {
        return new SiteResources(directory.isPresent() ? TemplateOverrides.scan(directory.get()) : TemplateOverrides.none());
    }

    /** The relative names of every override file (forward slashes), sorted. */
    public Set<String> overrideNames() {
        return overrides.names();
    }

    /** The file's bytes: the override when present, else the built-in one. */
    public Optional<byte[]> read(String relative) {
        return overrides.read(relative).or(() -> builtIn(relative));
    }

    /** The template directory as configured, for messages that name an override's file. */
    Path overrideDirectory() {
        return overrides.directory();
    }

    /** The override file's bytes, when there is one of that name. */
    Optional<byte[]> readOverride(String relative) {
        return overrides.read(relative);
    }

    /** The built-in file then the override, both when present (for files that are merged, like labels). */
    List<byte[]> readAll(String relative) {
        List<byte[]> all = new ArrayList<>();
        builtIn(relative).ifPresent(all::add);
        overrides.read(relative).ifPresent(all::add);
        return all;
    }

    /** The built-in assets, listed in {@code assets/index.txt} (a jar cannot be listed portably). */
    public List<String> builtInAssets() {
        String index = new String(builtIn("assets/index.txt").orElseThrow(
                () -> new IllegalStateException("site-template jar lacks assets/index.txt")), StandardCharsets.UTF_8);
        return index.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** Files under the overrides' assets/ folder, relative to the overrides root, sorted. */
    public List<String> overrideAssets() {
        return overrides.names().stream().filter(n -> n.startsWith("assets/")).toList();
    }

    private Optional<byte[]> builtIn(String relative) {
        try (InputStream in = classLoader.getResourceAsStream(BUILT_IN_ROOT + relative)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
