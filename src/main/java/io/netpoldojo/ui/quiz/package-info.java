/**
 * The Quiz place: a home screen with today's due cards and the three ways to sit a quiz
 * (practice, review, interview), one question at a time with its card kind's view, the end of
 * session report, and the history charts. Views are built from nodes bound to
 * {@link io.netpoldojo.ui.quiz.QuizModel} and {@link io.netpoldojo.ui.quiz.AnswerModel}, which
 * hold no nodes; every rule (grading, schedule, scoring) lives in {@code io.netpoldojo.quiz}.
 * May depend on the quiz, content, engine, workspace and the other ui packages.
 */
package io.netpoldojo.ui.quiz;
