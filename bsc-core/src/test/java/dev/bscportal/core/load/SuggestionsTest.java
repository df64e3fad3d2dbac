package dev.bscportal.core.load;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SuggestionsTest {

    private static final List<String> KEYS = List.of("polarity", "perspective", "owner", "name", "target", "targets");

    @Test
    void suggestsTheClosestKeyForATypo() {
        assertEquals(" Did you mean 'polarity'?", Suggestions.didYouMean("polarty", KEYS));
        assertEquals(" Did you mean 'owner'?", Suggestions.didYouMean("ownr", KEYS));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"organisation, name", "Organization, name", "company, name",
            "company_name, name", "goal, target", "direction, polarity", "deadline, due", "asof, as-of"})
    void suggestsTheKeyForAnotherWordPeopleUseForIt(String typed, String key) {
        // given the keys of strategy.yaml, a measure and an initiative
        List<String> keys = List.of("name", "mission", "as-of", "target", "polarity", "due", "owner");

        // when a key is written under another name, far from the right one in spelling
        // then the suggestion is the key it means
        assertEquals(" Did you mean '" + key + "'?", Suggestions.didYouMean(typed, keys));
    }

    @Test
    void suggestsASynonymOnlyWhenThatKeyIsAllowedThere() {
        assertEquals("", Suggestions.didYouMean("organisation", List.of("perspective", "themes")));
    }

    @Test
    void suggestsNothingWhenNoCandidateIsClose() {
        assertEquals("", Suggestions.didYouMean("colour", KEYS));
        assertEquals("", Suggestions.didYouMean("x", List.of()));
    }

    @Test
    void breaksTiesAlphabeticallySoTheAnswerIsStable() {
        assertEquals(" Did you mean 'target'?", Suggestions.didYouMean("targetx", List.of("targets", "target")));
        assertEquals(" Did you mean 'ab'?", Suggestions.didYouMean("aa", List.of("ba", "ab")));
    }

    @Test
    void measuresEditDistance() {
        assertEquals(0, Suggestions.distance("same", "same"));
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
        assertEquals(4, Suggestions.distance("", "four"));
    }
}
