package dev.bscportal.core.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The files of the site template: the built-in ones in the site-template jar (under
 * {@code dev/bscportal/site/}) and the user's overrides directory, where a file of the same relative name
 * wins.
 */
public final class SiteResources {

    static final String BUILT_IN_ROOT = "dev/bscportal/site/";

    private final Optional<Path> overrides;
    private final ClassLoader classLoader;

    public SiteResources(Optional<Path> overrides) {
        this.overrides = overrides.filter(Files::isDirectory);
        this.classLoader = SiteResources.class.getClassLoader();
    }

    public Optional<Path> overrides() {
        return overrides;
    }

    /** The file's bytes: the override when present, else the built-in one. */
    public Optional<byte[]> read(String relative) {
        if (overrides.isPresent()) {
            Path file = overrides.get().resolve(relative);
            if (Files.isRegularFile(file)) {
                return Optional.of(readFile(file));
            }
        }
        return builtIn(relative);
    }

    /** The built-in file then the override, both when present (for files that are merged, like labels). */
    List<byte[]> readAll(String relative) {
        List<byte[]> all = new ArrayList<>();
        builtIn(relative).ifPresent(all::add);
        overrides.map(dir -> dir.resolve(relative)).filter(Files::isRegularFile).map(SiteResources::readFile).ifPresent(all::add);
        return all;
    }

    /** The built-in assets, listed in {@code assets/index.txt} (a jar cannot be listed portably). */
    public List<String> builtInAssets() {
        String index = new String(builtIn("assets/index.txt").orElseThrow(
                () -> new IllegalStateException("site-template jar lacks assets/index.txt")), java.nio.charset.StandardCharsets.UTF_8);
        return index.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** Files under the overrides' assets/ folder, relative to the overrides root, sorted. */
    public List<String> overrideAssets() {
        if (overrides.isEmpty() || !Files.isDirectory(overrides.get().resolve("assets"))) {
            return List.of();
        }
        try (var files = Files.walk(overrides.get().resolve("assets"))) {
            return files.filter(Files::isRegularFile)
                    .map(f -> overrides.get().relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<byte[]> builtIn(String relative) {
        try (InputStream in = classLoader.getResourceAsStream(BUILT_IN_ROOT + relative)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
