/**
 * The mock interview: a short, timed session drawn from the deck (two explain cards, each followed
 * by a prediction on a scenario that the engine checks, then a write-the-policy task), with no
 * feedback until the end, then a report per question that is saved in the user's folder and can be
 * opened again. Grading is the explain grader's and the quiz grader's; nothing here judges on its
 * own. May depend on content, explain, quiz, workspace and the shared ui packages, never on
 * {@code ui.quiz}.
 */
package io.netpoldojo.ui.drill.mock;
