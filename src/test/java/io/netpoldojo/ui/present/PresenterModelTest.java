package io.netpoldojo.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.content.Demo;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.workspace.PolicyDrafts;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the teacher's own screen says, over the real microservices demo, with a clock the test turns. */
class PresenterModelTest {
    private static Content content;
    private final AtomicLong now = new AtomicLong(5_000_000_000L);

    @BeforeAll
    static void load() {
        content = new ContentLoader().load(Path.of("content"));
    }

    private PresenterModel start() {
        PolicyDrafts drafts = new PolicyDrafts();
        Demo demo = content.demo("microservices").orElseThrow();
        Script script = Script.ofDemo(demo, content.scenario(demo.scenario()).orElseThrow(), drafts);
        return new PresenterModel(new Presentation(script, new PlaygroundModel(drafts, script.workspaceAt(0))), now::get);
    }

    @Test
    void theTeacherSeesTheAnswerBeforeTheClassAndWhatComesNext() {
        PresenterModel m = start();
        Demo demo = content.demo("microservices").orElseThrow();
        m.forward(); // reveal step 1's question
        m.forward(); // step 2: default deny, asking about the ALB
        assertEquals("Step 2 of 8", m.positionProperty().get());
        assertEquals("Default deny all", m.stepTitleProperty().get());
        assertEquals(demo.steps().get(1).narration(), m.notesProperty().get());
        assertTrue(m.askingProperty().get());
        assertEquals("THE CLASS IS PREDICTING \u00b7 not revealed yet", m.questionStateProperty().get());
        assertEquals("\u2715 No: denied", m.answerProperty().get(), "before the stage shows it");
        assertTrue(m.becauseProperty().get().contains("default-deny-all"), m.becauseProperty().get());
        assertEquals("Reveal the answer \u25b6", m.forwardTextProperty().get());
        assertEquals("Let the ALB in", m.nextProperty().get());
        assertEquals("Asks: " + demo.steps().get(2).question().orElseThrow().text(), m.nextAsksProperty().get());
        assertFalse(m.presentation().revealedProperty().get());

        m.forward();
        assertEquals("REVEALED ON THE STAGE", m.questionStateProperty().get());
        assertEquals("Next step \u25b6", m.forwardTextProperty().get());
        m.back();
        assertEquals("Reveal the answer \u25b6", m.forwardTextProperty().get(), "the clicker's back hides it again");
    }

    @Test
    void theTimerCountsTheWholeTalkAndTheStep() {
        PresenterModel m = start();
        now.addAndGet(65_000_000_000L);
        m.tick();
        assertEquals("1:05", m.clockProperty().get());
        assertEquals("1:05", m.stepClockProperty().get());
        m.forward();
        m.forward();
        now.addAndGet(9_000_000_000L);
        m.tick();
        assertEquals("1:14", m.clockProperty().get());
        assertEquals("0:09", m.stepClockProperty().get(), "the step's own time starts when it shows");
        m.restartClock();
        assertEquals("0:00", m.clockProperty().get());
    }

    @Test
    void theLastStepSaysItIsTheEnd() {
        PresenterModel m = start();
        m.presentation().last();
        m.forward();
        assertEquals("The end of the demo", m.nextProperty().get());
        assertEquals("The end", m.forwardTextProperty().get());
        assertFalse(m.canGoForwardProperty().get());
    }

    @Test
    void notesOnTheStageAreTheStagesOwnSwitch() {
        PresenterModel m = start();
        assertFalse(m.notesOnStageProperty().get(), "off unless the teacher asks");
        m.notesOnStageProperty().set(true);
        assertTrue(m.presentation().narrationShownProperty().get());
    }
}
