package dev.bscportal.core.sheets;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafeFileNamesTest {

    private static final List<String> HOSTILE = List.of("../../etc/passwd", "a/b\\c", "..", ".", ".hidden", "CON", "con", "nul.txt",
            "com1", "tab\there", "line\nbreak", "nul\u0000char", "x".repeat(300), "Müller", "Muller", "müller", "李雷", "王芳", "",
            "   ", "Dr. Aylin Demir", "C:\\Windows\\system32", "%2e%2e%2f", "name.xlsx", "\u202Eevil\u202Dxslx.exe", "(no owner)");

    @Test
    void givenHostileNames_whenFileNamesAreAssigned_thenEachIsAPlainDistinctXlsxNameInsideTheFolder() {
        Map<String, String> names = SafeFileNames.assign(HOSTILE, "owner");

        assertEquals(HOSTILE.size(), names.size());
        assertEquals(HOSTILE.size(), new HashSet<>(names.values()).size(), "two names share a file: " + names);
        Path folder = Path.of("/out/bsc-sheets");
        for (Map.Entry<String, String> e : names.entrySet()) {
            String file = e.getValue();
            assertTrue(file.matches("[a-z0-9][a-z0-9-]{0,59}\\.xlsx"), file + " from " + e.getKey());
            assertTrue(!file.substring(0, file.length() - 5).matches("con|prn|aux|nul|com[0-9]|lpt[0-9]"), file);
            Path resolved = folder.resolve(file).normalize();
            assertEquals(folder, resolved.getParent(), e.getKey());
        }
    }

    @Test
    void givenNamesThatComeOutAlike_whenAssigned_thenLaterOnesGetANumberAndTheSameInputGivesTheSameNames() {
        List<String> alike = List.of("Müller", "Muller", "müller", "MÜLLER", "x".repeat(80), "x".repeat(81));

        Map<String, String> names = SafeFileNames.assign(alike, "owner");

        assertEquals(List.of("muller.xlsx", "muller-2.xlsx", "muller-3.xlsx", "muller-4.xlsx", "x".repeat(60) + ".xlsx",
                "x".repeat(58) + "-2.xlsx"), List.copyOf(names.values()));
        assertEquals(names, SafeFileNames.assign(alike, "owner"));
    }

    @Test
    void givenNamesWithoutLatinLettersOrDigits_whenAssigned_thenTheFallbackAndADigestOfTheName() {
        Map<String, String> names = SafeFileNames.assign(List.of("李雷", "王芳", "", "Sabine Krüger", "CON"), "owner");

        assertTrue(names.get("李雷").matches("owner-[0-9a-f]{8}\\.xlsx"), names.get("李雷"));
        assertTrue(!names.get("李雷").equals(names.get("王芳")));
        assertEquals("owner.xlsx", names.get(""));
        assertEquals("sabine-kruger.xlsx", names.get("Sabine Krüger"));
        assertEquals("con-owner.xlsx", names.get("CON"));
    }
}
