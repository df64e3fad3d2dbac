package dev.bscportal.core.release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the third-party files a build bundles into its jars: every file under {@code src/main/resources} of every
 * module (found by walking the checkout, so modules added later count too) that lies in a folder named
 * {@code vendor}, is a kind of file that is always someone else's work (WebAssembly, fonts, minified scripts and
 * styles), or opens with a copyright or licence line (within its first 4 KB). Each is named by its path inside the
 * jar, the way NOTICE lists it.
 */
final class ThirdPartyFiles {

    private static final List<String> ALWAYS_THIRD_PARTY = List.of(".wasm", ".woff", ".woff2", ".ttf", ".otf", ".eot",
            ".min.js", ".min.css", ".afm", ".pfb");
    private static final Pattern LICENCE_LINE = Pattern.compile(
            "Copyright|\\(c\\) \\d{4}|Licensed to|Licensed under|SPDX-License-Identifier|@license|Permission is hereby granted",
            Pattern.CASE_INSENSITIVE);

    private ThirdPartyFiles() {
    }

    /** Paths inside the jar of every third-party file the modules under {@code root} bundle, sorted. */
    static List<String> find(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path resources : resourceRoots(root)) {
            try (Stream<Path> files = Files.walk(resources)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String inJar = resources.relativize(file).toString().replace('\\', '/');
                    if (isThirdParty(file, inJar)) {
                        found.add(inJar);
                    }
                }
            }
        }
        return found;
    }

    /** Every module's src/main/resources below root (a module: a folder with a pom.xml), without target/ or .git/. */
    private static List<Path> resourceRoots(Path root) throws IOException {
        List<Path> roots = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                if (!dir.equals(root) && (name.equals("target") || name.startsWith(".") || name.equals("node_modules"))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Path resources = dir.resolve("src/main/resources");
                if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(resources)) {
                    roots.add(resources);
                }
                return dir.endsWith("src") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }
        });
        roots.sort(null);
        return roots;
    }

    /** The files {@link #find} reports whose path NOTICE does not mention. */
    static List<String> missingFrom(String notice, List<String> thirdParty) {
        return thirdParty.stream().filter(path -> !notice.contains(path)).toList();
    }

    private static boolean isThirdParty(Path file, String inJar) throws IOException {
        String name = inJar.toLowerCase(Locale.ROOT);
        if (("/" + name).contains("/vendor/")) {
            return true;
        }
        if (ALWAYS_THIRD_PARTY.stream().anyMatch(name::endsWith)) {
            return true;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        return LICENCE_LINE.matcher(new String(head, StandardCharsets.ISO_8859_1)).find();
    }
}
