package io.netpoldojo.quiz;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The SM-2 spaced-repetition rule (SuperMemo 2, P. Wozniak, 1987), as Anki and most flash-card
 * apps build on it. Quality is 0 to 5: 5 perfect, 4 correct after a hesitation, 3 correct with
 * serious difficulty, 2 and below wrong.
 *
 * <ul>
 *   <li>Correct (q &ge; 3): the 1st review in a row waits 1 day, the 2nd 6 days, then each interval
 *   is the last one times the ease, rounded up.</li>
 *   <li>Wrong (q &lt; 3): the run starts again and the card is due again today, so it comes back in
 *   the same sitting (SM-2 repeats every item below 4 at the end of the day's session; we keep
 *   only the wrong ones, so a slow but right answer is not asked twice in a row).</li>
 *   <li>Every answer moves the ease: EF' = EF + (0.1 - (5-q) * (0.08 + (5-q) * 0.02)), at least
 *   1.3. A slow answer (q 3) lowers it by 0.14 and a wrong one (q 1) by 0.54, so such cards come
 *   back sooner from then on; a quick right answer (q 5) raises it by 0.1.</li>
 * </ul>
 */
public final class Sm2 {
    public static final double START_EASE = 2.5;
    public static final double MIN_EASE = 1.3;
    /** The quality we give a wrong answer: "incorrect response; the correct one remembered", since feedback follows. */
    public static final int WRONG_QUALITY = 1;

    private Sm2() {}

    /** The schedule after a review of {@code quality} today; {@code previous} is empty for a new card. */
    public static CardSchedule review(Optional<CardSchedule> previous, int quality, LocalDate today) {
        if (quality < 0 || quality > 5) {
            throw new IllegalArgumentException("SM-2 quality is 0 to 5: " + quality);
        }
        int repetitions = previous.map(CardSchedule::repetitions).orElse(0);
        double ease = previous.map(CardSchedule::ease).orElse(START_EASE);
        int interval = previous.map(CardSchedule::intervalDays).orElse(0);
        int lapses = previous.map(CardSchedule::lapses).orElse(0);
        double newEase = Math.max(MIN_EASE, ease + 0.1 - (5 - quality) * (0.08 + (5 - quality) * 0.02));
        if (quality < 3) {
            int newLapses = repetitions > 0 ? lapses + 1 : lapses;
            return new CardSchedule(0, newEase, 0, today, today, newLapses);
        }
        int newRepetitions = repetitions + 1;
        int newInterval;
        if (newRepetitions == 1) {
            newInterval = 1;
        } else if (newRepetitions == 2) {
            newInterval = 6;
        } else {
            // The original multiplies by the ease before this review's change.
            newInterval = (int) Math.ceil(Math.max(1, interval) * ease);
        }
        return new CardSchedule(newRepetitions, newEase, newInterval, today.plusDays(newInterval), today, lapses);
    }

    /**
     * The quality of an answer: wrong is {@value #WRONG_QUALITY}; right is 5 within the time the
     * card's kind usually takes, 4 within twice that, 3 beyond (a hesitation, then serious
     * difficulty, in SM-2's words).
     */
    public static int quality(boolean correct, Duration taken, Duration expected) {
        if (!correct) {
            return WRONG_QUALITY;
        }
        if (taken.compareTo(expected) <= 0) {
            return 5;
        }
        if (taken.compareTo(expected.multipliedBy(2)) <= 0) {
            return 4;
        }
        return 3;
    }
}
