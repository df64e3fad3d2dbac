package dev.bscportal.core.options;

import dev.bscportal.core.site.SiteOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every setting that reaches HTML, CSS, XML, a file name or git is held to an allow-list. */
class OptionChecksTest {

    @TempDir
    Path dir;

    private static void assertRefused(String parameter, String example, InvalidOptionException e) {
        assertEquals(parameter, e.parameter());
        assertTrue(e.getMessage().startsWith(parameter + " "), e.getMessage());
        assertTrue(e.getMessage().contains(example), "the message shows what to write: " + e.getMessage());
        assertFalse(e.getMessage().chars().anyMatch(c -> c < 0x20), "no control character in the message: " + e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://example.github.io/strategy/ | https://example.github.io/strategy/",
            "https://example.github.io/strategy  | https://example.github.io/strategy/",
            "HTTPS://Intranet.example.com        | https://Intranet.example.com/",
            "http://intranet:8080/bsc/site       | http://intranet:8080/bsc/site/",
            "https://example.com/a%20b/          | https://example.com/a%20b/",
            "https://10.0.0.1/strategy/          | https://10.0.0.1/strategy/",
            "'  https://example.com/  '          | https://example.com/",
    })
    void givenAnAbsoluteHttpAddressWhenCheckedThenItIsKeptEndingInASlash(String given, String expected) throws Exception {
        assertEquals(Optional.of(expected), OptionChecks.siteUrl(given));
        assertEquals(Optional.of(expected), new SiteSettings("", "en", Optional.empty(), given, null, null, null, false).check().siteUrl(),
                "the site options take the checked address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(document.domain)//", " javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "ftp://example.com/", "//evil.example/",
            "example.com/strategy", "/strategy/", "https://user:secret@example.com/", "https://user@example.com/",
            "https://example.com/#top", "https://example.com/?a=1", "https://exa mple.com/", "https://example.com/a b/",
            "https://example.com/\n<script>", "https://example.com/\u0000", "https://example.com/\u202e",
            "https://example.com/\"><script>alert(1)</script>", "https://", "http:///path", "https://example.com/a/../b/",
            "https://example.com/./b/", "https://example.com//b/", "https://example.com\\@evil.example/",
            "https://bücher.example/", "https://example.com/straße/", "https://-bad.example/", "mailto:x@example.com", "https:example.com"})
    void givenAnythingButAnAbsoluteHttpAddressWhenCheckedThenSiteUrlIsRefused(String given) {
        InvalidOptionException e = assertThrows(InvalidOptionException.class, () -> OptionChecks.siteUrl(given));

        assertRefused("siteUrl", "e.g. https://example.github.io/strategy/", e);
    }

