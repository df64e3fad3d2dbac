package dev.bscportal.core.history;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GitHeadTest {

    @TempDir
    Path repo;

    private String commit(Git git, String file) throws Exception {
        PersonIdent who = new PersonIdent("Office", "office@example.com", Instant.parse("2026-10-01T10:00:00Z"), ZoneOffset.UTC);
        Files.writeString(repo.resolve(file), file);
        git.add().addFilepattern(".").call();
        return git.commit().setMessage(file).setAuthor(who).setCommitter(who).setSign(false).call().getName();
    }

    private Path strategyDir() throws Exception {
        return Files.createDirectories(repo.resolve("src/strategy"));
    }

    @Test
    void outsideARepositoryThereIsNoHead() throws Exception {
        assertInstanceOf(GitHead.Answer.NotARepository.class, GitHead.read(strategyDir()));
    }

    @Test
    void aBranchWithoutCommitsHasAnEmptyHead() throws Exception {
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            assertEquals(new GitHead.Answer.Commit(""), GitHead.read(strategyDir()));
        }
    }

    @Test
    void aLooseBranchRefGivesTheSameCommitAsJGit() throws Exception {
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            commit(git, "a.txt");
            String second = commit(git, "b.txt");
            assertEquals(new GitHead.Answer.Commit(second), GitHead.read(strategyDir()));
            assertEquals(GitBaseline.headByJGit(strategyDir()).orElseThrow(), second);
        }
    }

    @Test
    void aPackedBranchRefIsFoundInPackedRefs() throws Exception {
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            String id = commit(git, "a.txt");
            git.packRefs().setAll(true).call();
            assertTrue(!Files.exists(repo.resolve(".git/refs/heads/main")), "the ref is packed");
            assertEquals(new GitHead.Answer.Commit(id), GitHead.read(strategyDir()));
        }
    }

    @Test
    void aDetachedHeadIsTheCommitItself() throws Exception {
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            String first = commit(git, "a.txt");
            commit(git, "b.txt");
            git.checkout().setName(first).call();
            assertEquals(new GitHead.Answer.Commit(first), GitHead.read(strategyDir()));
            assertEquals(first, GitHead.of(strategyDir()).orElseThrow());
        }
    }

    @Test
    void aLinkedWorktreeReadsItsOwnHeadAndTheSharedRefs() throws Exception {
        Path main = repo.resolve("main");
        Path linked = repo.resolve("linked");
        try (Git git = Git.init().setDirectory(main.toFile()).setInitialBranch("main").call()) {
            Files.writeString(main.resolve("a.txt"), "a");
            git.add().addFilepattern(".").call();
            String id = git.commit().setMessage("a").setSign(false).call().getName();
            Path admin = Files.createDirectories(main.resolve(".git/worktrees/linked"));
            Files.writeString(admin.resolve("HEAD"), "ref: refs/heads/main\n");
            Files.writeString(admin.resolve("commondir"), "../..\n");
            Files.createDirectories(linked.resolve("src/strategy"));
            Files.writeString(linked.resolve(".git"), "gitdir: " + admin + "\n");
            assertEquals(new GitHead.Answer.Commit(id), GitHead.read(linked.resolve("src/strategy")));
        }
    }

    @Test
    void anUnknownLayoutIsLeftToJGit() throws Exception {
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            String id = commit(git, "a.txt");
            Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/../../main\n");
            assertInstanceOf(GitHead.Answer.Unknown.class, GitHead.read(strategyDir()));
            Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
            assertEquals(id, GitHead.of(strategyDir()).orElseThrow());
        }
    }
}
