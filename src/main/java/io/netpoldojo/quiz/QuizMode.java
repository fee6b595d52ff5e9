package io.netpoldojo.quiz;

/** How a session runs. */
public enum QuizMode {
    /** Cards from chosen topics and difficulty, feedback after each answer, points and a streak. */
    PRACTICE("Practice"),
    /** The cards the schedule says are due today, then new ones; feedback after each answer. */
    REVIEW("Review"),
    /** A timed set with no feedback until the end, then a report. */
    INTERVIEW("Interview");

    private final String title;

    QuizMode(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Whether the learner sees right or wrong after each answer (and so earns points and a streak). */
    public boolean immediateFeedback() {
        return this != INTERVIEW;
    }
}
