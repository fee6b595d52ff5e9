/**
 * The review schedule: FSRS-6's model of memory (stability, difficulty, retrievability) with its
 * published default parameters, turned into due dates at the learner's desired retention, and
 * the migration of schedules written by the earlier SM-2 scheduler.
 *
 * <p>Pure functions of numbers and dates: no content, no files, no clock (the day is passed in).
 * The rest of the quiz reaches it through {@link io.netpoldojo.quiz.schedule.Scheduler#review},
 * whose {@link io.netpoldojo.quiz.schedule.Rating} a grader derives from a graded answer or a
 * learner gives for a self-rated card.
 */
package io.netpoldojo.quiz.schedule;
