/**
 * Memos that outlive one build: a value computed from inputs is kept under a key that holds every one of those inputs
 * (compared by value, never by identity or a hash alone), so a later build with equal inputs takes it instead of
 * computing it again. {@link dev.bscportal.core.memo.Generations} bounds each memo to what the last build used. The
 * preview ({@code bsc:serve}) keeps its memos between rebuilds; a build keeps them for its editions. Depends on
 * nothing else of the engine.
 */
package dev.bscportal.core.memo;
