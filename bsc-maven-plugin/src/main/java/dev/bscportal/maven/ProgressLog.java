package dev.bscportal.maven;

import org.apache.maven.plugin.logging.Log;

import java.util.function.IntConsumer;

/** Logs rendering progress every 1000 pages, so a large site shows it is moving. */
final class ProgressLog implements IntConsumer {

    private final Log log;

    ProgressLog(Log log) {
        this.log = log;
    }

    @Override
    public void accept(int pagesDone) {
        if (pagesDone % 1000 == 0) {
            log.info("  " + pagesDone + " pages written");
        }
    }
}
