package dev.bscportal.core.fetch;

/**
 * Defaults for every source, which a source file may override: timeouts, retries, the pause before the first retry
 * (doubled for each further one), the largest response or result accepted, and how many redirects are followed.
 */
public record FetchSettings(long connectTimeoutMillis, long readTimeoutMillis, int retries, long firstBackoffMillis,
                            long maxBytes, int maxRedirects, int maxRows) {

    /** 10 s to connect, 60 s to read, 3 retries after 1, 2 and 4 s, 20 MiB, 5 redirects, 1,000,000 rows. */
    public static final FetchSettings DEFAULTS = new FetchSettings(10_000, 60_000, 3, 1_000, 20L << 20, 5, 1_000_000);

    public FetchSettings {
        if (connectTimeoutMillis <= 0 || readTimeoutMillis <= 0 || retries < 0 || retries > 10 || firstBackoffMillis < 0
                || maxBytes <= 0 || maxRedirects < 0 || maxRows <= 0) {
            throw new IllegalArgumentException("fetch settings out of range");
        }
    }

    /** The pause before retry {@code n} (1-based): the first backoff doubled n-1 times, at most 60 s. */
    long backoffBefore(int retry) {
        return Math.min(60_000, firstBackoffMillis << Math.min(16, retry - 1));
    }
}
