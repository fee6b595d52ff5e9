/**
 * The YAML editor that the Playground, the Quiz and Learn embed: a RichTextFX code area with line
 * numbers, syntax colours, problem markers and YAML-friendly keys. The tokenizer, the line edits and
 * the problem ranges are pure Java (no JavaFX), so they are tested without a screen; only the view
 * classes touch JavaFX. Depends on nothing else in the app: hosts turn their own diagnostics into
 * {@link io.netpoldojo.ui.editor.EditorProblem}s.
 */
package io.netpoldojo.ui.editor;
