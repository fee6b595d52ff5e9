package io.netpoldojo.ui.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.ui.editor.YamlEditor;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Building policies with the mouse, as a newcomer would: from an arrow's menu, a pod's menu, and the keys that must stay quiet. */
@ExtendWith(ApplicationExtension.class)
class BuildOnCanvasTest {
    @RegisterExtension
    final PlaygroundFixture app = PlaygroundFixture.onThePlayground();

    private static String arrowState(FxRobot robot, String from, String to) {
        return ArrowStates.arrow(robot, "", from, to).state();
    }

    private static boolean menuItemStartingWith(FxRobot robot, String start) {
        return robot.lookup((Node n) -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().startsWith(start)).tryQuery().isPresent();
    }

    private static void addRecipe(FxRobot robot, String title) {
        PlaygroundTest.addRecipe(robot, "", title);
    }

    private static String diffText(FxRobot robot, String policy) {
        VBox diff = robot.lookup("#change-diff-" + policy).queryAs(VBox.class);
        return diff.getChildren().stream().map(n -> ((Label) n).getText()).collect(Collectors.joining("\n"));
    }

    @Test
    void allowingAnArrowFromItsMenuTurnsItAllowedWithTheExpectedPolicy(FxRobot robot) {
        addRecipe(robot, "Default deny all ingress");
        assertEquals("denied", arrowState(robot, "default/frontend", "default/backend"));
        robot.moveTo(ArrowStates.arrow(robot, "", "default/frontend", "default/backend").middleOnScreen());
        robot.press(MouseButton.SECONDARY).release(MouseButton.SECONDARY);
        PlaygroundTest.clickText(robot, "Allow this connection on port\u2026 (8080/TCP is denied)");
        String diff = diffText(robot, "allow-frontend-to-backend");
        assertTrue(diff.contains("+   podSelector:\n+     matchLabels:\n+       app: backend"), diff);
        String opened = robot.lookup("#change-opened").queryAs(Label.class).getText();
        assertEquals("Opens 1 connection:\n  default/frontend \u2192 default/backend on 8080/TCP", opened);
        robot.clickOn("#change-apply");
        assertEquals("allowed", arrowState(robot, "default/frontend", "default/backend"));
        assertEquals("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: allow-frontend-to-backend
                  namespace: default
                spec:
                  podSelector:
                    matchLabels:
                      app: backend
                  policyTypes:
                  - Ingress
                  ingress:
                  - from:
                    - podSelector:
                        matchLabels:
                          app: frontend
                    ports:
                    - protocol: TCP
                      port: 8080
                """, robot.lookup("#policy-editor").queryAs(YamlEditor.class).getText(),
                "the new policy is selected in the editor");
        assertEquals("denied", arrowState(robot, "default/backend", "default/frontend"), "only that arrow opened");
        robot.clickOn("#canvas").push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        assertEquals("denied", arrowState(robot, "default/frontend", "default/backend"), "one undo takes it back");
    }

    @Test
    void onTheOpenStarterLettingOnlyFrontendReachBackendIsOneMenuAway(FxRobot robot) {
        assertEquals("allowed", arrowState(robot, "default/mysql", "default/backend"));
        robot.moveTo(ArrowStates.arrow(robot, "", "default/frontend", "default/backend").middleOnScreen());
        robot.press(MouseButton.SECONDARY).release(MouseButton.SECONDARY);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(menuItemStartingWith(robot, "Deny this connection on 8080/TCP"), "the arrow's menu is open");
        assertFalse(menuItemStartingWith(robot, "Allow this connection"),
                "an arrow that is already allowed offers no Allow that would do nothing");
        PlaygroundTest.clickText(robot, "Let only frontend reach backend on port\u2026");
        assertEquals("8080/TCP", robot.lookup("#allow-port").queryComboBox().getEditor().getText());
        String closed = robot.lookup("#change-closed").queryAs(Label.class).getText();
        assertTrue(closed.contains("\n  default/mysql \u2192 default/backend on 8080/TCP"), closed);
        robot.clickOn("#change-apply");
        assertEquals("allowed", arrowState(robot, "default/frontend", "default/backend"));
        assertEquals("denied", arrowState(robot, "default/mysql", "default/backend"));
        assertEquals("denied", arrowState(robot, "alb", "default/backend"));
        assertEquals("allowed", arrowState(robot, "default/backend", "default/mysql"), "backend's egress is untouched");
    }

    @Test
    void anInvalidPortKeepsAllowDisabled(FxRobot robot) {
        addRecipe(robot, "Default deny all ingress");
        robot.moveTo(ArrowStates.arrow(robot, "", "default/frontend", "default/backend").middleOnScreen());
        robot.press(MouseButton.SECONDARY).release(MouseButton.SECONDARY);
        PlaygroundTest.clickText(robot, "Allow this connection on port\u2026 (8080/TCP is denied)");
        robot.doubleClickOn("#allow-port").push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        robot.write("80/HTTP");
        assertTrue(robot.lookup("#change-apply").queryButton().isDisabled());
        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN)).write("9090");
        assertFalse(robot.lookup("#change-apply").queryButton().isDisabled());
        assertTrue(robot.lookup("#change-opened").queryAs(Label.class).getText().contains("on 9090/TCP"));
        robot.clickOn("Cancel");
        assertEquals("denied", arrowState(robot, "default/frontend", "default/backend"), "cancel changes nothing");
    }

    @Test
    void shiftDraggingFromOneCardToAnotherAsksToAllowThatConnection(FxRobot robot) {
        addRecipe(robot, "Default deny all ingress");
        var before = app.place().model().workspace().endpoint("default/frontend").orElseThrow().at();
        robot.press(KeyCode.SHIFT).drag("#endpoint-default-frontend").dropTo("#endpoint-default-mysql")
                .release(KeyCode.SHIFT);
        assertEquals("3306/TCP", robot.lookup("#allow-port").queryComboBox().getEditor().getText(),
                "the port mysql listens on");
        robot.clickOn("#change-apply");
        assertEquals("allowed", arrowState(robot, "default/frontend", "default/mysql"));
        assertEquals(before, app.place().model().workspace().endpoint("default/frontend").orElseThrow().at(),
                "drawing a connection does not move the card");
    }

    @Test
    void onTheOpenStarterShiftDraggingOffersToLetOnlyThatSourceIn(FxRobot robot) {
        robot.press(KeyCode.SHIFT).drag("#endpoint-default-frontend").dropTo("#endpoint-default-backend")
                .release(KeyCode.SHIFT);
        assertEquals("Allow only this", robot.lookup("#change-apply").queryButton().getText(),
                "not an Allow with nothing to change: every arrow starts allowed");
        assertFalse(robot.lookup("#change-apply").queryButton().isDisabled());
        robot.clickOn("#change-apply");
        assertEquals("allowed", arrowState(robot, "default/frontend", "default/backend"));
        assertEquals("denied", arrowState(robot, "default/mysql", "default/backend"));
    }

    @Test
    void isolatingAPodFromItsMenuClosesWhatComesIn(FxRobot robot) {
        assertEquals("allowed", arrowState(robot, "default/frontend", "default/backend"));
        robot.rightClickOn("#endpoint-default-backend");
        PlaygroundTest.clickText(robot, "Isolate this pod");
        PlaygroundTest.clickText(robot, "For ingress (deny what comes in)");
        assertTrue(diffText(robot, "backend-default-deny-ingress").contains("+   - Ingress"));
        robot.clickOn("#change-apply");
        assertEquals("denied", arrowState(robot, "default/frontend", "default/backend"));
        assertEquals("denied", arrowState(robot, "default/mysql", "default/backend"));
        assertEquals("allowed", arrowState(robot, "default/backend", "default/mysql"), "egress stays open");
    }

    @Test
    void drawingTheIntentOnTheMicroservicesWritesPoliciesWhoseMatrixIsTheIntent(FxRobot robot) {
        PlaygroundScenes.seedPolicies(robot, app.place());
        assertEquals("denied", arrowState(robot, "default/frontend", "default/mysql"));
        robot.clickOn("#intent-toggle");
        assertTrue(ArrowStates.arrow(robot, "", "default/frontend", "default/backend").marks().contains("intent-allow"),
                "the drawing starts from what the policies allow");
        robot.clickOn(ArrowStates.arrow(robot, "", "default/frontend", "default/mysql").middleOnScreen());
        assertTrue(ArrowStates.arrow(robot, "", "default/frontend", "default/mysql").marks().contains("intent-allow"));
        robot.clickOn(ArrowStates.arrow(robot, "", "default/backend", "default/redis").middleOnScreen());
        assertTrue(ArrowStates.arrow(robot, "", "default/backend", "default/redis").marks().contains("intent-deny"));
        var intent = app.place().model().intent().intentProperty().get();
        robot.clickOn("#intent-generate");
        String proof = robot.lookup("#intent-proof").queryAs(Label.class).getText();
        assertTrue(proof.startsWith("Checked: the engine's matrix for these policies") && proof.endsWith(
                "equals the intent."), proof);
        robot.clickOn("#intent-apply");
        assertFalse(app.place().model().intent().activeProperty().get(), "applying leaves the drawing mode");
        int arrows = 0;
        for (var c : app.place().model().evaluation().connections().all()) {
            for (var p : c.allowedPorts()) {
                assertTrue(intent.allows(c.fromId(), c.toId(), p), c.fromId() + " -> " + c.toId() + " " + p);
            }
            for (var p : c.deniedPorts()) {
                assertFalse(intent.allows(c.fromId(), c.toId(), p), c.fromId() + " -> " + c.toId() + " " + p);
            }
            arrows++;
        }
        assertEquals(20, arrows);
        assertEquals("allowed", arrowState(robot, "default/frontend", "default/mysql"));
        assertEquals("denied", arrowState(robot, "default/backend", "default/redis"));
        assertTrue(ArrowStates.arrow(robot, "", "default/frontend", "default/mysql").marks().isEmpty());
        robot.clickOn("#canvas").push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        assertEquals("denied", arrowState(robot, "default/frontend", "default/mysql"), "one undo brings the old policies back");
    }

    @Test
    void aRecipeAsksForItsValuesChecksThemAsTypedAndNamesItsNamespace(FxRobot robot) {
        robot.clickOn("#policy-add");
        PlaygroundTest.clickText(robot, "Allow traffic from one namespace");
        assertEquals("default", robot.lookup("#recipe-namespace").queryComboBox().getEditor().getText());
        assertEquals("monitoring", robot.lookup("#recipe-ingress-0-from-0-namespace").queryComboBox().getEditor()
                .getText(), "the recipe's own value, to be changed");
        robot.clickOn("#recipe-ingress-0-from-0-namespace").push(new KeyCodeCombination(KeyCode.A,
                KeyCombination.SHORTCUT_DOWN)).write("Kube_System");
        assertTrue(robot.lookup("#recipe-add").queryButton().isDisabled());
        String problem = robot.lookup("#recipe-ingress-0-from-0-namespace-problem").queryAs(Label.class).getText();
        assertTrue(problem.contains("RFC 1123"), problem);
        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN)).write("kube-system");
        robot.clickOn("#recipe-name").push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN))
                .write("allow-from-kube-system");
        assertFalse(robot.lookup("#recipe-add").queryButton().isDisabled());
        robot.clickOn("#recipe-add");
        String yaml = robot.lookup("#policy-editor").queryAs(YamlEditor.class).getText();
        assertTrue(yaml.contains("  name: allow-from-kube-system\n  namespace: default\n"), yaml);
        assertTrue(yaml.contains("kubernetes.io/metadata.name: kube-system"), yaml);
        assertEquals("denied", arrowState(robot, "default/frontend", "default/backend"),
                "it selects every pod in default, so only kube-system gets in");
        robot.clickOn("#policy-add");
        PlaygroundTest.clickText(robot, "Allow traffic from one namespace");
        robot.clickOn("#recipe-name").push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN))
                .write("allow-from-kube-system");
        assertTrue(robot.lookup("#recipe-add").queryButton().isDisabled(), "a second policy of that name is refused");
        robot.clickOn("Cancel");
    }

    @Test
    void bracketsTypedInTheEditorAreTextNotSteps(FxRobot robot) {
        addRecipe(robot, "Default deny all ingress");
        addRecipe(robot, "Allow one app to another on one port");
        robot.clickOn("#step-back");
        String step = robot.lookup("#step-label").queryAs(Label.class).getText();
        assertEquals("1 of 2 applied", step);
        YamlEditor editor = robot.lookup("#policy-editor").queryAs(YamlEditor.class);
        robot.interact(() -> {
            editor.moveCaretTo(1, 1);
            editor.requestFocus();
        });
        robot.interact(() -> app.place().model().selectedEndpointProperty().set("default/redis"));
        robot.write("[]").type(KeyCode.DELETE);
        assertEquals(step, robot.lookup("#step-label").queryAs(Label.class).getText(), "typing [ or ] steps nothing");
        assertTrue(app.place().model().workspace().endpoint("default/redis").isPresent(),
                "Delete in the editor deletes text, not the selected pod");
        assertTrue(editor.getText().startsWith("[]"), editor.getText());
        Node canvas = robot.lookup("#canvas").query();
        robot.clickOn(canvas).type(KeyCode.CLOSE_BRACKET);
        assertEquals("all 2 applied", robot.lookup("#step-label").queryAs(Label.class).getText(),
                "on the canvas ] still steps");
    }
}
