package dev.bscportal.core.files;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Stops the threads that write into a staging folder and waits until they have: after a failure the publisher
 * deletes that folder, and a thread still finishing its page would otherwise create files in it again (a staging
 * folder left behind after a failed build).
 */
public final class WriterThreads {

    private static final long WAIT_SECONDS = 120;

    private WriterThreads() {
    }

    /**
     * Interrupts the pool's threads and waits (at most two minutes) until every one has ended, also when the caller
     * was itself interrupted (the build was stopped): its interrupt is kept for after the wait, not taken as a reason
     * to skip it.
     */
    public static void stop(ExecutorService executor) {
        executor.shutdownNow();
        boolean interrupted = Thread.interrupted();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!executor.isTerminated()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                executor.awaitTermination(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
