package io.netpoldojo.quiz;

/**
 * The points a practice or review answer earns, in three parts the feedback spells out:
 * <ul>
 *   <li>base: {@value #PER_LEVEL} per difficulty level, times the credit (so a multiple choice
 *   half right earns half the base);</li>
 *   <li>speed: {@value #SPEED_BONUS} for a right answer within the time a confident learner
 *   takes for that kind of card ({@link ExpectedTimes});</li>
 *   <li>streak: {@value #STREAK_BONUS} for each right answer already in the current run, up to
 *   {@value #STREAK_BONUS_CAP} of them, so a streak is worth keeping but never dwarfs the
 *   questions.</li>
 * </ul>
 * An interview earns no points: it has a score of its own.
 */
public record Points(int base, int speed, int streak) {
    public static final int PER_LEVEL = 10;
    public static final int SPEED_BONUS = 5;
    public static final int STREAK_BONUS = 2;
    public static final int STREAK_BONUS_CAP = 10;
    public static final Points NONE = new Points(0, 0, 0);

    public static Points of(Attempt a, int streakBefore) {
        if (!a.mode().immediateFeedback()) {
            return NONE;
        }
        int base = (int) Math.round(PER_LEVEL * a.difficulty() * a.outcome().credit());
        boolean right = a.correct();
        boolean quick = right && a.time().compareTo(ExpectedTimes.of(a.kind())) <= 0;
        return new Points(base, quick ? SPEED_BONUS : 0, right ? STREAK_BONUS * Math.min(streakBefore, STREAK_BONUS_CAP)
                : 0);
    }

    public int total() {
        return base + speed + streak;
    }

    /** The rule in one sentence, for the screens that show points. */
    public static String rule() {
        return "Points: " + PER_LEVEL + " per difficulty level (a share of it for a multiple choice partly right), +"
                + SPEED_BONUS + " for a right answer in the time a confident learner takes, +" + STREAK_BONUS
                + " for each right answer already in your streak (up to +" + STREAK_BONUS * STREAK_BONUS_CAP
                + "). Interviews score on their own.";
    }
}
