package dev.bscportal.core.preview;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The file a request target names inside the served site, decoded strictly: only the origin form
 * ({@code /path?query}) is accepted; every segment is percent-decoded as UTF-8 and must not be empty in the
 * middle, {@code .} or {@code ..}, nor contain a slash, a backslash, a colon or a control character after
 * decoding; the target is at most {@link #MAX_LENGTH} characters. Anything else is not a file of the site.
 */
final class RequestTarget {

    static final int MAX_LENGTH = 2048;

    private RequestTarget() {
    }

    /**
     * The relative path of the file, {@code ""} for the root, or empty when the target is malformed.
     * A trailing slash is kept, so the caller can serve the folder's index.
     */
    static Optional<String> relativePath(String rawTarget) {
        if (rawTarget == null || rawTarget.length() > MAX_LENGTH || !rawTarget.startsWith("/") || rawTarget.startsWith("//")) {
            return Optional.empty();
        }
        int query = rawTarget.indexOf('?');
        String rawPath = query < 0 ? rawTarget : rawTarget.substring(0, query);
        if (rawPath.indexOf('#') >= 0) {
            return Optional.empty();
        }
        String[] rawSegments = rawPath.substring(1).split("/", -1);
        List<String> segments = new ArrayList<>();
        for (int i = 0; i < rawSegments.length; i++) {
            boolean last = i == rawSegments.length - 1;
            Optional<String> segment = decode(rawSegments[i]);
            if (segment.isEmpty() || (segment.get().isEmpty() && !last) || !isSafe(segment.get())) {
                return Optional.empty();
            }
            segments.add(segment.get());
        }
        return Optional.of(String.join("/", segments));
    }

    private static boolean isSafe(String segment) {
        if (segment.equals(".") || segment.equals("..")) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '/' || c == '\\' || c == ':' || (c >= 0x80 && c <= 0x9f)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> decode(String raw) {
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 4);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.put((byte) (high * 16 + low));
                i += 2;
            } else if (c > 0x20 && c < 0x7f) {
                bytes.put((byte) c);
            } else {
                return Optional.empty();
            }
        }
        bytes.flip();
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
