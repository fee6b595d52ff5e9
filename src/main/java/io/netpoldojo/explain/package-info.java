/**
 * Grading an explanation the learner typed against a card's rubric, locally and explainably: the
 * answer is cut into sentences and words the same way as the content's patterns, and a key point
 * (or a misconception) counts only when one sentence states it, so every judgement comes with the
 * sentence that triggered it. No network, no model, no randomness: the same answer always gets
 * the same judgement.
 *
 * <p>Plain Java with no dependency on the rest of the app: the content layer builds a
 * {@link io.netpoldojo.explain.Rubric} from YAML, and the quiz, the CLI and the screens grade with
 * {@link io.netpoldojo.explain.ExplainGrader}.
 */
package io.netpoldojo.explain;
