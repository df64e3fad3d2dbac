package dev.bscportal.core.load;

/** Bounds on input size, so hostile files cannot exhaust memory or time. */
public record LoadLimits(long maxTextFileBytes, long maxCsvFileBytes, int maxAliases, int maxNestingDepth) {

    public static final LoadLimits DEFAULTS = new LoadLimits(1L << 20, 20L << 20, 50, 50);
}
