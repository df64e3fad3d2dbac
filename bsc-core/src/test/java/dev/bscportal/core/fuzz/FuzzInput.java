package dev.bscportal.core.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A fuzz input read as "one choice, then a file": the first byte picks one of {@code choices} (the digit
 * '0' picks the first, '1' the second, ..., so corpus files stay readable), the rest is the file's content.
 */
record FuzzInput(int choice, byte[] content) {

    static FuzzInput of(byte[] input, int choices) {
        if (input.length == 0) {
            return new FuzzInput(0, input);
        }
        return new FuzzInput(Math.floorMod(input[0] - '0', choices), Arrays.copyOfRange(input, 1, input.length));
    }

    /** The content as UTF-8 text (invalid bytes replaced), the way the loader hands text to the readers. */
    String text() {
        return dev.bscportal.core.load.ReaderProbe.asRead(new String(content, StandardCharsets.UTF_8));
    }
}