    @Test
    void givenNoOrABlankSiteUrlWhenCheckedThenThereIsNone() throws Exception {
        assertEquals(Optional.empty(), OptionChecks.siteUrl(null));
        assertEquals(Optional.empty(), OptionChecks.siteUrl("   "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"#fff", "#1D4ED8", "#0b5cad", " #abc "})
    void givenAHexColourWhenCheckedThenItIsKept(String given) throws Exception {
        assertEquals(Optional.of(given.strip()), OptionChecks.accentColour(given));
    }

    @ParameterizedTest
    @ValueSource(strings = {"#fff;}</style><script>alert(1)</script>", "red", "#ffff", "#12345g", "fff",
            "#fff;background:url(https://evil.example/x)", "#f\nff", "rgb(0,0,0)", "var(--x)", "#fff/**/"})
    void givenAnythingButAHexColourWhenCheckedThenAccentColourIsRefused(String given) {
        assertRefused("accentColour", "#0b5cad", assertThrows(InvalidOptionException.class, () -> OptionChecks.accentColour(given)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"it-42", "3f2c1ab9d0e4", "2026.11.30-1", "feature/new-map", "run #128", "v1.0+build.5", "ci@main:7"})
    void givenACommitOrRunNumberWhenCheckedThenBuildIdIsKept(String given) throws Exception {
        assertEquals(Optional.of(given), OptionChecks.buildId(given));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "a\"b", "it'42", "42&x", "x\ny", "x\u001b[31m", "-rf",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "x\u202ey", "{{7*7}}", "${7*7}"})
    void givenMarkupOrControlCharactersWhenCheckedThenBuildIdIsRefused(String given) {
        assertRefused("buildId", "e.g. a commit hash", assertThrows(InvalidOptionException.class, () -> OptionChecks.buildId(given)));
    }

    @Test
    void givenANonAsciiLetterOrALongIdWhenCheckedThenTheMessageSaysWhichLettersAndHowLong() {
        InvalidOptionException letter = assertThrows(InvalidOptionException.class, () -> OptionChecks.buildId("Lauf-ä1"));
        InvalidOptionException tooLong = assertThrows(InvalidOptionException.class, () -> OptionChecks.buildId("7".repeat(101)));

        assertTrue(letter.getMessage().contains(" is refused: it may hold only the letters A-Z and a-z, the digits 0-9"),
                letter.getMessage());
        assertTrue(tooLong.getMessage().contains(" has 101 characters, more than 100: "), tooLong.getMessage());
        assertEquals(Optional.of("7".repeat(100)), assertDoesNotThrow(() -> OptionChecks.buildId("7".repeat(100))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ACME Strategy", "AT&T <Ltd> \"Q\"", "Müller & Söhne", "Nordwind 🚀", "Family 👨‍👩‍👧"})
    void givenOneLineOfTextWhenCheckedThenTitleIsKeptForEscaping(String given) throws Exception {
        assertEquals(given, OptionChecks.title(given));
    }

    @ParameterizedTest
    @ValueSource(strings = {"two\nlines", "bell\u0007", "evil\u202eexe.txt", "zero\u200bwidth", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void givenControlCharactersOrAnOverlongTitleWhenCheckedThenTitleIsRefused(String given) {
        assertRefused("title", "e.g. ACME Strategy", assertThrows(InvalidOptionException.class, () -> OptionChecks.title(given)));
    }

    @ParameterizedTest
    @CsvSource({"'evil\u202eexe.txt', 'evil<U+202E>exe.txt'", "'zero\u200bwidth', 'zero<U+200B>width'",
            "'bell\u0007', 'bell<U+0007>'", "'private\ue000use', 'private<U+E000>use'"})
    void givenAnInvisibleCharacterInATitleWhenRefusedThenTheMessageNamesItAsACodePointInsteadOfShowingItOrAQuestionMark(
            String given, String shown) {
        InvalidOptionException e = assertThrows(InvalidOptionException.class, () -> OptionChecks.title(given));

        assertTrue(e.getMessage().contains("'" + shown + "'"), e.getMessage());
        assertFalse(e.getMessage().codePoints().anyMatch(dev.bscportal.core.text.TextCharacters::invisible), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"assets/logo.svg", "assets/brand/logo-2026.png", "assets/Logo_v2.jpg"})
    void givenAnImageUnderAssetsWhenCheckedThenLogoIsKept(String given) throws Exception {
        assertEquals(Optional.of(given), OptionChecks.logoPath(given));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "/etc/passwd", "assets/../../secret.svg", "assets/./logo.svg", "logo.svg",
            "assets/logo.svg\" onerror=\"alert(1)", "javascript:alert(1)", "https://evil.example/logo.svg",
            "assets\\logo.svg", "C:/logo.svg", "assets/logo.html", "assets//logo.svg", "assets/.hidden.svg", "assets/logo.svg?x"})
    void givenAPathOutsideAssetsOrNotAnImageWhenCheckedThenLogoIsRefused(String given) {
        assertRefused("logo", "e.g. assets/logo.svg", assertThrows(InvalidOptionException.class, () -> OptionChecks.logoPath(given)));
    }

    @ParameterizedTest
    @CsvSource({"en,en", "de,de", "de-CH,de-CH", "pt-BR,pt-BR", "zh-Hant-TW,zh-Hant-TW", "es-419,es-419", "DE,de"})
    void givenALanguageTagWhenCheckedThenLocaleIsThatLanguage(String given, String tag) throws Exception {
        assertEquals(tag, OptionChecks.locale(given).toLanguageTag());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "de/../../x", "en_US", "de.properties", "e", "english", "de-\u0000",
            "de\" onload=\"x", "x-klingon-long-tag"})
    void givenAnythingButALanguageTagWhenCheckedThenLocaleIsRefused(String given) {
        assertRefused("locale", "such as en or de", assertThrows(InvalidOptionException.class, () -> OptionChecks.locale(given)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v2026-q3", "3f2c1ab", "main", "origin/main", "HEAD~3", "v1.0^", "release/2026.1", "main@{1}"})
    void givenACommitBranchOrTagWhenCheckedThenCompareToIsKept(String given) throws Exception {
        assertEquals(Optional.of(given), OptionChecks.gitRevision(given));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--output=/tmp/x", "-c", "main..evil", "main...HEAD", "HEAD..", "a b", "ma\nin", "x;rm -rf /",
            "$(id)", "`id`", "refs/heads/x.lock", "main/", "a//b", ":/message", "*", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void givenAnOptionARangeOrShellTextWhenCheckedThenCompareToIsRefused(String given) {
        assertRefused("compareTo", "no leading -", assertThrows(InvalidOptionException.class, () -> OptionChecks.gitRevision(given)));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 65536, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void givenANumberThatIsNoTcpPortWhenCheckedThenPortIsRefused(int given) {
        assertRefused("port", "e.g. -Dbsc.port=8485", assertThrows(InvalidOptionException.class, () -> OptionChecks.port(given)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 8484, 65535})
    void givenATcpPortWhenCheckedThenItIsKept(int given) throws Exception {
        assertEquals(given, OptionChecks.port(given));
    }

    @Test
    void givenALogoThatIsNotInTheTemplateDirectoryWhenTheSettingsAreCheckedThenTheBuildIsRefused() {
        SiteSettings settings = new SiteSettings("", "en", Optional.of(dir), null, null, "assets/missing.svg", null, false);

        assertRefused("logo", "assets/logo.svg", assertThrows(InvalidOptionException.class, settings::check));
    }

    @Test
    void givenACallerBypassingTheChecksWhenSiteOptionsGetACssOrUrlPayloadThenTheyRefuseIt() {
        SiteOptions base = SiteOptions.defaults();

        assertThrows(IllegalArgumentException.class, () -> new SiteOptions("", Locale.ENGLISH, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("#fff;}</style><script>alert(1)</script>"), false, java.util.Set.of(), false, null));
        assertThrows(IllegalArgumentException.class, () -> base.withSiteUrl("javascript:alert(1)//"));
        assertThrows(IllegalArgumentException.class, () -> base.withSiteUrl("https://example.com/\"><script>/"));
    }

    @Test
    void givenGoodSettingsWhenCheckedThenTheSiteOptionsHoldTheNormalisedValues() throws Exception {
        Files.createDirectories(dir.resolve("assets"));
        Files.writeString(dir.resolve("assets/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        SiteOptions options = new SiteSettings(" ACME ", "de", Optional.of(dir), "https://example.com/s", "it-42",
                "assets/logo.svg", "#0b5cad", false).check();

        assertEquals("ACME", options.title());
        assertEquals(Locale.GERMAN, options.locale());
        assertEquals(Optional.of("https://example.com/s/"), options.siteUrl());
        assertEquals(Optional.of("it-42"), options.buildId());
        assertEquals(Optional.of("assets/logo.svg"), options.logo());
        assertEquals(Optional.of("#0b5cad"), options.accentColour());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"sales,,operations", "../etc", "sales;ops", "sales\u0007"})
    void givenABookUnitsValueThatIsNoListOfUnitPathsThenItIsRefusedNamingTheParameterAndWhatToWrite(String value) {
        InvalidOptionException e = assertThrows(InvalidOptionException.class, () -> OptionChecks.bookUnits(value));
        assertEquals("bookUnits", e.parameter());
        assertTrue(e.getMessage().startsWith("bookUnits '"), e.getMessage());
        assertTrue(e.getMessage().contains("<bookUnits>sales,operations</bookUnits>"), e.getMessage());
        assertFalse(e.getMessage().contains("\u0007"), "control characters are not echoed");
    }

    @org.junit.jupiter.api.Test
    void givenAListOfUnitPathsThenBookUnitsKeepsThem() throws Exception {
        assertEquals(java.util.List.of("sales", "sales/emea"), OptionChecks.bookUnits("sales, sales/emea").units());
    }
}
