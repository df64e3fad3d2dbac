package dev.bscportal.core.site;

import dev.bscportal.core.text.Sha256;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a part of a generated file was written, as the page digests record it: {@code <prefix><offset>:<length>:
 * <sha256 of its bytes>} under the part's key. A line that does not read so is no part (the record comes from
 * beside the replaced site and is not trusted any more than its files).
 */
record RecordedPart(long offset, int length, String sha256) {

    private static final Pattern GROUP = Pattern.compile("(\\d{1,15}):(\\d{1,10}):([0-9a-f]{64})");

    /** The parts recorded under {@code prefix} ({@code recorded}: group to key), by key. */
    static Map<String, RecordedPart> recorded(Map<String, String> recorded, String prefix) {
        Map<String, RecordedPart> parts = new HashMap<>();
        recorded.forEach((group, key) -> {
            Matcher m = GROUP.matcher(group.substring(prefix.length()));
            if (m.matches()) {
                long length = Long.parseLong(m.group(2));
                if (length <= Integer.MAX_VALUE) {
                    parts.put(key, new RecordedPart(Long.parseLong(m.group(1)), (int) length, m.group(3)));
                }
            }
        });
        return parts;
    }

    /** The SHA-256 of {@code bytes}, in lower-case hex. */
    static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }
}
