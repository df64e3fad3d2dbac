package dev.bscportal.core.history;

import dev.bscportal.core.load.LoadLimits;
import dev.bscportal.core.load.ParsedFiles;
import dev.bscportal.core.load.LoadResult;
import dev.bscportal.core.load.StrategyLoader;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.score.Scoring;
import dev.bscportal.core.score.StrategyScores;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Builds the "What changed" report for a strategy directory inside a git repository: finds the baseline commit
 * (the given ref, or by default the last commit that touched the newest review file), checks the strategy out
 * of that commit into a scratch folder, loads and scores it, and diffs it with today's strategy. Read-only on
 * the repository; works without a git binary.
 */
public final class GitBaseline {

    private GitBaseline() {
    }

    /** Empty when the strategy is not in a git repository, or there is no review and no ref to compare with. */
    public static Optional<ChangeReport> report(Path strategyDir, Optional<String> compareTo, Strategy current,
            StrategyScores currentScores, Path scratch) throws HistoryException {
        return report(strategyDir, compareTo, current, currentScores, scratch, new ParsedFiles());
    }

    /**
     * As above; files of the baseline that are the same as today's are taken from {@code parsed}, not read again.
     * When HEAD did not move since a build that found the last review's commit, and that commit's checkout is still in
     * {@code scratch}, the repository is not opened at all ({@link ReviewMemo}). When the strategy's files are the
     * same as at the baseline, the baseline is not read: nothing changed.
     */
    public static Optional<ChangeReport> report(Path strategyDir, Optional<String> compareTo, Strategy current,
            StrategyScores currentScores, Path scratch, ParsedFiles parsed) throws HistoryException {
        Optional<Path> gitDir = findGitDir(strategyDir);
        if (gitDir.isEmpty()) {
            return Optional.empty();
        }
        Optional<ReviewMemo> memo = compareTo.isPresent() ? Optional.empty() : memo(strategyDir, current, scratch);
        Optional<ReviewMemo.Found> remembered = memo.flatMap(ReviewMemo::read)
                .filter(found -> Files.isDirectory(scratch.resolve("baseline-" + found.commit())));
        try {
            if (remembered.isPresent()) {
                ReviewMemo.Found found = remembered.get();
                return Optional.of(compare(scratch.resolve("baseline-" + found.commit()), strategyDir, found, "last review",
                        current, currentScores, parsed));
            }
            try (Repository repo = new FileRepositoryBuilder().setGitDir(gitDir.get().toFile()).readEnvironment().build()) {
                Path workTree = repo.getWorkTree().toPath().toRealPath();
                String relative = workTree.relativize(strategyDir.toRealPath()).toString().replace('\\', '/');
                Optional<RevCommit> baseline = compareTo.isPresent() ? Optional.of(resolve(repo, compareTo.get()))
                        : lastReviewCommit(repo, relative, current);
                if (baseline.isEmpty()) {
                    return Optional.empty();
                }
                Path checkout = scratch.resolve("baseline-" + baseline.get().getName());
                checkOut(repo, baseline.get(), relative, checkout);
                ReviewMemo.Found found = new ReviewMemo.Found(baseline.get().getName(),
                        baseline.get().getAuthorIdent().getWhenAsInstant().toString().substring(0, 10));
                ChangeReport report = compare(checkout, strategyDir, found, compareTo.orElse("last review"), current,
                        currentScores, parsed);
                memo.ifPresent(m -> m.write(found));
                return Optional.of(report);
            }
        } catch (IOException | RuntimeException e) {
            throw new HistoryException("Could not read the git history: " + e.getMessage());
        }
    }

    /** The strategy checked out at the baseline against today's. */
    private static ChangeReport compare(Path checkout, Path strategyDir, ReviewMemo.Found baseline, String name,
            Strategy current, StrategyScores currentScores, ParsedFiles parsed) throws HistoryException, IOException {
        String label = name + " (" + baseline.commit().substring(0, 8) + ", " + baseline.day() + ")";
        if (SameFiles.in(checkout, strategyDir)) {
            // the same files read the same way make the same strategy: comparing it with itself finds nothing
            return new ChangeReport(label, baseline.commit(), StrategyDiff.between(current, currentScores, current, currentScores));
        }
        LoadResult old = new StrategyLoader(LoadLimits.DEFAULTS, parsed).load(checkout);
        if (old.strategy().isEmpty()) {
            throw new HistoryException("The strategy at " + baseline.commit().substring(0, 8)
                    + " could not be read, so the What changed page is left out.");
        }
        Strategy before = dev.bscportal.core.calc.Calculations.apply(old.strategy().get());
        List<Change> changes = StrategyDiff.between(before, Scoring.score(before), current, currentScores);
        return new ChangeReport(label, baseline.commit(), changes);
    }

