/**
 * The explain drill inside the Quiz: pick an explain card, answer against its clock (typed, or
 * said aloud first and then typed), see which key points the grader found, with the sentence
 * behind each, which it missed and which myths it heard, then the model answer at three depths
 * and a self-rating that feeds the review schedule. {@link io.netpoldojo.ui.drill.DrillModel}
 * holds no nodes; grading lives in {@code io.netpoldojo.explain}. May depend on content, explain,
 * quiz and the shared ui packages, never on {@code ui.quiz} (the Quiz hooks the drill in).
 */
package io.netpoldojo.ui.drill;
