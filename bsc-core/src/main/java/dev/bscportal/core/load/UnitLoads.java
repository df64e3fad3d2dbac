package dev.bscportal.core.load;

import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

/**
 * The unit folders of one scorecard loaded side by side, one thread per core, and then taken in the units' order, so
 * the result is what loading them one after the other gives: the same scorecards, problems in the same order, the same
 * folders marked as read. Each unit is read on a {@link FolderWalk#branch() branch} of the walk; when two units read a
 * common folder (only links lead there), which of them reads it first decides what is reported, so the side-by-side
 * result is dropped and the caller loads the units one after the other (the files parsed meanwhile are kept in
 * {@link ParsedFiles}, so that costs the reading, not the parsing).
 */
final class UnitLoads {

    /** One entry of a {@code units/} folder: a problem instead of a unit, or a unit folder to load. */
    record Entry(Optional<Problem> refused, Path dir, Path real, String relative, String path) {

        static Entry refused(Problem problem) {
            return new Entry(Optional.of(problem), null, null, null, null);
        }

        static Entry unit(Path dir, Path real, String relative, String path) {
            return new Entry(Optional.empty(), dir, real, relative, path);
        }
    }

    /** What loading one entry gave: the unit, the problems found on the way, the codes its files ignore. */
    record Loaded(Optional<Scorecard> scorecard, List<Problem> problems, Map<String, Set<ProblemCode>> ignores) {
    }

    private UnitLoads() {
    }

    /**
     * Each entry loaded by {@code load} on its own branch of {@code walk}, in the entries' order; empty when fewer than
     * two units or one core make it not worth a thread, or when units shared a folder. The branches' folders are then
     * marked as read in {@code walk}, as loading the units there would have.
     */
    static Optional<List<Loaded>> sideBySide(List<Entry> entries, FolderWalk walk, BiFunction<FolderWalk, Entry, Loaded> load) {
        long units = entries.stream().filter(e -> e.refused().isEmpty()).count();
        int threads = (int) Math.min(units, Runtime.getRuntime().availableProcessors());
        if (threads < 2) {
            return Optional.empty();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "bsc-load-unit");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<FolderWalk> branches = new ArrayList<>();
            List<Future<Loaded>> running = new ArrayList<>();
            for (Entry entry : entries) {
                if (entry.refused().isEmpty()) {
                    FolderWalk branch = walk.branch();
                    branches.add(branch);
                    running.add(pool.submit(() -> {
                        try (FolderWalk reading = branch) {
                            return load.apply(reading, entry);
                        }
                    }));
                } else {
                    running.add(null);
                }
            }
            List<Loaded> loaded = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                Future<Loaded> unit = running.get(i);
                loaded.add(unit == null ? new Loaded(Optional.empty(), List.of(entries.get(i).refused().get()), Map.of())
                        : unit.get());
            }
            Set<Path> read = new HashSet<>();
            for (FolderWalk branch : branches) {
                for (Path folder : branch.foldersRead()) {
                    if (!read.add(folder)) {
                        return Optional.empty();
                    }
                }
            }
            branches.forEach(walk::adopt);
            return Optional.of(loaded);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unexpected) {
                throw unexpected;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
