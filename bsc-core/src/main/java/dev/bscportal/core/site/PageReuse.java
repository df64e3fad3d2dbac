package dev.bscportal.core.site;

import dev.bscportal.core.files.CodeStamp;
import dev.bscportal.core.text.Sha256;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the pages of the previously published site whose inputs did not change: the previous build recorded a
 * digest per group of pages ({@link PreviousSite#pageDigests()}, see {@link PageDependencies}); a page of a group with
 * the same digest today is hard-linked (or copied) from there instead of rendered. Published sites are never changed
 * in place, so a shared link is safe. The map files and {@code strategy.json} are kept the same way, by the groups
 * of {@link GeneratedFiles}. Anything unexpected (no previous site, no digests, a missing file) means rendering.
 */
final class PageReuse {

    private final Optional<Path> previous;
    private final Map<String, String> before;
    private final Map<String, String> now;
    private final Map<String, String> written = new java.util.concurrent.ConcurrentHashMap<>();

    private PageReuse(Optional<Path> previous, Map<String, String> before, Map<String, String> now) {
        this.previous = previous;
        this.before = before;
        this.now = now;
    }

    /** Nothing is kept: a full build that still records its digests for the next one. */
    static PageReuse none(Map<String, String> now) {
        return new PageReuse(Optional.empty(), Map.of(), now);
    }

    static PageReuse from(Optional<PreviousSite> previousSite, Map<String, String> now) {
        if (previousSite.isEmpty() || !Files.isDirectory(previousSite.get().directory())) {
            return none(now);
        }
        Map<String, String> before = new LinkedHashMap<>();
        for (String line : previousSite.get().pageDigests().split("\n")) {
            int space = line.indexOf(' ');
            if (space == 64) {
                before.put(line.substring(space + 1), line.substring(0, space));
            }
        }
        return new PageReuse(previousSite.map(PreviousSite::directory), before, now);
    }

    /** Links or copies the page from the previous site when its group is unchanged; false when it must be rendered. */
    boolean keep(PageSpec page, Path target) {
        Optional<String> group = PageDependencies.groupOf(page);
        return group.isPresent() && keep(group.get(), page.path(), target);
    }

    /**
     * Links or copies the file {@code sitePath} from the previous site when {@code group}'s digest is the same today
     * as when that site was written (a group without a digest today is never kept); false when it must be written.
     */
    boolean keep(String group, String sitePath, Path target) {
        if (previous.isEmpty()) {
            return false;
        }
        String today = now.get(group);
        if (today == null || !today.equals(before.get(group))) {
            return false;
        }
        Path old = previous.get().resolve(sitePath);
        Path copy = target.resolve(sitePath);
        try {
            BasicFileAttributes attributes = Files.readAttributes(old, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                return false;
            }
            Files.createDirectories(copy.getParent());
            try {
                Files.createLink(copy, old);
            } catch (UnsupportedOperationException | IOException cannotLink) {
                Files.copy(old, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The previous site's file {@code sitePath} (which may be missing, or not a file), when there is a previous site. */
    Optional<Path> previousFile(String sitePath) {
        return previous.map(p -> p.resolve(sitePath));
    }

    /** What the previous site recorded under groups that start with {@code prefix}: group to digest. */
    Map<String, String> recorded(String prefix) {
        Map<String, String> found = new LinkedHashMap<>();
        if (previous.isPresent()) {
            before.forEach((group, digest) -> {
                if (group.startsWith(prefix)) {
                    found.put(group, digest);
                }
            });
        }
        return found;
    }

    /** Records {@code digest} under {@code group} with the digests of the site being written, known only once a file is written. */
    void record(String group, String digest) {
        written.put(group, digest);
    }

    /**
     * The page digests of the site being written: one line per group, digest then group, sorted by group; with what
     * was {@link #record recorded} while it was written.
     */
    String digests() {
        Map<String, String> all = new java.util.TreeMap<>(now);
        all.putAll(written);
        StringBuilder out = new StringBuilder();
        all.entrySet().stream()
                .forEach(e -> out.append(e.getValue()).append(' ').append(e.getKey()).append('\n'));
        return out.toString();
    }

    /**
     * What the engine and templates are, for the site-wide digest: the jars (or class folders) of the engine,
     * the built-in templates, Freemarker and flexmark, by path, size and modification time, and every file of the
     * template overrides by content. A new plugin version, a rebuilt snapshot or an edited override renders all.
     */
    static List<String> codeIdentity(SiteResources resources) {
        List<String> parts = new ArrayList<>();
        for (Class<?> type : new Class<?>[] {SiteRenderer.class, freemarker.template.Template.class,
                com.vladsch.flexmark.parser.Parser.class}) {
            parts.add(CodeStamp.of(type));
        }
        URL templates = SiteResources.class.getClassLoader().getResource(SiteResources.BUILT_IN_ROOT + "templates/lib.ftlh");
        parts.add(templates == null ? "no built-in templates" : templates.toString());
        if (templates != null && "jar".equals(templates.getProtocol())) {
            String jar = templates.getPath();
            try {
                parts.add(CodeStamp.of(new URL(jar.substring(0, jar.indexOf("!/")))));
            } catch (IOException | RuntimeException e) {
                parts.add(jar);
            }
        } else if (templates != null) {
            parts.add(CodeStamp.of(templates));
        }
        if (!resources.overrideNames().isEmpty()) {
            parts.add(overridesDigest(resources));
        }
        return parts;
    }

    /** Every override file, by name and content, read as the renderer reads it (only regular files inside the directory). */
    static String overridesDigest(SiteResources resources) {
        MessageDigest sha = Sha256.digest();
        for (String name : resources.overrideNames()) {
            byte[] content = resources.readOverride(name).orElseThrow();
            sha.update((name + "\0" + content.length + "\0").getBytes(StandardCharsets.UTF_8));
            sha.update(content);
            sha.update((byte) 0);
        }
        return "template overrides " + Sha256.hex(sha);
    }

    /** True when the overrides replace a page template: those may show anything, so nothing is kept. */
    static boolean overridesPageTemplates(SiteResources resources) {
        return resources.overrideNames().stream()
                .anyMatch(n -> n.startsWith("templates/") && (n.endsWith(".ftlh") || n.endsWith(".ftl")));
    }
}
