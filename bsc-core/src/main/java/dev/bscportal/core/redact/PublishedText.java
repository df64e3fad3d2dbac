package dev.bscportal.core.redact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The last line of an edition without names: every file the renderer generated (pages, SVG and DOT maps,
 * sitemap, strategy.json, the search index) is read as its readers read it and every name it still shows is
 * withheld: names that only meet on the page (two fields side by side, a title setting, a label override),
 * Markdown that splits or encodes a name. The template's assets ({@code assets/}) are published as the theme
 * wrote them and not rewritten.
 */
public final class PublishedText {

    private PublishedText() {
    }

    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");
    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<[^<>]*>");

    /**
     * A DOT map source: quoted strings and HTML-like labels. References that stand for a letter, digit, space or
     * format character are written as the character (a name written {@code &#65;na} is then found); every name is
     * withheld as a whole word. Should the labels still show one as read (parts split by {@code <br/>} or a
     * reference to a special character), the file is replaced by an empty graph: the laid-out map is in the SVG.
     */
    static String dot(String source, NameMatcher names) {
        java.util.regex.Matcher m = REFERENCE.matcher(source);
        StringBuilder plain = new StringBuilder(source.length());
        while (m.find()) {
            int cp;
            try {
                cp = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
            } catch (NumberFormatException tooLarge) {
                cp = -1;
            }
            boolean plainCharacter = cp >= 0 && cp <= Character.MAX_CODE_POINT && (Character.isLetterOrDigit(cp)
                    || Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT);
            m.appendReplacement(plain, java.util.regex.Matcher.quoteReplacement(plainCharacter ? Character.toString(cp) : m.group()));
        }
        m.appendTail(plain);
        String scrubbed = names.scrub(plain.toString());
        String read = org.jsoup.parser.Parser.unescapeEntities(TAG.matcher(scrubbed).replaceAll(" "), false);
        return names.finds(read) ? "digraph withheld {}\n" : scrubbed;
    }

    /** Scrubs the generated files under {@code site}; returns how many files changed. */
    public static int scrub(Path site, NameMatcher names) {
        if (names.isEmpty()) {
            return 0;
        }
        MarkupScrubber markup = new MarkupScrubber(names);
        int changed = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            String relative = site.relativize(file).toString().replace('\\', '/');
            if (relative.startsWith("assets/")) {
                continue;
            }
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            String ext = name.substring(name.lastIndexOf('.') + 1);
            try {
                String before = Files.readString(file, StandardCharsets.UTF_8);
                String after = switch (ext) {
                    case "html", "htm", "svg", "xml" -> markup.scrub(before);
                    case "dot" -> dot(before, names);
                    case "json", "js" -> JsonStrings.scrub(before, names);
                    case "txt", "md", "csv" -> names.scrub(before);
                    default -> before;
                };
                if (!after.equals(before)) {
                    // a new file, never a write into this one: a page kept from the previous site is a hard link to it
                    Path scrubbed = file.resolveSibling(file.getFileName() + ".scrubbed");
                    Files.writeString(scrubbed, after, StandardCharsets.UTF_8);
                    Files.move(scrubbed, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    changed++;
                }
            } catch (java.nio.charset.MalformedInputException binary) {
                // not text (an image): nothing to read
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return changed;
    }
}
