package dev.bscportal.core.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one escaping: each form writes what its place in the document needs, and hostile text stays text. */
class XmlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "a & b < c > d|a &amp; b &lt; c &gt; d|a &amp; b &lt; c &gt; d|a &amp; b &lt; c &gt; d",
            "say \"hi\" it's|say \"hi\" it's|say &quot;hi&quot; it&apos;s|say &quot;hi&quot; it&#39;s",
            "[x]|[x]|[x]|&#91;x&#93;",
            "`</title><script>`|&lt;/title&gt;&lt;script&gt;|&lt;/title&gt;&lt;script&gt;|&lt;/title&gt;&lt;script&gt;"})
    void givenTextWithMarkup_whenEscapedForEachPlace_thenEachFormEscapesWhatItsPlaceNeeds(String raw, String text, String attribute,
            String label) {
        assertEquals(text, Xml.text(raw));
        assertEquals(attribute, Xml.attribute(raw));
        assertEquals(label, Xml.graphvizLabel(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bell\u0007", "nul\u0000", "lone \uD800 surrogate", "not a char \uFFFE", "esc\u001B[31m"})
    void givenCharactersXmlCannotCarry_whenEscaped_thenTheyAreDroppedAndTheDocumentParses(String raw) throws Exception {
        for (String escaped : new String[] {Xml.text(raw), Xml.attribute(raw), Xml.graphvizLabel(raw)}) {
            String doc = "<a b=\"" + Xml.attribute(raw) + "\">" + escaped + "</a>";
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Ümlaut and emoji \uD83D\uDE80|Ümlaut and emoji \uD83D\uDE80"})
    void givenLettersAndSurrogatePairs_whenEscaped_thenTheyAreKept(String raw, String expected) {
        assertEquals(expected, Xml.text(raw));
        assertEquals(expected, Xml.attribute(raw));
        assertEquals(expected, Xml.graphvizLabel(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"`a\nb\tc`|`a\nb\tc`|a b c|a bc"})
    void givenLineBreaksAndTabs_whenEscaped_thenTextKeepsThemAttributesSpaceThemLabelsSpaceTheBreak(String raw, String text,
            String attribute, String label) {
        assertEquals(text, Xml.text(raw));
        assertEquals(attribute, Xml.attribute(raw));
        assertEquals(label, Xml.graphvizLabel(raw));
    }
}
