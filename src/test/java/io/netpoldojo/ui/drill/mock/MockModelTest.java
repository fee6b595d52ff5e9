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
    void everyDrawIsTwoExplanationsEachFollowedByAPredictionThenAPolicy() {
        for (long seed = 0; seed < 40; seed++) {
            List<MockStep> steps = MockPlan.draw(content, seed);
            assertEquals(List.of(MockStep.Kind.EXPLAIN, MockStep.Kind.FOLLOW_UP, MockStep.Kind.EXPLAIN,
                    MockStep.Kind.FOLLOW_UP, MockStep.Kind.TASK), steps.stream().map(MockStep::kind).toList(), "seed " + seed);
            assertEquals(CardKind.PREDICT, steps.get(1).card().kind());
            assertEquals(CardKind.WRITE_POLICY, steps.get(4).card().kind());
            assertFalse(steps.get(1).card().equals(steps.get(3).card()), "two different follow-ups");
        }
    }

    @Test
    void aFollowUpPutsTheExplainedIdeaToTheTestWhenTheDeckHasOne() {
        Card dns = content.explainCard("explain-dns-broke").orElseThrow();
        List<Card> predictions = content.cards().stream().filter(c -> c.kind() == CardKind.PREDICT).toList();
        Card follow = MockPlan.followUp(dns, predictions, List.of()).orElseThrow();
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
                if (s.kind() == MockStep.Kind.FOLLOW_UP) {
                    m.choiceProperty().set(Optional.of(n % 2 == 0));
                } else if (s.kind() == MockStep.Kind.EXPLAIN) {
                    m.textProperty().set(n % 2 == 0 ? "" : "1");
                }
                clock.advance(Duration.ofSeconds(30));
                m.next();
                n++;
            }
            MockReport report = m.reportProperty().get().orElseThrow();
            assertEquals(5, report.items().size(), "seed " + seed);
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
        m.endEarly();
        MockReport r = m.reportProperty().get().orElseThrow();
        assertTrue(r.items().get(1).right(), r.items().get(1).verdict());
        assertTrue(r.items().get(1).verdict().startsWith("Right."), r.items().get(1).verdict());
        assertFalse(r.items().get(4).right());
        assertTrue(r.items().get(4).verdict().startsWith("Not answered."), r.items().get(4).verdict());
        assertFalse(r.practiseNext().isEmpty(), "what to practise next comes from what went wrong");
    }
}
