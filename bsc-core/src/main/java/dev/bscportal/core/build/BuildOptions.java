package dev.bscportal.core.build;

import dev.bscportal.core.book.BookSize;
import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.options.SiteSettings;
import dev.bscportal.core.presentation.BookUnits;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one build is configured by. {@code site} and {@code compareTo} are the settings as written (the build
 * checks them); {@code editions} are the audience editions besides the full site; {@code workDirectory} holds what
 * builds keep between runs (map cache, last check, "What changed" baseline, preview scratch), by default
 * {@code target/}; {@code adapter} is the class of the caller (a Maven goal), whose code counts as an input of the
 * site: a new plugin build rebuilds; {@code books} is the paper of the briefing books written into every edition
 * (none when empty); {@code bookUnits} the units that get one besides the company; {@code quickJit}: the JVM ends with
 * the build (bsc:build, bsc:book, not the preview), so C2 is left out while it runs ({@link QuickJit}; not an input of
 * the site, which is the same bytes either way). Build one with {@link #builder(Path, Path)}.
 */
public record BuildOptions(
        Path strategyDirectory,
        Path baseDirectory,
        Path outputDirectory,
        Path workDirectory,
        Path mapCacheDirectory,
        CheckOptions check,
        SiteSettings site,
        String engine,
        Optional<String> compareTo,
        List<Edition> editions,
        Optional<BookSize> books,
        Optional<Class<?>> adapter,
        BookUnits bookUnits,
        boolean quickJit) {

    public BuildOptions {
        Objects.requireNonNull(strategyDirectory, "strategyDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        editions = List.copyOf(editions);
        bookUnits = bookUnits == null ? BookUnits.ALL : bookUnits;
    }

    /** Defaults: the project is the strategy's parent, work under {@code <project>/target}, engine auto, no editions. */
    public static Builder builder(Path strategyDirectory, Path outputDirectory) {
        return new Builder(strategyDirectory, outputDirectory);
    }

    /** For goals that only check: the output defaults to {@code strategy-site} in the work directory. */
    public static Builder builder(Path strategyDirectory) {
        return new Builder(strategyDirectory, null);
    }

    /** A builder holding these options, to change some. */
    public Builder toBuilder() {
        Builder b = new Builder(strategyDirectory, outputDirectory).baseDirectory(baseDirectory).workDirectory(workDirectory)
                .mapCacheDirectory(mapCacheDirectory).check(check).site(site).engine(engine).editions(editions);
        b.compareTo = compareTo.orElse(null);
        b.adapter = adapter.orElse(null);
        b.books = books.orElse(null);
        b.bookUnits = bookUnits;
        b.quickJit = quickJit;
        return b;
    }

    /** The template directory, whose files replace built-in templates and assets. */
    public Optional<Path> templateDirectory() {
        return site.templateDirectory();
    }

    /** What the build reads: no site may be published inside (or over) these. */
    List<Path> sourceDirectories() {
        List<Path> sources = new ArrayList<>(List.of(strategyDirectory));
        templateDirectory().ifPresent(sources::add);
        return sources;
    }

    /** The full site and then each audience edition. */
    List<Edition> allEditions() {
        List<Edition> all = new ArrayList<>(List.of(Edition.FULL));
        all.addAll(editions);
        return all;
    }

    /** Builds {@link BuildOptions}; every setter returns the builder. */
    public static final class Builder {
        private final Path strategyDirectory;
        private Path outputDirectory;
        private Path baseDirectory;
        private Path workDirectory;
        private Path mapCacheDirectory;
        private CheckOptions check = CheckOptions.DEFAULTS;
        private SiteSettings site = new SiteSettings(null, "en", Optional.empty(), null, null, null, null, false);
        private String engine = "auto";
        private String compareTo;
        private List<Edition> editions = List.of();
        private Class<?> adapter;
        private BookSize books;
        private BookUnits bookUnits = BookUnits.ALL;
        private boolean quickJit;

        private Builder(Path strategyDirectory, Path outputDirectory) {
            this.strategyDirectory = strategyDirectory;
            this.outputDirectory = outputDirectory;
        }

        public Builder outputDirectory(Path value) {
            outputDirectory = value;
            return this;
        }

        public Builder baseDirectory(Path value) {
            baseDirectory = value;
            return this;
        }

        public Builder workDirectory(Path value) {
            workDirectory = value;
            return this;
        }

        public Builder mapCacheDirectory(Path value) {
            mapCacheDirectory = value;
            return this;
        }

        public Builder check(CheckOptions value) {
            check = value;
            return this;
        }

        public Builder site(SiteSettings value) {
            site = value;
            return this;
        }

        public Builder engine(String value) {
            engine = value;
            return this;
        }

        /** The git commit, branch or tag "What changed" compares with; null or blank: the last review's commit. */
        public Builder compareTo(String value) {
            compareTo = value;
            return this;
        }

        public Builder editions(List<Edition> value) {
            editions = value;
            return this;
        }

        /** Writes a briefing book on this paper into every edition; null: no books. */
        public Builder books(BookSize value) {
            books = value;
            return this;
        }

        /** The scorecards that get a book besides the company's: all units (the default), none, or those listed. */
        public Builder bookUnits(BookUnits value) {
            bookUnits = value;
            return this;
        }

        /** True when the JVM ends with the build (bsc:build, bsc:book): C2 is left out while it runs; default false. */
        public Builder quickJit(boolean value) {
            quickJit = value;
            return this;
        }

        public Builder adapter(Class<?> value) {
            adapter = value;
            return this;
        }

        public BuildOptions build() {
            Path base = baseDirectory != null ? baseDirectory
                    : Optional.ofNullable(strategyDirectory.toAbsolutePath().getParent()).orElse(strategyDirectory);
            Path work = workDirectory != null ? workDirectory
                    : mapCacheDirectory != null ? mapCacheDirectory.toAbsolutePath().getParent() : base.resolve("target");
            Path cache = mapCacheDirectory != null ? mapCacheDirectory : work.resolve("bsc-map-cache");
            Path output = outputDirectory != null ? outputDirectory : work.resolve("strategy-site");
            return new BuildOptions(strategyDirectory, base, output, work, cache, check, site, engine,
                    Optional.ofNullable(compareTo), editions, Optional.ofNullable(books), Optional.ofNullable(adapter), bookUnits, quickJit);
        }
    }
}
