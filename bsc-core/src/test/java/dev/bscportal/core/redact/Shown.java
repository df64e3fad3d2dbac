package dev.bscportal.core.redact;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a reader of a published file can see, in every form a leak could take: the text as written, with
 * character references decoded, percent-decoded, JSON-unescaped, and for markup the text a browser shows
 * (inline elements joined) and every attribute value. A name is found in any case and spacing, with format
 * characters ignored and accents in either normal form, and without word boundaries: stricter than the product.
 */
public final class Shown {

    private Shown() {
    }

    /** A pattern that finds {@code name} in any case, any white space between parts, format characters anywhere. */
    public static Pattern detector(String name) {
        StringBuilder regex = new StringBuilder();
        String[] parts = Normalizer.normalize(name, Normalizer.Form.NFC).split(" ");
        for (int p = 0; p < parts.length; p++) {
            if (p > 0) {
                regex.append("[\\s\\p{Z}\\p{Cf}]+");
            }
            for (int k = 0; k < parts[p].length(); k++) {
                regex.append(k > 0 ? "\\p{Cf}*" : "").append(Pattern.quote(String.valueOf(parts[p].charAt(k))));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Every reading of {@code content} (a file's text), normalised to NFC. */
    public static List<String> readings(String content, boolean markup) {
        List<String> out = new ArrayList<>();
        out.add(content);
        String decoded = org.jsoup.parser.Parser.unescapeEntities(content, false);
        out.add(decoded);
        out.add(org.jsoup.parser.Parser.unescapeEntities(decoded, false));
        out.add(MarkupSyntax.percentDecoded(content));
        out.add(MarkupSyntax.percentDecoded(decoded));
        out.add(jsonUnescaped(content));
        out.add(org.jsoup.parser.Parser.unescapeEntities(jsonUnescaped(content), false));
        if (markup) {
            org.jsoup.nodes.Document doc = Jsoup.parse(content);
            out.add(doc.text());
            out.add(doc.wholeText());
            StringBuilder attributes = new StringBuilder();
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    attributes.append(a.getValue()).append('\n').append(MarkupSyntax.percentDecoded(a.getValue())).append('\n');
                }
            }
            out.add(attributes.toString());
        }
        return out.stream().map(s -> Normalizer.normalize(s, Normalizer.Form.NFC)).toList();
    }

    /** The first reading of {@code content} that shows {@code name}, or null. */
    public static String leak(String content, boolean markup, String name) {
        Pattern detector = detector(name);
        for (String reading : readings(content, markup)) {
            java.util.regex.Matcher m = detector.matcher(reading);
            if (m.find()) {
                int from = Math.max(0, m.start() - 60);
                return "'" + reading.substring(from, Math.min(reading.length(), m.end() + 60)).replace("\n", "\\n") + "'";
            }
        }
        return null;
    }

    static String jsonUnescaped(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\' && k + 1 < s.length()) {
                char x = s.charAt(k + 1);
                if (x == 'u' && k + 5 < s.length() && s.substring(k + 2, k + 6).chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
                    out.append((char) Integer.parseInt(s.substring(k + 2, k + 6), 16));
                    k += 5;
                    continue;
                }
                out.append(switch (x) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> x;
                });
                k++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
