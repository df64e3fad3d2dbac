package dev.bscportal.core.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Sha256Test {

    @Test
    void theHexIsTheStandardDigestOfTheUtf8Bytes() {
        // FIPS 180-2's example, and a text outside ASCII against its UTF-8 bytes
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.hex("abc"));
        assertEquals(Sha256.hex("Ölpreis 日本".getBytes(StandardCharsets.UTF_8)), Sha256.hex("Ölpreis 日本"));
    }

    @Test
    void aDigestFedPieceByPieceGivesTheHexOfTheWhole() {
        MessageDigest digest = Sha256.digest();
        digest.update("a".getBytes(StandardCharsets.UTF_8));
        digest.update("bc".getBytes(StandardCharsets.UTF_8));

        assertEquals(Sha256.hex("abc"), Sha256.hex(digest));
        assertEquals(Sha256.hex(""), Sha256.hex(digest));
    }
}
