package io.netpoldojo.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sessions with a clock the test moves: timing, what counts, time running out, the report. */
class QuizSessionTest {
    private static Content content;
    private final ManualClock clock = ManualClock.morning();

    @BeforeAll
    static void load() {
        content = new ContentLoader().load(Path.of("content"));
    }

    private static Question card(String id) {
        return Question.of(content.card(id).orElseThrow(), content);
    }

    private QuizSession interview() {
        return new QuizSession(QuizMode.INTERVIEW, clock, new Grader(), Optional.of(Duration.ofMinutes(15)),
                OptionalInt.of(3), 1);
    }

    @Test
    void eachAnswerIsTimedFromTheMomentItsQuestionShows() {
        QuizSession s = interview();
        clock.advance(Duration.ofSeconds(5));
        s.show(card("basics-additive"));
        clock.advance(Duration.ofSeconds(42));
        SessionReport.Entry entry = s.submit(TestCards.right(card("basics-additive"))).recorded().orElseThrow();
        assertEquals(Duration.ofSeconds(42), entry.time());
        assertTrue(entry.correct());
        assertEquals(Optional.of(Duration.ofMinutes(15).minusSeconds(47)), s.timeLeft());
    }

    @Test
    void onlyTheFirstGradableAnswerCounts() {
        QuizSession s = new QuizSession(QuizMode.PRACTICE, clock, new Grader(), Optional.empty(), OptionalInt.empty(), 1);
        Question q = card("recipes-lock-down-mysql");
        s.show(q);
        QuizSession.Submission broken = s.submit(new Answer.PolicyYaml("spec: {"));
        assertEquals(Grade.Result.INVALID, broken.grade().result());
        assertTrue(broken.recorded().isEmpty(), "YAML that does not load is not an answer yet");
        assertFalse(s.currentAnswered());
        QuizSession.Submission wrong = s.submit(new Answer.PolicyYaml(((Card.PolicyTask) q.card().body()).starter()
                + "  policyTypes: [Ingress]\n"));
        assertEquals(Grade.Result.WRONG, wrong.grade().result());
        assertTrue(wrong.recorded().isPresent());
        QuizSession.Submission fixed = s.submit(new Answer.PolicyYaml(((Card.PolicyTask) q.card().body()).solution()));
        assertTrue(fixed.grade().correct(), "a re-check after feedback is graded");
        assertTrue(fixed.recorded().isEmpty(), "but the first try is the one that counts");
        assertEquals(1, s.entries().size());
        assertFalse(s.entries().get(0).correct());
    }

    @Test
    void whenTimeRunsOutTheQuestionOnScreenAndTheRestCountAsNotAnswered() {
        QuizSession s = interview();
        s.show(card("basics-additive"));
        s.submit(TestCards.right(card("basics-additive")));
        s.show(card("limits-no-http-paths"));
        clock.advance(Duration.ofMinutes(16));
        assertTrue(s.timeUp());
        assertEquals(Optional.of(Duration.ZERO), s.timeLeft());
        SessionReport report = s.finish(List.of(card("basics-flat-default")));
        assertTrue(report.timedOut());
        assertEquals(Duration.ofMinutes(15), report.used(), "never more than the limit");
        assertEquals(3, report.total());
        assertEquals(1, report.score());
        assertEquals(List.of(false, false), report.mistakes().stream().map(SessionReport.Entry::answered).toList());
        assertThrows(IllegalStateException.class, () -> s.show(card("basics-additive")));
    }

    @Test
    void theReportBreaksTheScoreDownByTopic() {
        QuizSession s = interview();
        s.show(card("basics-additive"));
        s.submit(TestCards.right(card("basics-additive")));
        s.show(card("basics-flat-default"));
        s.submit(TestCards.wrong(card("basics-flat-default")));
        s.show(card("peers-one-peer-predict"));
        s.submit(new Answer.YesNo(false));
        SessionReport report = s.finish(List.of());
        assertFalse(report.timedOut());
        assertEquals(Map.of("basics", new SessionReport.TopicScore(1, 2), "peers", new SessionReport.TopicScore(1, 1)),
                report.byTopic());
        assertEquals(List.of("basics-flat-default"), report.mistakes().stream().map(e -> e.question().id()).toList());
    }

    @Test
    void theNumberCountsTheQuestionOnScreen() {
        QuizSession s = interview();
        assertEquals(0, s.number());
        s.show(card("basics-additive"));
        assertEquals(1, s.number());
        s.submit(TestCards.right(card("basics-additive")));
        assertEquals(1, s.number());
        s.show(card("basics-flat-default"));
        assertEquals(2, s.number());
    }
}
