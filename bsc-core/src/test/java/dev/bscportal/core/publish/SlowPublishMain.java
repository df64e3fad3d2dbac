package dev.bscportal.core.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A separate process for fault tests: publishes {@code pages} pages with the given text into an output
 * directory, sleeping between pages so a test can kill it while it writes, and records the text as bookkeeping entry
 * {@code built-from}. Prints "writing" once started.
 */
public final class SlowPublishMain {

    private SlowPublishMain() {
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args[0]);
        String text = args[1];
        int pages = Integer.parseInt(args[2]);
        long sleepMillis = Long.parseLong(args[3]);
        new SitePublisher(output).publish(List.of(), staging -> {
            System.out.println("writing");
            System.out.flush();
            for (int i = 0; i < pages; i++) {
                Files.writeString(staging.resolve("page" + i + ".html"), text + " " + i);
                Thread.sleep(sleepMillis);
            }
            return Map.of("built-from", text);
        });
        System.out.println("published");
    }
}
