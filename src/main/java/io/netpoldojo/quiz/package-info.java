/**
 * The quiz's rules in plain Java: grading answers with the engine, points, the review decks (the schedule itself is in {@code schedule}),
 * practice, review and interview sessions with their reports, generated prediction questions,
 * and the learner's progress file.
 *
 * <p>Depends on {@code engine}, {@code content}, {@code manifest} and {@code userdata} (atomic
 * writes) only; no JavaFX, and it prints nothing. Time always comes from a {@link java.time.Clock}
 * passed in, so tests control it.
 */
package io.netpoldojo.quiz;
