package dev.bscportal.core.maps;

import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Origin;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;

class OwnerMarkerTest {

    private static Objective owned(String owner, String label) {
        return Objective.builder().id("o").name("O").perspective("financial").owner(owner).ownerLabel(label).weight(1)
                .origin(Origin.at("objectives/o.md", 2)).build();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // short owners, titles or names, are shown as written
            "CFO|CFO",
            "VP People|VP People",
            "Head of IT|Head of IT",
            "Tom Okafor|Tom Okafor",
            "Chief Executive|Chief Executive",
            "Lena Hoffmann|Lena Hoffmann",
            "  CFO  |CFO",
            // long titles: every capitalised word
            "Director of Community Safety|DCS",
            "Head of Customer Services|HCS",
            "Director of Adult Social Care|DASC",
            "Head of Strategy and Funding|HSF",
            // long personal names: first and last
            "Petra M. Schulz-Berg|PS",
            "Dr. Aylin Demir-Yilmaz|AD",
            "Alexandra M. Schmidt-Weber|AS",
            "Highways and Transport Manager|HTM",
            "Élodie Martin-Dubois|ÉM"})
    void aMapBoxShowsAShortOwnerAsWrittenAndInitialsOtherwise(String owner, String marker) {
        assertEquals(marker, OwnerMarker.of(owned(owner, "")));
    }

    @Test
    void anExplicitOwnerLabelWinsOverTheOwner() {
        assertEquals("Safety", OwnerMarker.of(owned("Director of Community Safety", "Safety")));
        assertEquals("KV", OwnerMarker.of(owned("Katrin Vogel", " KV ")));
    }

    @Test
    void noOwnerGivesNoMarker() {
        assertEquals("", OwnerMarker.of(owned("", "")));
        assertEquals("", OwnerMarker.of(owned("   ", "")));
        assertEquals("", OwnerMarker.of(owned("12345678901234 567", "")));
    }
}
