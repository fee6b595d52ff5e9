package io.netpoldojo.ui.playground;

import io.netpoldojo.ui.editor.YamlEditor;
import io.netpoldojo.ui.playground.panels.PolicyText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.testfx.api.FxRobot;

/** Puts the Playground into the states the screenshots show (and that tests may reuse). */
public final class PlaygroundScenes {
    private PlaygroundScenes() {}

    /** The microservices after default deny all and the four per-app policies of the recipe library. */
    public static void seedPolicies(FxRobot robot, PlaygroundPlace place) {
        List<String> docs = new ArrayList<>();
        docs.addAll(PolicyText.documents(read("content/recipes/03-default-deny-all.yaml")));
        docs.addAll(PolicyText.documents(read("content/recipes/09-microservices-set.yaml")));
        robot.interact(() -> {
            place.model().addPolicies("add the microservices policies", docs);
            place.model().selectedPolicyProperty().set(place.model().workspace().policies().get(2).key());
        });
    }

    /**
     * The microservices under the cluster-wide recipes: a Baseline default deny, a team's
     * NetworkPolicy letting frontend reach backend, and the Admin guard on mysql selected.
     */
    public static void clusterTiers(FxRobot robot, PlaygroundPlace place) {
        List<String> docs = new ArrayList<>();
        docs.addAll(PolicyText.documents(read("content/recipes/10-cluster-default-deny.yaml")));
        docs.addAll(PolicyText.documents(read("content/recipes/06-allow-app-on-port.yaml")));
        docs.addAll(PolicyText.documents(read("content/recipes/11-protect-database.yaml")));
        robot.interact(() -> {
            place.model().addPolicies("add the cluster-wide policies", docs);
            place.model().selectedPolicyProperty().set(place.model().workspace().policies().get(2).key());
        });
    }

    /** Selects an arrow so its explanation shows. */
    public static void explain(FxRobot robot, PlaygroundPlace place, String from, String to) {
        robot.interact(() -> place.model().selectedConnectionProperty().set(
                place.model().evaluation().connections().get(from, to)));
    }

    /** Types a port number out of range into the selected policy, as a person would. */
    public static void typeError(FxRobot robot, PlaygroundPlace place) {
        YamlEditor editor = robot.lookup("#policy-editor").queryAs(YamlEditor.class);
        int line = editor.getText().lines().toList().indexOf("      port: 8080") + 1;
        robot.interact(() -> {
            editor.moveCaretTo(line, 17);
            editor.requestFocus();
        });
        robot.write("0");
        robot.interact(() -> place.model().selectedConnectionProperty().set(Optional.empty()));
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
