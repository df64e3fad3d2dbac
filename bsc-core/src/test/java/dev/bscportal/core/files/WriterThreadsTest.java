package dev.bscportal.core.files;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stopping the threads that write into a staging folder waits for them, however the caller came to stop them. */
class WriterThreadsTest {

    @Test
    void givenAWriterThatIgnoresItsInterrupt_whenTheCallerIsItselfInterrupted_thenStopStillWaitsUntilTheWriterHasEnded()
            throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        pool.submit(() -> {
            started.countDown();
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
            while (System.nanoTime() < until) {
                Thread.onSpinWait(); // a template loop: does not look at its interrupt
            }
            finished.set(true);
        });
        started.await();

        // when the thread that stops the pool was interrupted itself (bsc:serve closing during a rebuild)
        Thread.currentThread().interrupt();
        WriterThreads.stop(pool);

        // then the writer had ended when stop returned, and the caller's interrupt is kept
        boolean interrupted = Thread.interrupted();
        assertTrue(finished.get(), "the writer ended before stop returned");
        assertTrue(pool.isTerminated());
        assertTrue(interrupted, "the caller's interrupt is kept");
    }
}
