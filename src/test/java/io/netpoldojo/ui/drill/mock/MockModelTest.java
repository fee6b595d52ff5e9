package io.netpoldojo.ui.drill.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.CardKind;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.quiz.ManualClock;
import io.netpoldojo.ui.ImmediateTaskRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mock interview without a window: what it asks, how it grades, what it keeps. */
class MockModelTest {
    private static Content content;
    private final ManualClock clock = ManualClock.morning();
    private final List<String> notices = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        content = new ContentLoader().load(Path.of("content"));
    }

    private MockModel model(long seed) {
        MockModel m = new MockModel(clock, new AtomicLong(seed)::getAndIncrement, new ImmediateTaskRunner(),
                new MockStore(dir.resolve(MockStore.FILE_NAME), clock), notices::add);
        m.setContent(content);
        return m;
    }

    @Test
    void everyDrawIsTwoExplanationsEachFollowedByAPredictionThenAPolicyWithAWhatIfAfterAPredictionAndThePolicy() {
        List<MockStep.Kind> afterTheFirst = List.of(MockStep.Kind.EXPLAIN, MockStep.Kind.FOLLOW_UP,
                MockStep.Kind.WHAT_IF, MockStep.Kind.EXPLAIN, MockStep.Kind.FOLLOW_UP, MockStep.Kind.TASK,
                MockStep.Kind.WHAT_IF);
        // When the first prediction's scenario has no change worth asking, the second one's is varied.
        List<MockStep.Kind> afterTheSecond = List.of(MockStep.Kind.EXPLAIN, MockStep.Kind.FOLLOW_UP,
                MockStep.Kind.EXPLAIN, MockStep.Kind.FOLLOW_UP, MockStep.Kind.WHAT_IF, MockStep.Kind.TASK,
                MockStep.Kind.WHAT_IF);
        int first = 0;
        for (long seed = 0; seed < 40; seed++) {
            List<MockStep> steps = MockPlan.draw(content, seed);
            List<MockStep.Kind> kinds = steps.stream().map(MockStep::kind).toList();
            assertTrue(kinds.equals(afterTheFirst) || kinds.equals(afterTheSecond), "seed " + seed + ": " + kinds);
            first += kinds.equals(afterTheFirst) ? 1 : 0;
            for (int i = 0; i < steps.size(); i++) {
                MockStep s = steps.get(i);
                if (s.kind() != MockStep.Kind.WHAT_IF) {
                    assertEquals(s.kind() == MockStep.Kind.FOLLOW_UP, s.card().kind() == CardKind.PREDICT, "seed " + seed);
                }
                if (s.kind() == MockStep.Kind.WHAT_IF) {
                    assertEquals(steps.get(i - 1).card(), s.card(), "a what-if changes the last question's scenario");
                    assertTrue(s.question().startsWith("Suppose "), s.question());
                }
            }
            assertEquals(CardKind.WRITE_POLICY, steps.get(5).card().kind());
            assertEquals(MockPlan.WHAT_IF_TASK, steps.get(6).lead().orElseThrow());
            assertFalse(steps.get(1).card().equals(kinds.equals(afterTheFirst) ? steps.get(4).card()
                    : steps.get(3).card()), "two different follow-ups");
        }
        assertTrue(first > 30, "mostly right after the first prediction: " + first + " of 40");
    }

    @Test
    void answeringEveryWhatIfTheSameWayDoesNotWin() {
        int denied = 0;
        int asked = 0;
        for (long seed = 0; seed < 100; seed++) {
            for (MockStep s : MockPlan.draw(content, seed)) {
                if (s.kind() == MockStep.Kind.WHAT_IF) {
                    asked++;
                    denied += s.whatIf().orElseThrow().answer() ? 0 : 1;
                }
            }
        }
        double share = (double) denied / asked;
        assertTrue(share > 0.35 && share < 0.65, "always \"denied\" would score " + share + " of " + asked);
    }

    @Test
    void aFollowUpPutsTheExplainedIdeaToTheTestWhenTheDeckHasOne() {
        Card dns = content.explainCard("explain-dns-broke").orElseThrow();
        List<Card> predictions = content.cards().stream().filter(c -> c.kind() == CardKind.PREDICT).toList();
        Card follow = MockPlan.followUp(dns, predictions, List.of(), c -> true).orElseThrow();
        assertTrue(follow.traps().stream().anyMatch(dns.traps()::contains), follow.id() + " shares a trap with the card");
    }

    @Test
    void everyQuestionOfEveryDrawIsGradedAndTheReportIsSavedAndReadBack() {
        for (long seed = 0; seed < 20; seed++) {
            MockModel m = model(seed);
            m.start();
            int n = 0;
            while (m.screenProperty().get() == MockModel.Screen.QUESTION) {
                MockStep s = m.stepProperty().get().orElseThrow();
                if (s.kind() == MockStep.Kind.FOLLOW_UP || s.kind() == MockStep.Kind.WHAT_IF) {
                    m.choiceProperty().set(Optional.of(n % 2 == 0));
                } else if (s.kind() == MockStep.Kind.EXPLAIN) {
                    m.textProperty().set(n % 2 == 0 ? "" : "1");
                }
                clock.advance(Duration.ofSeconds(30));
                m.next();
                n++;
            }
            MockReport report = m.reportProperty().get().orElseThrow();
            assertEquals(7, report.items().size(), "seed " + seed);
            assertTrue(report.items().stream().filter(i -> i.kind().equals("explain")).noneMatch(MockReport.Item::right),
                    "an empty answer or \"1\" earns nothing");
            assertTrue(report.items().stream().filter(i -> !i.kind().equals("explain"))
                    .allMatch(i -> !i.verdict().isEmpty()), "the engine said something on each");
        }
        assertEquals(List.of(), notices);
        MockStore.Loaded saved = new MockStore(dir.resolve(MockStore.FILE_NAME), clock).load();
        assertEquals(Optional.empty(), saved.notice());
        assertEquals(20, saved.reports().size());
        assertEquals(Optional.empty(), saved.notice());
    }

    @Test
    void theEngineJudgesAFollowUpAndAnUntouchedStarterIsNotAnAnswer() {
        MockModel m = model(3);
        m.start();
        m.textProperty().set("Egress is isolated by the default deny, so the DNS lookup is blocked.");
        m.next();
        Card predict = m.stepProperty().get().orElseThrow().card();
        boolean allowed = ((Card.Predict) predict.body()).ask() != null
                && content.scenario(((Card.Predict) predict.body()).scenario()).orElseThrow()
                        .evaluate(((Card.Predict) predict.body()).after(), ((Card.Predict) predict.body()).ask()).allowed();
        m.choiceProperty().set(Optional.of(allowed));
        m.next();
        // The what-if: answered wrongly on purpose; the engine's answer is on the changed cluster.
        MockStep whatIf = m.stepProperty().get().orElseThrow();
        assertEquals(MockStep.Kind.WHAT_IF, whatIf.kind());
        m.choiceProperty().set(Optional.of(!whatIf.whatIf().orElseThrow().answer()));
        m.next();
        m.endEarly();
        MockReport r = m.reportProperty().get().orElseThrow();
        assertTrue(r.items().get(1).right(), r.items().get(1).verdict());
        assertTrue(r.items().get(1).verdict().startsWith("Right."), r.items().get(1).verdict());
        MockReport.Item w = r.items().get(2);
        assertFalse(w.right());
        assertTrue(w.verdict().startsWith("Wrong. " + (whatIf.whatIf().get().answer() ? "Allowed" : "Denied")),
                w.verdict());
        assertTrue(w.verdict().contains(whatIf.whatIf().get().after().reason()), "the engine's reasons");
        assertTrue(r.practiseNext().contains(whatIf.whatIf().get().kind().trap().title()), r.practiseNext().toString());
        assertFalse(r.items().get(5).right());
        assertTrue(r.items().get(5).verdict().startsWith("Not answered."), r.items().get(5).verdict());
        assertFalse(r.practiseNext().isEmpty(), "what to practise next comes from what went wrong");
    }

    @Test
    void endingEarlySaysWhatIsGradedAndWhatIsLostBeforeItHappens() {
        MockModel m = model(5);
        m.start();
        assertEquals("End the interview now? This question (1) counts as not answered; questions 2 to 7 are not"
                + " asked and count as not answered. The report follows at once.", m.endEarlyWarning());
        m.textProperty().set("Without any policy every pod can reach every pod.");
        assertEquals("End the interview now? This question (1) is graded as it stands; questions 2 to 7 are not"
                + " asked and count as not answered. The report follows at once.", m.endEarlyWarning());
        m.next();
        assertEquals("End the interview now? Question 1 is graded as you answered it, and this one (2) counts as not"
                + " answered; questions 3 to 7 are not asked and count as not answered. The report follows at once.",
                m.endEarlyWarning());
        m.next();
        assertTrue(m.endEarlyWarning().startsWith("End the interview now? Questions 1 and 2 are graded as you answered"
                + " them, and this one (3) "), m.endEarlyWarning());
        for (int i = 0; i < 3; i++) {
            m.next();
        }
        m.textProperty().set("apiVersion: networking.k8s.io/v1");
        assertEquals("End the interview now? Questions 1 to 5 are graded as you answered them, and this one (6) is"
                + " graded as it stands; question 7 is not asked and counts as not answered. The report follows at"
                + " once.", m.endEarlyWarning());
        assertEquals(MockModel.Screen.QUESTION, m.screenProperty().get(), "asking ends nothing");
        m.endEarly();
        assertEquals("", m.endEarlyWarning());
        assertEquals(7, m.reportProperty().get().orElseThrow().items().size());
    }
}
