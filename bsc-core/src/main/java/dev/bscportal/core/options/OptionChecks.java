package dev.bscportal.core.options;

import dev.bscportal.core.presentation.BookUnits;
import dev.bscportal.core.site.LogoPath;
import dev.bscportal.core.text.TextCharacters;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks of single settings, each by an allow-list: the value comes back normalised (trimmed; blank means
 * "not set") or the check throws {@link InvalidOptionException}. A refused value is quoted in the message with
 * control characters replaced, so it cannot rewrite the build log.
 */
public final class OptionChecks {

    private static final Pattern COLOUR = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final int BUILD_ID_MAX = 100;
    private static final Pattern BUILD_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+\\-/:#@ ]{0," + (BUILD_ID_MAX - 1) + "}");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,3}(?:-[a-zA-Z]{4})?(?:-(?:[a-zA-Z]{2}|[0-9]{3}))?");
    private static final Pattern REVISION = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._/~^@{}-]{0,199}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.?"
            + "|\\[[0-9A-Fa-f:.]+\\]");
    private static final int TITLE_MAX = 200;

    private OptionChecks() {
    }

    /**
     * An absolute {@code http} or {@code https} address without user info, query or fragment, ending in a
     * slash: {@code https://example.github.io/strategy} becomes {@code https://example.github.io/strategy/}.
     */
    public static Optional<String> siteUrl(String text) throws InvalidOptionException {
        Optional<String> value = trimmed(text);
        if (value.isEmpty()) {
            return value;
        }
        String url = value.get();
        String fix = " Write the public address of the site, e.g. https://example.github.io/strategy/ .";
        if (hasControlOrSpace(url)) {
            throw new InvalidOptionException("siteUrl", "siteUrl " + quote(url) + " contains a space or a control character." + fix);
        }
        if (!url.chars().allMatch(c -> c < 0x80)) {
            throw new InvalidOptionException("siteUrl", "siteUrl " + quote(url) + " contains characters beyond ASCII;"
                    + " write the host in its xn-- form and percent-encode the path (%C3%9F for ß)." + fix);
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidOptionException("siteUrl", "siteUrl " + quote(url) + " is not a valid address." + fix);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidOptionException("siteUrl", "siteUrl " + quote(url) + " must start with https:// or http://." + fix);
        }
        if (uri.isOpaque() || uri.getRawAuthority() == null || uri.getHost() == null || !HOST.matcher(uri.getHost()).matches()) {
            throw new InvalidOptionException("siteUrl", "siteUrl " + quote(url) + " has no valid host name"
                    + " (write international names in their xn-- form)." + fix);
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidOptionException("siteUrl", "siteUrl " + quote(url) + " contains a user name or password;"
                    + " a public address must not." + fix);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new InvalidOptionException("siteUrl", "siteUrl " + quote(url) + " has a query (?) or a fragment (#);"
                    + " page addresses are appended to it, so it must end with the site's folder." + fix);
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!path.equals(uri.normalize().getRawPath().isEmpty() ? "/" : uri.normalize().getRawPath()) || path.contains("//")) {
            throw new InvalidOptionException("siteUrl", "siteUrl " + quote(url) + " has . or .. or empty folders in its path." + fix);
        }
        return Optional.of(scheme + "://" + uri.getRawAuthority() + (path.endsWith("/") ? path : path + "/"));
    }

    /** {@code #rgb} or {@code #rrggbb}: it is written into a style sheet. */
    public static Optional<String> accentColour(String text) throws InvalidOptionException {
        Optional<String> value = trimmed(text);
        if (value.isPresent() && !COLOUR.matcher(value.get()).matches()) {
            throw new InvalidOptionException("accentColour", "accentColour " + quote(value.get())
                    + " is not a colour. Write # and 3 or 6 hexadecimal digits, e.g. #0b5cad.");
        }
        return value;
    }

    /** Letters, digits and {@code . _ - + / : # @} and spaces, at most 100 characters, starting with a letter or digit. */
    public static Optional<String> buildId(String text) throws InvalidOptionException {
        Optional<String> value = trimmed(text);
        if (value.isPresent() && !BUILD_ID.matcher(value.get()).matches()) {
            int length = value.get().codePointCount(0, value.get().length());
            String why = length > BUILD_ID_MAX ? " has " + length + " characters, more than " + BUILD_ID_MAX : " is refused";
            throw new InvalidOptionException("buildId", "buildId " + quote(value.get()) + why + ": it may hold only the letters A-Z"
                    + " and a-z, the digits 0-9, spaces and . _ - + / : # @ (at most " + BUILD_ID_MAX + " characters, starting"
                    + " with a letter or digit), e.g. a commit hash or a CI run number.");
        }
        return value;
    }

    /** Any text of at most 200 characters without control characters or bidirectional overrides; blank is "". */
    public static String title(String text) throws InvalidOptionException {
        String value = trimmed(text).orElse("");
        if (value.codePointCount(0, value.length()) > TITLE_MAX || value.codePoints().anyMatch(TextCharacters::invisible)) {
            throw new InvalidOptionException("title", "title " + quote(value) + " must be one line of at most " + TITLE_MAX
                    + " characters without control characters, e.g. ACME Strategy.");
        }
        return value;
    }

    /** A relative path under the template directory's {@code assets/} folder naming an image, e.g. {@code assets/logo.svg}. */
    public static Optional<String> logoPath(String text) throws InvalidOptionException {
        Optional<String> value = trimmed(text);
        if (value.isPresent() && !LogoPath.wellFormed(value.get())) {
            throw new InvalidOptionException("logo", "logo " + quote(value.get()) + " must be a file under the template"
                    + " directory's assets/ folder (letters, digits, . _ - in its names; svg, png, jpg, gif or webp), e.g. assets/logo.svg.");
        }
        return value;
    }

    /** A language tag: a language, optionally a script and a region, e.g. {@code en}, {@code de}, {@code de-CH}. */
    public static Locale locale(String text) throws InvalidOptionException {
        String value = trimmed(text).orElse("en");
        if (!LANGUAGE_TAG.matcher(value).matches()) {
            throw new InvalidOptionException("locale", "locale " + quote(value) + " is not a language tag."
                    + " Write a language code such as en or de, optionally with a region such as de-CH.");
        }
        return Locale.forLanguageTag(value);
    }

    /**
     * A git commit, branch or tag for {@code compareTo}: starting with a letter, digit or underscore (never a
     * {@code -} that a tool could take for an option), with no range ({@code ..}), no space or control character.
     */
    public static Optional<String> gitRevision(String text) throws InvalidOptionException {
        Optional<String> value = trimmed(text);
        if (value.isPresent() && (!REVISION.matcher(value.get()).matches() || value.get().contains("..")
                || value.get().contains("//") || value.get().endsWith("/") || value.get().endsWith(".lock"))) {
            throw new InvalidOptionException("compareTo", "compareTo " + quote(value.get()) + " is not a single git"
                    + " revision. Write a commit hash, a branch or a tag, e.g. v2026-q3 or 3f2c1ab (no leading -, no ..).");
        }
        return value;
    }

    /** A TCP port for the preview: 0 (any free port) or 1 to 65535. */
    public static int port(int port) throws InvalidOptionException {
        if (port < 0 || port > 65535) {
            throw new InvalidOptionException("port", "port " + port + " is not a TCP port. Choose one from 1024 to 65535,"
                    + " e.g. -Dbsc.port=8485 (0 picks a free one).");
        }
        return port;
    }

    private static Optional<String> trimmed(String text) {
        return Optional.ofNullable(text).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static boolean hasControlOrSpace(String text) {
        return text.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || TextCharacters.invisible(c));
    }

    /**
     * The bookUnits parameter: {@code all}, {@code none} or unit paths separated by commas (whether the strategy has
     * them is checked by the build, BSC187); anything else is refused with what to write.
     */
    public static BookUnits bookUnits(String text) throws InvalidOptionException {
        return BookUnits.parse(text).orElseThrow(() -> new InvalidOptionException("bookUnits", "bookUnits " + quote(text)
                + " is not a list of units; write all, none, or the units' paths separated by commas, e.g."
                + " <bookUnits>sales,operations</bookUnits> (a unit of a unit: sales/emea)."));
    }

    /** The refused value for the message: quoted, invisible characters as {@code <U+XXXX>}, at most 80 characters. */
    static String quote(String value) {
        return "'" + TextCharacters.shownValue(value, 80) + "'";
    }
}
