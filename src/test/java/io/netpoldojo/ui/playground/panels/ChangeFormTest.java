package io.netpoldojo.ui.playground.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.engine.model.Port;
import io.netpoldojo.synthesis.Flow;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.manifest.ManifestLoader;
import io.netpoldojo.synthesis.PolicyEdits;
import io.netpoldojo.synthesis.PolicyEdits.Placement;
import io.netpoldojo.synthesis.ProposedChange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The change dialogs' form: the port checked as typed, the placement passed on, apply only when something changes. */
class ChangeFormTest {
    private final List<String> asked = new ArrayList<>();

    private final Cluster micro = new ManifestLoader().loadFiles(
            List.of(Path.of("src/test/resources/cli/microservices.yaml"))).cluster();

    private ProposedChange opening(Port p, Placement where) {
        asked.add(p + " " + where);
        return new PolicyEdits(micro).allow("default/frontend", "default/mysql", p, where);
    }

    @Test
    void aTypedPortThatIsNotOneIsSaidAndNothingCanBeApplied() {
        ChangeForm form = ChangeForm.onPortAndPlacement("Allow", "Allow", List.of("8080/TCP"), "8080/TCP",
                this::opening);
        assertTrue(form.canApplyProperty().get());
        assertEquals("", form.portProblemProperty().get());
        form.portTextProperty().set("80/HTTP");
        assertNull(form.changeProperty().get());
        assertFalse(form.canApplyProperty().get());
        assertEquals(ChangeForm.NOT_A_PORT, form.portProblemProperty().get());
        form.portTextProperty().set("53/UDP");
        assertTrue(form.canApplyProperty().get());
        form.placementProperty().set(Placement.ADD_TO_EXISTING);
        assertEquals(List.of("8080/TCP NEW_POLICY", "53/UDP NEW_POLICY", "53/UDP ADD_TO_EXISTING"), asked);
        assertEquals(new Flow("default/frontend", "default/mysql", Port.parse("53/UDP").orElseThrow()),
                form.changeProperty().get().opened().get(0));
        assertFalse(form.changeProperty().get().changes().get(0).isNew(), "the rule goes into mysql's policy");
    }

    @Test
    void aChangeThatChangesNothingCannotBeApplied() {
        ChangeForm form = ChangeForm.fixed("Isolate", "Isolate",
                new ProposedChange("isolate", List.of(), List.of("already isolated"), List.of(), List.of()));
        assertFalse(form.asksPort());
        assertFalse(form.canApplyProperty().get());
    }

    @Test
    void aChoiceOfWaysStartsOnTheFirstThatChangesSomethingAndTheButtonNamesTheWayChosen() {
        ProposedChange nothing = io.netpoldojo.synthesis.DenyAdvice.propose(micro, "default/frontend",
                "default/backend", Port.tcp(8080)); // both sides isolated: v1 has nothing to add
        ProposedChange admin = io.netpoldojo.synthesis.ClusterDenyAdvice.propose(micro, "default/frontend",
                "default/backend", Port.tcp(8080));
        ChangeForm form = ChangeForm.ways("Deny", List.of(new ChangeForm.Way("Isolate", "Isolate", nothing),
                new ChangeForm.Way("Cluster-wide", "Draft", admin)));
        assertEquals(1, form.wayProperty().get());
        assertEquals("Draft", form.applyTextProperty().get());
        assertEquals(admin, form.changeProperty().get());
        assertTrue(form.canApplyProperty().get());
        form.wayProperty().set(0);
        assertEquals("Isolate", form.applyTextProperty().get());
        assertEquals(nothing, form.changeProperty().get());
        assertFalse(form.canApplyProperty().get(), "nothing to change that way");
    }
}
