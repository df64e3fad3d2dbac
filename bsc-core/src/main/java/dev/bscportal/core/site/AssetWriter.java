package dev.bscportal.core.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

/** Copies the site's CSS, scripts, fonts and images: the built-in ones, each replaced by an override of the same name, plus extra override files. */
final class AssetWriter {

    private final SiteResources resources;

    AssetWriter(SiteResources resources) {
        this.resources = resources;
    }

    int copy(Path target) {
        TreeSet<String> names = new TreeSet<>();
        resources.builtInAssets().forEach(a -> names.add("assets/" + a));
        names.addAll(resources.overrideAssets());
        for (String name : names) {
            byte[] bytes = resources.read(name).orElseThrow(() -> new IllegalStateException("asset vanished: " + name));
            try {
                Path file = target.resolve(name);
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names.size();
    }
}
