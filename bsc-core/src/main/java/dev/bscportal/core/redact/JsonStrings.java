package dev.bscportal.core.redact;

/**
 * Withholds names in the string values of JSON text (strategy.json, the search index script): each string is
 * read with its escapes decoded ({@code \u0041na}), and character references decoded too (a consumer may show
 * it as HTML); a string that shows a name is written again with the name withheld, in the same escaping
 * ({@code "</"} stays {@code "<\/"}). Object keys and everything outside strings stay as they are.
 */
final class JsonStrings {

    private JsonStrings() {
    }

    static String scrub(String json, NameMatcher names) {
        if (names.isEmpty() || json.indexOf('"') < 0) {
            return json;
        }
        StringBuilder out = new StringBuilder(json.length());
        int i = 0;
        int n = json.length();
        while (i < n) {
            char c = json.charAt(i);
            if (c != '"') {
                out.append(c);
                i++;
                continue;
            }
            StringBuilder value = new StringBuilder();
            int k = i + 1;
            while (k < n && json.charAt(k) != '"') {
                char e = json.charAt(k);
                if (e == '\\' && k + 1 < n) {
                    char x = json.charAt(k + 1);
                    if (x == 'u' && k + 5 < n) {
                        try {
                            value.append((char) Integer.parseInt(json.substring(k + 2, k + 6), 16));
                            k += 6;
                            continue;
                        } catch (NumberFormatException notHex) {
                            value.append(x);
                        }
                    } else {
                        value.append(switch (x) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            case 'b' -> '\b';
                            case 'f' -> '\f';
                            default -> x;
                        });
                    }
                    k += 2;
                } else {
                    value.append(e);
                    k++;
                }
            }
            int end = Math.min(n, k + 1);
            int next = end;
            while (next < n && Character.isWhitespace(json.charAt(next))) {
                next++;
            }
            boolean key = next < n && json.charAt(next) == ':';
            String text = value.toString();
            if (!key && (names.finds(text) || names.finds(org.jsoup.parser.Parser.unescapeEntities(text, false)))) {
                String scrubbed = names.scrub(text);
                String shown = org.jsoup.parser.Parser.unescapeEntities(scrubbed, false);
                out.append('"').append(escape(names.finds(shown) ? names.scrub(shown) : scrubbed)).append('"');
            } else {
                out.append(json, i, end);
            }
            i = end;
        }
        return out.toString();
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '/' -> out.append(k > 0 && s.charAt(k - 1) == '<' ? "\\/" : "/");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
