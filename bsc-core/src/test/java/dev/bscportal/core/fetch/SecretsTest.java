package dev.bscportal.core.fetch;

import dev.bscportal.core.problem.SourcePosition;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The last line of defence: whatever text a driver or server echoes back (a URL with the token, the Basic header),
 * every secret resolved for the source is replaced by *** before the text leaves the fetch.
 */
class SecretsTest {

    private static final SourcePosition AT = SourcePosition.of("sources/x.yaml", 2);

    @Test
    void everyResolvedSecretAndItsEncodingsAreRedactedFromAnyText() throws Exception {
        // given a source's secrets resolved from the environment and a settings server
        Secrets secrets = new Secrets(Credentials.of(Map.of("TOKEN", "tok/en+1 ="),
                Map.of("db", new Credentials.ServerCredentials("robot", "pa:ss"))));
        String url = secrets.resolve("https://h/x?token=${env.TOKEN}", AT);
        Credentials.ServerCredentials server = secrets.server("db", AT);
        String basic = secrets.basic(server.username(), server.password());
        // when a message echoes the resolved URL, the URL-encoded token, the password and the Basic header
        String echoed = "GET " + url + " q=" + URLEncoder.encode("tok/en+1 =", StandardCharsets.UTF_8) + " pw pa:ss auth " + basic;
        String redacted = secrets.redact(echoed);
        // then none of them is left
        for (String secret : new String[] {"tok/en+1 =", URLEncoder.encode("tok/en+1 =", StandardCharsets.UTF_8), "pa:ss",
                Base64.getEncoder().encodeToString("robot:pa:ss".getBytes(StandardCharsets.UTF_8))}) {
            assertFalse(redacted.contains(secret), secret + " in " + redacted);
        }
        assertEquals("GET https://h/x?token=*** q=*** pw *** auth Basic ***", redacted);
    }
}
