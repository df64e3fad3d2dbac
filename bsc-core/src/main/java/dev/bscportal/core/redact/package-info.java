/**
 * Audience editions: {@link dev.bscportal.core.redact.Redaction} names the sections an edition may leave out and
 * {@link dev.bscportal.core.redact.Redactor} leaves them out of the model before anything is rendered. Leaving
 * people's names out: {@link dev.bscportal.core.redact.NameMatcher} finds a name as a whole word in any letter case
 * and spacing, {@link dev.bscportal.core.redact.ModelText} withholds it in every text field of the model,
 * {@link dev.bscportal.core.redact.NamedIds} refuses ids that hold one, and
 * {@link dev.bscportal.core.redact.PublishedText} scrubs what the edition's files show (rendered text of pages and
 * maps, JSON strings) as the last line.
 */
package dev.bscportal.core.redact;