    /** The memo of the last review's commit for today's HEAD, read from git's plain files (never JGit). */
    private static Optional<ReviewMemo> memo(Path strategyDir, Strategy current, Path scratch) {
        Optional<String> newest = newestReview(current);
        Optional<Path> dotGit = GitDirectory.dotGit(strategyDir);
        if (newest.isEmpty() || dotGit.isEmpty() || !(GitHead.read(strategyDir) instanceof GitHead.Answer.Commit head)) {
            return Optional.empty();
        }
        try {
            String place = dotGit.get().getParent().toRealPath().relativize(strategyDir.toRealPath()).toString().replace('\\', '/');
            return ReviewMemo.of(scratch, Optional.of(head.id()), place, newest.get());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The file of the company's newest review (by period), relative to the strategy directory. */
    private static Optional<String> newestReview(Strategy current) {
        return current.company().reviews().stream().max(Comparator.comparing(r -> r.period())).map(r -> r.origin().file());
    }

    /** HEAD's commit by opening the repository with JGit: see {@link GitHead#of}. */
    static Optional<String> headByJGit(Path strategyDir) {
        Optional<Path> gitDir = findGitDir(strategyDir);
        if (gitDir.isEmpty()) {
            return Optional.empty();
        }
        try (Repository repo = new FileRepositoryBuilder().setGitDir(gitDir.get().toFile()).build()) {
            return Optional.of(Optional.ofNullable(repo.resolve("HEAD")).map(ObjectId::getName).orElse(""));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> findGitDir(Path start) {
        return GitDirectory.of(start);
    }

    private static RevCommit resolve(Repository repo, String ref) throws IOException, HistoryException {
        ObjectId id = repo.resolve(ref);
        if (id == null) {
            throw new HistoryException("compareTo '" + ref + "' is not a commit, branch or tag of this repository.");
        }
        try (RevWalk walk = new RevWalk(repo)) {
            return walk.parseCommit(id);
        }
    }

    /** The newest commit that touched the newest review file of the company scorecard. */
    private static Optional<RevCommit> lastReviewCommit(Repository repo, String strategyPath, Strategy current) throws IOException {
        Optional<String> newestReview = newestReview(current);
        if (newestReview.isEmpty() || repo.resolve("HEAD") == null) {
            return Optional.empty();
        }
        String path = (strategyPath.isEmpty() ? "" : strategyPath + "/") + newestReview.get();
        try (RevWalk walk = new RevWalk(repo)) {
            walk.markStart(walk.parseCommit(repo.resolve("HEAD")));
            walk.setTreeFilter(org.eclipse.jgit.treewalk.filter.AndTreeFilter.create(PathFilter.create(path),
                    org.eclipse.jgit.treewalk.filter.TreeFilter.ANY_DIFF));
            RevCommit commit = walk.next();
            return Optional.ofNullable(commit);
        }
    }

    private static void checkOut(Repository repo, RevCommit commit, String strategyPath, Path target) throws IOException {
        if (Files.exists(target)) {
            return;
        }
        Path partial = Files.createDirectories(target.resolveSibling(target.getFileName() + ".partial"));
        try (TreeWalk tree = new TreeWalk(repo)) {
            tree.addTree(commit.getTree());
            tree.setRecursive(true);
            if (!strategyPath.isEmpty()) {
                tree.setFilter(PathFilter.create(strategyPath));
            }
            while (tree.next()) {
                String rel = strategyPath.isEmpty() ? tree.getPathString() : tree.getPathString().substring(strategyPath.length() + 1);
                Path file = partial.resolve(rel).normalize();
                if (!file.startsWith(partial) || (tree.getFileMode(0).getBits() & 0170000) == 0120000) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                ObjectLoader loader = repo.open(tree.getObjectId(0));
                Files.write(file, loader.getBytes((int) Math.min(Integer.MAX_VALUE - 8, LoadLimits.DEFAULTS.maxCsvFileBytes() + 1)));
            }
        }
        Files.move(partial, target);
    }
}
