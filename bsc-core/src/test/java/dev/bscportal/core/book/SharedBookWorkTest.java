package dev.bscportal.core.book;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.maps.MapLayout;
import dev.bscportal.core.redact.Redaction;
import dev.bscportal.core.site.RedactionTest;
import dev.bscportal.core.site.RenderMemo;
import dev.bscportal.core.site.SharedRendering;
import dev.bscportal.core.site.SiteOptions;
import dev.bscportal.core.site.SiteRenderer;
import dev.bscportal.core.site.TemplateCache;
import dev.bscportal.core.testing.Dot;
import dev.bscportal.core.testing.SameFiles;
import dev.bscportal.core.testing.StrategyDir;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The books of a build use what its site rendering kept (digests, measure results, converted Markdown) instead of
 * computing it again; they must be the very books made without it, for the full edition and for one that withholds
 * values (whose texts and scores differ from the site's first rendering).
 */
class SharedBookWorkTest {

    @TempDir
    Path dir;

    Optional<MapLayout> layout;

    @BeforeEach
    void dot() {
        layout = Optional.of(Dot.cached(dir.resolve("map-cache")));
    }

    @ParameterizedTest
    @CsvSource({"example, false, 3", "example, true, 3", "sentinels, false, 1", "sentinels, true, 1"})
    void givenTheSiteRenderedWithAMemoWhenTheBooksUseItThenTheyAreByteForByteTheBooksMadeWithoutIt(String strategy,
            boolean withheld, int books) throws Exception {
        CheckResult checked = strategy.equals("example") ? StrategyDir.empty(BriefingBookTest.EXAMPLE).check()
                : RedactionTest.sentinelStrategy(dir);
        SiteOptions full = SiteOptions.defaults();
        SiteOptions edition = withheld ? full.withRedactions(EnumSet.allOf(Redaction.class)) : full;
        // given a memo that rendered the full site and this edition's site, as bsc:build renders its editions
        SharedRendering shared = new SharedRendering(new TemplateCache(), new RenderMemo());
        new SiteRenderer(full, layout, false, shared).render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(),
                Files.createDirectories(dir.resolve("site-full")), pages -> { });
        new SiteRenderer(edition, layout, false, shared).render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(),
                Files.createDirectories(dir.resolve("site-edition")), pages -> { });

        // when the edition's books are written with that memo and without any
        Path kept = Files.createDirectories(dir.resolve("with-memo"));
        Path fresh = Files.createDirectories(dir.resolve("without"));
        BookReport withMemo = new BriefingBooks(edition, BookOptions.defaults(), layout, false).sharing(shared)
                .write(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), kept, Optional.empty());
        BookReport without = new BriefingBooks(edition, BookOptions.defaults(), layout, false)
                .write(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), fresh, Optional.empty());

        // then every book is the same, byte for byte
        assertEquals(without, withMemo);
        assertEquals(books, SameFiles.files(fresh).size(), "the company's book and its units' ");
        SameFiles.assertSame(fresh, kept);
    }
}
