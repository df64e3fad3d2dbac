package dev.bscportal.core.site;

import dev.bscportal.core.export.SearchIndexWriter;
import dev.bscportal.core.export.SearchIndexWriter.Entry;
import dev.bscportal.core.export.StrategyJson;
import dev.bscportal.core.redact.NameMatcher;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the search index ({@code search-index.js}, 4.8 MB at 10,000 pages), keeping what it can of the replaced
 * site's: by {@link FileParts}, one part per run of entries of one scorecard (and one of the site-wide pages). An
 * entry's key is its page's group digest ({@link PageDependencies}: everything the page shows, which holds its
 * title, its scorecard's name and the texts the entry is made of) with its path and kind, or, for a page without a
 * group (the owners' index, "What changed"), the entry itself. A run's key is its entries' keys, its first number
 * (an entry added before it renumbers it), whether a run comes before it, the site-wide key (the kinds' labels),
 * the withheld names and the JSON library's code; the file's key is its runs' keys. An edition that withholds names
 * is scrubbed after it is written, which moves the bytes: it is written whole, every time.
 */
final class SearchIndexFile {

    static final String NAME = "search-index.js";
    static final String GROUP = FileParts.group(NAME);

    private record Run(List<Entry> entries, int firstId, boolean afterOthers, String key) {
    }

    private final List<Entry> all;
    private final List<Run> runs;
    private final boolean inParts;
    private final String key;

    private SearchIndexFile(List<Entry> all, List<Run> runs, boolean inParts, String key) {
        this.all = all;
        this.runs = runs;
        this.inParts = inParts;
        this.key = key;
    }

    /** The index of the searchable {@code pages}, keyed from {@code groupDigests} (the pages' group digests). */
    static SearchIndexFile keyed(ContentDigest digest, String siteWide, NameMatcher withheld, List<PageSpec> pages,
            Labels labels, Map<String, String> groupDigests) {
        String common = digest.of(siteWide, digest.of(withheld.names()), StrategyJson.codeStamp());
        List<Entry> all = new ArrayList<>();
        List<Run> runs = new ArrayList<>();
        List<Entry> run = new ArrayList<>();
        List<Object> runKeys = new ArrayList<>();
        ScorecardView runOf = null;
        for (PageSpec page : pages) {
            if (!page.searchable()) {
                continue;
            }
            if (!run.isEmpty() && page.scorecard() != runOf) {
                runs.add(run(digest, common, run, all.size() - run.size(), runKeys));
                run = new ArrayList<>();
                runKeys = new ArrayList<>();
            }
            runOf = page.scorecard();
            Entry entry = new Entry(page.path(), page.title(), labels.get("kind." + page.kind()),
                    page.scorecard() == null ? "" : page.scorecard().getName(), page.searchText());
            Optional<String> group = PageDependencies.groupOf(page).map(groupDigests::get);
            runKeys.add(group.isPresent() ? List.of(page.path(), entry.kind(), group.get()) : entry);
            run.add(entry);
            all.add(entry);
        }
        if (!run.isEmpty()) {
            runs.add(run(digest, common, run, all.size() - run.size(), runKeys));
        }
        String key = digest.of(common, runs.stream().map(Run::key).toList());
        return new SearchIndexFile(all, runs, withheld.isEmpty(), key);
    }

    private static Run run(ContentDigest digest, String common, List<Entry> entries, int firstId, List<Object> keys) {
        return new Run(entries, firstId, firstId > 0, digest.of(common, firstId, firstId > 0, keys));
    }

    /** The file's key, recorded under {@link #GROUP}. */
    String key() {
        return key;
    }

    /** Writes the file into {@code target}, or keeps the previous site's, whole or by runs; returns the runs taken. */
    int write(PageReuse reuse, Path target) {
        if (!inParts) {
            SiteRenderer.write(target, NAME, SearchIndexWriter.script(all));
            return 0;
        }
        List<FileParts.Part> parts = new ArrayList<>();
        parts.add(new FileParts.Part(null, () -> SearchIndexWriter.HEAD.getBytes(StandardCharsets.UTF_8)));
        for (Run run : runs) {
            parts.add(new FileParts.Part(run.key(), () -> SearchIndexWriter.entries(run.entries(), run.firstId(),
                    run.afterOthers()).getBytes(StandardCharsets.UTF_8)));
        }
        parts.add(new FileParts.Part(null, () -> SearchIndexWriter.TAIL.getBytes(StandardCharsets.UTF_8)));
        return new FileParts(NAME, key).write(parts, reuse, target);
    }
}
