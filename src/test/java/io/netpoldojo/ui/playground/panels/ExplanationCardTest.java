package io.netpoldojo.ui.playground.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.content.Scenario;
import io.netpoldojo.ui.FxThread;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.workspace.PolicyDrafts;
import io.netpoldojo.workspace.ScenarioFiles;
import io.netpoldojo.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The "why?" card of the selected arrow, in a column that scrolls itself (a quiz card's feedback). */
@ExtendWith(ApplicationExtension.class)
class ExplanationCardTest {
    private static PlaygroundModel model() {
        Scenario scenario = new ContentLoader().load(Path.of("content")).scenario("microservices").orElseThrow();
        Workspace ws = new ScenarioFiles().read(scenario.id() + ".yaml", scenario.yaml()).workspace().orElseThrow();
        return new PlaygroundModel(new PolicyDrafts(), ws);
    }

    @Test
    void growingWithContentTwiceKeepsTheCardWorkingWithNoScrollPane() {
        PlaygroundModel model = model();
        List<Object> seen = FxThread.call(() -> {
            ExplanationCard card = new ExplanationCard(model);
            card.growWithContent();
            card.growWithContent();
            model.selectedConnectionProperty().set(
                    model.evaluation().connections().get("default/frontend", "default/backend"));
            return List.of(card.isVisible(), card.lookupAll(".explanation-scroll").size(),
                    card.lookupAll(".explanation-sentence").size());
        });
        assertEquals(true, seen.get(0), "the card shows the selected arrow");
        assertEquals(0, seen.get(1), "no scroll pane of its own: " + seen);
        assertTrue((Integer) seen.get(2) > 0, "the engine's sentences are in the card: " + seen);
    }
}
