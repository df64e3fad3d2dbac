package dev.bscportal.core.testing;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.site.SiteOptions;
import dev.bscportal.core.site.SiteRenderer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

/** A site rendered (maps laid out by the native dot) from a strategy directory in a test, with the checks every built site must pass. */
public final class BuiltSite {

    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

    private final Path root;

    private BuiltSite(Path root) {
        this.root = root;
    }

    /** Checks the strategy (it must have no errors) and renders its site into {@code out}. */
    public static BuiltSite render(StrategyDir strategy, Path out) {
        CheckResult checked = strategy.check();
        if (!checked.errors().isEmpty()) {
            throw new AssertionError("the strategy has errors: " + checked.problems());
        }
        try {
            Files.createDirectories(out);
            new SiteRenderer(SiteOptions.defaults(), Optional.of(Dot.required()), false)
                    .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), out, n -> { });
        } catch (org.opentest4j.TestAbortedException e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("rendering failed", e);
        }
        return new BuiltSite(out);
    }

    public Path root() {
        return root;
    }

    /** Every file of the site, relative, with forward slashes, sorted. */
    public List<String> files() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String relative) {
        try {
            return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files whose text contains the given string. */
    public List<String> filesContaining(String text) {
        List<String> found = new ArrayList<>();
        for (String f : files()) {
            try {
                if (new String(Files.readAllBytes(root.resolve(f)), StandardCharsets.UTF_8).contains(text)) {
                    found.add(f);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    /** The files in which {@code pattern} finds a match. */
    public List<String> filesMatching(java.util.regex.Pattern pattern) {
        List<String> found = new ArrayList<>();
        for (String f : files()) {
            try {
                if (pattern.matcher(new String(Files.readAllBytes(root.resolve(f)), StandardCharsets.UTF_8)).find()) {
                    found.add(f);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    /** Every internal href/src of every HTML page whose target file does not exist, as "page -> link". */
    public List<String> brokenLinks() {
        List<String> broken = new ArrayList<>();
        for (String page : files()) {
            if (!page.endsWith(".html")) {
                continue;
            }
            Matcher m = LINK.matcher(read(page));
            while (m.find()) {
                String link = m.group(1).replace("&amp;", "&");
                if (link.isEmpty() || link.startsWith("#") || link.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    continue;
                }
                String path = link.replaceAll("[#?].*$", "");
                String decoded = URI.create("x:/" + page).resolve(path.replace(" ", "%20")).getPath().substring(1);
                Path target = root.resolve(decoded);
                if (!target.normalize().startsWith(root) || !(Files.isRegularFile(target)
                        || Files.isRegularFile(target.resolve("index.html")))) {
                    broken.add(page + " -> " + link);
                }
            }
        }
        return broken;
    }

    private static final Pattern INLINE_SVG = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL);

    /** The SVG files, and the SVG elements inline in HTML pages, that do not parse as XML ("file: error"). */
    public List<String> svgsThatDoNotParse() {
        List<String> bad = new ArrayList<>();
        for (String f : files()) {
            if (f.endsWith(".svg")) {
                parse(f, read(f), bad);
            } else if (f.endsWith(".html")) {
                Matcher m = INLINE_SVG.matcher(read(f));
                for (int i = 1; m.find(); i++) {
                    parse(f + " svg #" + i, m.group(), bad);
                }
            }
        }
        return bad;
    }

    /** How many SVG files and inline SVG elements the site holds. */
    public int svgCount() {
        int count = 0;
        for (String f : files()) {
            if (f.endsWith(".svg")) {
                count++;
            } else if (f.endsWith(".html")) {
                Matcher m = INLINE_SVG.matcher(read(f));
                while (m.find()) {
                    count++;
                }
            }
        }
        return count;
    }

    private static void parse(String where, String xml, List<String> bad) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
        } catch (Exception e) {
            bad.add(where + ": " + e.getMessage());
        }
    }
}
