package dev.bscportal.core.scaffold;

import java.util.Locale;

/**
 * The kind of a scaffold file, and how a value is written into it so that the file reads back as exactly that
 * value: XML text (and, in a POM, Maven's {@code ${...}} kept literal through the {@code bsc.dollar} property),
 * the inside of a YAML double-quoted scalar, the inside of a JSON string, or Markdown text on one line.
 */
enum FileKind {
    POM, XML, YAML, JSON, MARKDOWN, OTHER;

    /** The POM property holding a single {@code $}, so {@code ${bsc.dollar}{x}} reads {@code ${x}} after interpolation. */
    static final String DOLLAR_PROPERTY = "bsc.dollar";

    static FileKind of(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.equals("pom.xml")) {
            return POM;
        }
        if (name.endsWith(".xml")) {
            return XML;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return YAML;
        }
        if (name.endsWith(".json")) {
            return JSON;
        }
        if (name.endsWith(".md")) {
            return MARKDOWN;
        }
        return OTHER;
    }

    String escape(String value) {
        return switch (this) {
            case POM -> xml(value).replace("${", "${" + DOLLAR_PROPERTY + "}{");
            case XML -> xml(value);
            case YAML -> yamlDoubleQuoted(value);
            case JSON -> json(value);
            case MARKDOWN -> markdown(value);
            case OTHER -> throw new IllegalStateException("a scaffold value in a file of no known kind");
        };
    }

    private static String xml(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\n' -> out.append("&#10;");
                case '\t' -> out.append("&#9;");
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static String yamlDoubleQuoted(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case 0x85 -> out.append("\\N");
                case 0x2028 -> out.append("\\L");
                case 0x2029 -> out.append("\\P");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0xfeff) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** Every ASCII punctuation character backslash-escaped (CommonMark allows it for all of them); one line. */
    private static String markdown(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (c < 0x80 && !Character.isLetterOrDigit(c) && c != ' ' && c > 0x20) {
                out.append('\\').appendCodePoint(c);
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
