package dev.bscportal.core.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UrlPolicyTest {

    @ParameterizedTest(name = "refused: {0}")
    @ValueSource(strings = {
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "JAVASCRIPT:alert(1)",
            " javascript:alert(1)",
            "\u0000javascript:alert(1)",
            "\u0001\u001fjavascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "java\rscript:alert(1)",
            "jav&#x61;script:alert(1)",
            "jav&#X61;script:alert(1)",
            "jav&#97;script:alert(1)",
            "jav&#0000097;script:alert(1)",
            "jav&#x0000061;script:alert(1)",
            "jav&#97script:alert(1)",
            "jav&#x61script:alert(1)",
            "javascript&colon;alert(1)",
            "javascript&#58;alert(1)",
            "javascript&#x3a;alert(1)",
            "java&Tab;script:alert(1)",
            "java&NewLine;script:alert(1)",
            "java&#x09;script:alert(1)",
            "java&#10;script:alert(1)",
            "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
            "javascript%3Aalert(1)",
            "java%09script:alert(1)",
            "%6Aavascript:alert(1)",
            "jav&amp;#x61;script:alert(1)",
            "&#x26;#x6A;avascript:alert(1)",
            "java\u200Bscript:alert(1)",
            "java\u00ADscript:alert(1)",
            "vbscript:msgbox(1)",
            "VBScript&colon;msgbox(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "data&colon;text/html,<script>alert(1)</script>",
            "DATA:image/svg+xml,<svg onload=alert(1)>",
            "file:///etc/passwd",
            "ftp://example.com/x",
            "chrome://settings",
            "blob:https://example.com/uuid",
            "//evil.example/x",
            "\\\\evil.example\\share",
            "/\\evil.example",
            " //evil.example",
            "&#47;&#47;evil.example",
    })
    void hostileUrlsAreRefused(String url) {
        // given a URL an attacker wrote in the strategy / when the policy decides / then it is refused
        assertFalse(UrlPolicy.allows(url), url + " -> " + UrlPolicy.normalise(url));
        assertTrue(UrlPolicy.safe(url).isEmpty());
    }

    @ParameterizedTest(name = "allowed: {0}")
    @ValueSource(strings = {
            "objectives/grow-revenue.html",
            "../measures/nps.html#chart",
            "#section-2",
            "?tab=2",
            "/absolute/path.html",
            "docs/report%20final.pdf",
            "a/b:c.html",
            "https://example.com/path?q=1&x=2#frag",
            "HTTPS://EXAMPLE.COM",
            "http://intranet.local:8080/dash",
            "mailto:strategy@example.com?subject=Q3",
            "https://example.com/?next=javascript:alert(1)",
    })
    void legitimateUrlsAreKeptUnchanged(String url) {
        // given a URL a strategy writer uses / when the policy decides / then it is allowed and returned as written
        assertTrue(UrlPolicy.allows(url), url + " -> " + UrlPolicy.normalise(url));
        assertEquals(url, UrlPolicy.safe(url).orElseThrow());
    }

    @ParameterizedTest(name = "nothing: [{0}]")
    @ValueSource(strings = {"", " "})
    void anEmptyUrlIsARelativeLinkToThePageItself(String url) {
        assertTrue(UrlPolicy.allows(url));
    }

    @org.junit.jupiter.api.Test
    void aMissingUrlIsRefused() {
        assertFalse(UrlPolicy.allows(null));
    }
}
