/**
 * Safe access to the files of a directory the build reads (the strategy, the template overrides): what a path
 * really is after links ({@link dev.bscportal.core.files.PathKind}), whether it stays inside its root, and
 * reading only regular files, by their real path, without following a link swapped in afterwards; deleting the
 * engine's own folders without following a link at any level ({@link dev.bscportal.core.files.FileTrees}); and the stamp of
 * the code a class was loaded from ({@link dev.bscportal.core.files.CodeStamp}), which fingerprints and page digests
 * include; writing a cache's or store's file whole ({@link dev.bscportal.core.files.WholeFiles}).
 */
package dev.bscportal.core.files;
