package io.netpoldojo.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.CardKind;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.content.DeckBalance;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Can the quiz be passed without reading? {@value #SESSIONS} seeded practice sessions of
 * {@value #QUESTIONS} questions over every topic, answered by strategies that never read the
 * question, each scored against what pure chance scores on the same questions. A strategy may
 * not beat chance by more than {@value #MARGIN_POINTS} percentage points, with the options shown
 * as the quiz shows them (shuffled) and in the order they are written (what a
 * {@code keepOrder} card, a printout or a reader of the files sees).
 *
 * <p>The margin: with {@value #SESSIONS} sessions the sampling error is a fraction of a point, so
 * what the margin allows for is the deck itself (a few dozen cards per kind cannot sit exactly on
 * chance). The deck before this test existed scored 93% with "always the first" on single-choice
 * cards as written, 62% with "always the longest", and 87% with "always false": see the README's
 * quiz section. Run against another content folder with {@code -Dblind.content=DIR}.
 */
class BlindStrategyTest {
    static final int SESSIONS = 1000;
    static final int QUESTIONS = 30;
    static final int MARGIN_POINTS = 10;
    private static Content content;

    @BeforeAll
    static void load() {
        content = new ContentLoader().load(Path.of(System.getProperty("blind.content", "content")));
        assertFalse(content.hasErrors(), () -> content.errors().toString());
    }

    /** A way of answering without reading, or empty for a question it has no rule for. */
    interface Strategy {
        Optional<Answer> answer(Question shown);
    }

    /** Always the first option shown (the first two on multiple choice); "true" and "yes". */
    static final Strategy FIRST = q -> {
        if (q.card().body() instanceof Card.Choice) {
            int picks = q.card().kind() == CardKind.MULTIPLE ? 2 : 1;
            return Optional.of(written(q, IntStream.range(0, picks).boxed().toList()));
        }
        return Optional.of(new Answer.YesNo(true));
    };

    /** Always the longest option shown (the two longest on multiple choice); no rule for yes/no. */
    static final Strategy LONGEST = q -> {
        if (!(q.card().body() instanceof Card.Choice)) {
            return Optional.empty();
        }
        List<Card.Option> shown = q.shownOptions();
        List<Integer> places = new ArrayList<>(IntStream.range(0, shown.size()).boxed().toList());
        // Longest first; among equals, the one shown first.
        places.sort(Comparator.comparingInt((Integer p) -> -DeckBalance.visibleLength(shown.get(p).text())));
        int picks = q.card().kind() == CardKind.MULTIPLE ? 2 : 1;
        return Optional.of(written(q, places.subList(0, picks)));
    };

    /** Always "false" on true/false cards and "no" on predictions. */
    static final Strategy FALSE = q -> q.card().body() instanceof Card.Choice ? Optional.empty()
            : Optional.of(new Answer.YesNo(false));

    private static Answer.Choices written(Question q, List<Integer> places) {
        return new Answer.Choices(new TreeSet<>(places.stream().map(q::writtenIndex).toList()));
    }

    /** Scores are kept apart per kind, so that a hint in one kind is not averaged away by the others. */
    enum Kind {
        SINGLE, MULTIPLE, TRUE_FALSE, PREDICTION;

        static Kind of(Card card) {
            return switch (card.kind()) {
                case SINGLE -> SINGLE;
                case MULTIPLE -> MULTIPLE;
                case TRUEFALSE -> TRUE_FALSE;
                default -> PREDICTION;
            };
        }
    }

    /** What a blind strategy scored, and what chance scores on the same questions. */
    record Score(int answered, double right, double chance) {
        Score plus(boolean correct, double chanceOfIt) {
            return new Score(answered + 1, right + (correct ? 1 : 0), chance + chanceOfIt);
        }

        double percent() {
            return 100 * right / answered;
        }

        double chancePercent() {
            return 100 * chance / answered;
        }

        @Override
        public String toString() {
            return String.format("%.1f%% right (chance %.1f%%) over %d answers", percent(), chancePercent(), answered);
        }
    }

    /**
     * Plays the sessions. {@code shuffled} false shows every card as written, as if each said
     * {@code keepOrder: true}.
     */
    static Map<Kind, Score> play(Strategy strategy, boolean shuffled) {
        Grader grader = new Grader();
        PracticeFilter all = new PracticeFilter(new TreeSet<>(Decks.topics(content)), Optional.empty(), false);
        Map<Kind, Score> scores = new EnumMap<>(Kind.class);
        for (long seed = 1; seed <= SESSIONS; seed++) {
            QuestionSource source = Decks.practice(content, Progress.EMPTY, all, LocalDate.of(2026, 1, 5), seed,
                    new PredictionGenerator());
            QuizSession session = new QuizSession(QuizMode.PRACTICE, java.time.Clock.systemUTC(), grader,
                    Optional.empty(), OptionalInt.empty(), seed);
            for (int n = 0; n < QUESTIONS; n++) {
                Optional<Question> next = source.next();
                if (next.isEmpty()) {
                    break;
                }
                Question shown = session.show(next.get());
                if (!shuffled) {
                    shown = new Question(shown.card(), shown.scenario(), shown.generated());
                }
                Optional<Answer> answer = strategy.answer(shown);
                if (answer.isEmpty() || Decks.isPolicyTask(shown.card())) {
                    session.skip();
                    continue;
                }
                boolean correct = session.submit(answer.get()).grade().correct();
                scores.merge(Kind.of(shown.card()), new Score(0, 0, 0).plus(correct, chanceOf(shown.card(), answer.get())),
                        (a, b) -> new Score(a.answered() + b.answered(), a.right() + b.right(), a.chance() + b.chance()));
            }
        }
        return scores;
    }

    /**
     * The chance that an answer of the same shape is right when the options carry no hint: one
     * of n for single choice, one of C(n, k) k-subsets for k picks on multiple choice, a half for
     * yes/no.
     */
    static double chanceOf(Card card, Answer answer) {
        if (card.body() instanceof Card.Choice c) {
            int k = ((Answer.Choices) answer).chosen().size();
            if (c.answer().size() != k) {
                return 0;
            }
            return 1.0 / binomial(c.options().size(), k);
        }
        return 0.5;
    }

    private static long binomial(int n, int k) {
        long r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return r;
    }

    private static List<String> offChance(String name, Map<Kind, Score> scores) {
        List<String> failures = new ArrayList<>();
        scores.forEach((kind, score) -> {
            String what = name + " on " + kind.name().toLowerCase().replace('_', '/') + ": " + score;
            System.out.println("blind strategy " + what);
            if (score.answered() < SESSIONS) {
                failures.add(what + ": too few answers to judge");
            } else if (score.percent() > score.chancePercent() + MARGIN_POINTS) {
                failures.add(what + ": beats chance by more than " + MARGIN_POINTS + " points");
            } else if (score.percent() < score.chancePercent() - MARGIN_POINTS) {
                failures.add(what + ": so far below chance that avoiding it is a strategy");
            }
        });
        if (scores.isEmpty()) {
            failures.add(name + " answered nothing");
        }
        return failures;
    }

    @Test
    void alwaysTheFirstOptionScoresAsChance() {
        List<String> failures = new ArrayList<>(offChance("always the first, shuffled", play(FIRST, true)));
        failures.addAll(offChance("always the first, as written", play(FIRST, false)));
        assertEquals(List.of(), failures);
    }

    @Test
    void alwaysTheLongestOptionScoresAsChance() {
        List<String> failures = new ArrayList<>(offChance("always the longest, shuffled", play(LONGEST, true)));
        failures.addAll(offChance("always the longest, as written", play(LONGEST, false)));
        assertEquals(List.of(), failures);
    }

    @Test
    void alwaysFalseScoresAsChance() {
        assertEquals(List.of(), offChance("always false (no)", play(FALSE, true)));
    }

    @Test
    void theStrategiesReallyScore() {
        // A strategy that reads (the right answer) must score 100%, so the harness grades what it thinks it grades.
        Strategy reader = q -> q.card().body() instanceof Card.Choice || q.card().body() instanceof Card.TrueFalse
                ? Optional.of(TestCards.right(q)) : Optional.empty();
        Map<Kind, Score> scores = play(reader, true);
        assertEquals(Set.of(Kind.SINGLE, Kind.MULTIPLE, Kind.TRUE_FALSE), scores.keySet());
        scores.values().forEach(s -> assertEquals(s.answered(), s.right(), 0.0, "a reader gets every answer right: " + s));
    }
}
