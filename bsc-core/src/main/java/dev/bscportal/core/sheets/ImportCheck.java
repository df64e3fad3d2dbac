package dev.bscportal.core.sheets;

import dev.bscportal.core.files.FileTrees;
import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.engine.StrategyChecker;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;

/**
 * The check an import passes before it writes: a copy of the strategy directory in a temporary folder gets the
 * changed files, and the strategy there must pass {@link StrategyChecker} without an error, or nothing is written.
 */
final class ImportCheck {

    private ImportCheck() {
    }

    /** The errors of the strategy with {@code contents} (absolute paths in {@code strategyDirectory}) written. */
    static List<Problem> errorsAfter(Path strategyDirectory, Map<Path, byte[]> contents) {
        Path copy = null;
        try {
            copy = Files.createTempDirectory("bsc-import-");
            Path root = strategyDirectory.toAbsolutePath().normalize();
            Path target = copy;
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(target.resolve(root.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isRegularFile()) {
                        Files.copy(file, target.resolve(root.relativize(file).toString()));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            for (Map.Entry<Path, byte[]> e : contents.entrySet()) {
                Path changed = copy.resolve(root.relativize(e.getKey().toAbsolutePath().normalize()).toString());
                Files.createDirectories(changed.getParent());
                Files.write(changed, e.getValue());
            }
            return new StrategyChecker(CheckOptions.DEFAULTS).check(copy).errors();
        } catch (IOException e) {
            return List.of(Problem.of(ProblemCode.IMPORT_NOT_WRITABLE, SourcePosition.file("strategy.yaml"),
                    "The strategy could not be checked with the imported values (" + e.getClass().getSimpleName() + ")."));
        } finally {
            FileTrees.deleteQuietly(copy);
        }
    }
}
