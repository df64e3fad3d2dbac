package dev.bscportal.core.presentation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileNamesTest {

    private static final List<String> HOSTILE = List.of("Index", "INDEX ", "index", "Search", "x".repeat(300),
            "Ä".repeat(200) + "b", "Jörg Müller", "Jorg Muller", "jorg-muller", "JÖRG MÜLLER!", "😀😀", "🙂", "王小明",
            "李雷", "CON", "con", "Nul", "LPT1", "com9", "../x", "..", "/", "\\", "a/b\\c", "", " ", ".hidden", "-x-",
            "x".repeat(80), "x".repeat(81), "x".repeat(80) + "!", "$1", "{0}", "%s");

    @ParameterizedTest
    @ValueSource(strings = {"Jörg Müller", "😀", "王小明", "CON", "../x", "..", "", "Index", "a b c", "Ångström-Öl"})
    void aSlugIsANonEmptyShortLowerCaseAsciiNameThatNoFileSystemRefuses(String name) {
        String slug = FileNames.slug(name);
        assertTrue(slug.matches("[a-z0-9]+(-[a-z0-9]+)*"), slug);
        assertTrue(slug.getBytes(StandardCharsets.UTF_8).length <= FileNames.MAX_LENGTH + 9, slug);
        assertTrue(!FileNames.isDeviceName(slug), slug);
    }

    @Test
    void aLongNameIsCutAndKeepsAHashOfTheWholeNameSoLongNamesDifferingAtTheEndStayApart() {
        String a = FileNames.slug("x".repeat(300) + "a");
        String b = FileNames.slug("x".repeat(300) + "b");
        assertEquals(FileNames.MAX_LENGTH + 9, a.length());
        assertNotEquals(a, b);
        assertEquals("jorg-muller", FileNames.slug("Jörg Müller"));
    }

    @Test
    void everyNameGetsADistinctSlugNoneIsAFixedPageAndTheResultDoesNotDependOnTheOrderOfTheNames() {
        // given hostile names: fixed page names in every case, long, accents, case and punctuation variants,
        // emoji, CJK, device names, path tricks
        Map<String, String> slugs = FileNames.assign(HOSTILE, Set.of("index", "search"));

        // then each has its own slug, no slug equals a fixed page ignoring case, and all are safe
        assertEquals(HOSTILE.size(), slugs.size());
        Set<String> distinct = new HashSet<>();
        for (String slug : slugs.values()) {
            assertTrue(distinct.add(slug.toLowerCase(Locale.ROOT)), "duplicate " + slug);
            assertTrue(!slug.equals("index") && !slug.equals("search") && !FileNames.isDeviceName(slug), slug);
            assertTrue(slug.matches("[a-z0-9]+(-[a-z0-9]+)*") && slug.length() <= FileNames.MAX_LENGTH + 9, slug);
        }
        // and any order of the same names gives the same slugs
        Random random = new Random(3);
        for (int i = 0; i < 20; i++) {
            List<String> shuffled = new ArrayList<>(HOSTILE);
            Collections.shuffle(shuffled, random);
            assertEquals(slugs, FileNames.assign(shuffled, Set.of("SEARCH", "Index")));
        }
    }

    @Test
    void aNameKeepsItsSlugWhenAnotherNameWithTheSameSlugIsAdded() {
        Map<String, String> before = FileNames.assign(List.of("Jörg Müller", "Anna"), Set.of("index"));
        Map<String, String> after = FileNames.assign(List.of("Jörg Müller", "Anna", "Jörg-Müller"), Set.of("index"));
        assertEquals(before.get("Jörg Müller"), after.get("Jörg Müller"));
        assertEquals(before.get("Anna"), after.get("Anna"));
        assertNotEquals(after.get("Jörg Müller"), after.get("Jörg-Müller"));
    }
}
