package dev.bscportal.core.site;

import dev.bscportal.core.redact.Redaction;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Owner names in an edition without owners: ids that hold one, spellings of one person, the People page. */
class OwnerNamesEditionTest {

    @TempDir
    Path dir;

    private Path render(CheckResult checked, Set<Redaction> omit, Locale locale, String name) throws Exception {
        assertEquals(List.of(), checked.errors(), "the fixture is valid");
        Path out = Files.createDirectories(dir.resolve(name));
        new SiteRenderer(SiteOptions.defaults().withRedactions(omit).withLocale(locale), Optional.empty(), false)
                .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), out, n -> { });
        return out;
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> idsHoldingAName() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("objective id", "objectives/zebulon-growth.md",
                        "---\nname: Growth\nperspective: financial\ndrives: []\n---\n", "objectives/zebulon-growth.md:2", "zebulon-growth"),
                org.junit.jupiter.params.provider.Arguments.of("measure id", "measures/zebulon-index.yaml",
                        "name: Index\nobjective: f1\nkind: lagging\ntarget: 5\nthreshold: 3\n", "measures/zebulon-index.yaml:1", "zebulon-index"),
                org.junit.jupiter.params.provider.Arguments.of("initiative id", "initiatives/help-zebulon.md",
                        "---\nname: Help\nstatus: active\nobjectives: [f1]\n---\n", "initiatives/help-zebulon.md:2", "help-zebulon"),
                org.junit.jupiter.params.provider.Arguments.of("unit folder", "units/zebulon/strategy.yaml",
                        "name: Team Z\n", "units/zebulon/strategy.yaml:1", "zebulon"));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("idsHoldingAName")
    void givenAnIdHoldingAnOwnersNameWhenTheEditionWithoutOwnersIsBuiltThenItFailsWithBSC115AtTheElement(
            String kind, String file, String content, String at, String id) throws Exception {
        // given an owner 'Zebulon' and an element whose id holds that name
        StrategyDir strategy = StrategyDir.valid(dir.resolve("src"))
                .write("initiatives/academy.md", "---\nname: Academy\nowner: Zebulon\nstatus: active\nobjectives: [l1]\n---\n")
                .write(file, content);
        CheckResult checked = strategy.check();
        // when the edition without owners is rendered, then it fails naming the file, line, code and a fix
        RenderException e = assertThrows(RenderException.class, () -> render(checked, EnumSet.of(Redaction.OWNERS), Locale.ENGLISH, "e"));
        assertTrue(e.getMessage().startsWith(at + ": ") && e.getMessage().contains("BSC115 "), e.getMessage());
        assertTrue(e.getMessage().contains("'" + id + "'") && e.getMessage().contains("Fix: Rename"), e.getMessage());
        // and the full site builds
        render(checked, Set.of(), Locale.ENGLISH, "full");
    }

    @Test
    void givenIdsThatOnlyLookLikeANameWhenTheEditionIsBuiltThenItBuilds() throws Exception {
        // given owners 'Al' and 'Ana Ng', and ids that hold their letters but not the names as words
        CheckResult checked = StrategyDir.valid(dir.resolve("src"))
                .write("initiatives/academy.md", "---\nname: Academy\nowner: Al\nsponsor: Ana Ng\nstatus: active\nobjectives: [l1]\n---\n")
                .write("objectives/also-grow.md", "---\nname: Also grow\nperspective: financial\ndrives: []\nowner: Ana Ng\n---\n")
                .write("objectives/analyse-ngos.md", "---\nname: Analyse\nperspective: financial\ndrives: []\n---\n")
                .check();
        // when the edition without owners is built, then it builds and names neither
        Path out = render(checked, EnumSet.of(Redaction.OWNERS), Locale.ENGLISH, "e");
        assertTrue(Files.readString(out.resolve("objectives/also-grow.html")).contains("Also grow"));
    }

    @Test
    void givenOneOwnerSpelledWithOtherWhiteSpaceWhenBuiltThenTheyAreOnePersonEverywhere() throws Exception {
        // given the same owner written with two spaces, a tab, a no-break space and a trailing space
        CheckResult checked = StrategyDir.valid(dir.resolve("src"))
                .write("initiatives/academy.md", "---\nname: Academy\nowner: \"Ana  Ng\"\nsponsor: \"Ana\\tNg\"\nstatus: active\nobjectives: [l1]\n---\n")
                .write("objectives/f1.md", "---\nname: F1\nperspective: financial\ndrives: []\nowner: \"Ana\u00a0Ng \"\n---\n")
                .write("measures/revenue.yaml", "name: Revenue\nobjective: f1\nkind: lagging\nthreshold: 80\ntarget: 100\nowner: Ana Ng\n")
                .write("reviews/2026-Q3.md", "---\ndate: 2026-10-10\nattendees: [\"Ana \\t Ng\"]\n---\nAna Ng presented.\n")
                .check();
        // when the full site and the edition without owners are built
        Path full = render(checked, Set.of(), Locale.ENGLISH, "full");
        Path edition = render(checked, EnumSet.of(Redaction.OWNERS), Locale.ENGLISH, "edition");
        // then the full site has one person 'Ana Ng' (with the four items), and the edition names them nowhere
        Owners owners = new Owners(checked.strategy().orElseThrow());
        assertEquals(List.of("Ana Ng", "Lars").stream().filter(owners.names()::contains).toList(), List.of("Ana Ng"));
        assertEquals(4, owners.items("Ana Ng").size(), owners.items("Ana Ng").toString());
        assertTrue(Files.readString(full.resolve("owners/index.html")).contains(">Ana Ng</a>"));
        try (var files = Files.walk(edition)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".js")
                    || p.toString().endsWith(".json")).toList()) {
                assertEquals(null, dev.bscportal.core.redact.Shown.leak(Files.readString(f), f.toString().endsWith(".html"), "Ana Ng"), f.toString());
            }
        }
    }

    @Test
    void givenAnEditionWithoutOwnersWhenItsPeoplePageIsBuiltThenItSaysOwnersAreNotShownInEnglishAndGerman() throws Exception {
        CheckResult checked = StrategyDir.valid(dir.resolve("src")).check();
        String en = Files.readString(render(checked, EnumSet.of(Redaction.OWNERS), Locale.ENGLISH, "en").resolve("owners/index.html"));
        String de = Files.readString(render(checked, EnumSet.of(Redaction.OWNERS), Locale.GERMAN, "de").resolve("owners/index.html"));
        String full = Files.readString(render(checked, Set.of(), Locale.ENGLISH, "full").resolve("owners/index.html"));
        assertTrue(en.contains("Owners are not shown in this edition."), en);
        assertFalse(en.contains("Nobody is named"), en);
        assertTrue(de.contains("In dieser Ausgabe werden keine Verantwortlichen genannt."), de);
        assertFalse(full.contains("not shown in this edition"), "the full site lists its owners: " + full);
    }
}
