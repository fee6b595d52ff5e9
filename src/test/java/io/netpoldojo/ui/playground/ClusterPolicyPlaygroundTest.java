package io.netpoldojo.ui.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * ClusterNetworkPolicies on the Playground, as a person meets them: a cluster-wide recipe from
 * the Add menu, arrows that change, the tier chip in the policy list, and "Why?" naming the tier
 * that decided each side.
 */
@ExtendWith(ApplicationExtension.class)
class ClusterPolicyPlaygroundTest {
    private static final String PROTECT = "Only backend may reach mysql, cluster-wide (Admin)";
    private static final String BASELINE = "Cluster-wide default deny ingress (Baseline)";
    @RegisterExtension
    final PlaygroundFixture app = PlaygroundFixture.onThePlayground();

    /** A cluster-wide recipe has no namespace to ask for: choosing it adds it. */
    private static void addClusterRecipe(FxRobot robot, String title) {
        robot.clickOn("#policy-add");
        PlaygroundTest.clickText(robot, title);
    }

    private static String state(FxRobot robot, String from, String to) {
        return ArrowStates.arrow(robot, "", from, to).state();
    }

    private static String explanationText(FxRobot robot) {
        return robot.lookup("#explanation .label").queryAllAs(Label.class).stream().map(Label::getText)
                .collect(Collectors.joining("\n"));
    }

    @Test
    void anAdminPolicyClosesTheArrowsItDeniesAndItsRowShowsTheTier(FxRobot robot) {
        addClusterRecipe(robot, PROTECT);
        assertEquals("denied", state(robot, "default/frontend", "default/mysql"));
        assertEquals("denied", state(robot, "default/redis", "default/mysql"));
        assertEquals("allowed", state(robot, "default/backend", "default/mysql"), "the Accept rule");
        assertEquals("allowed", state(robot, "alb", "default/mysql"), "namespaces peers match pods, not outside addresses");
        assertEquals("allowed", state(robot, "default/frontend", "default/backend"), "mysql alone is the subject");
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().endsWith("opened 0, closed 2"),
                robot.lookup("#status").queryAs(Label.class).getText());

        Node row = robot.lookup("#policy-protect-mysql").query();
        List<String> rowText = robot.from(row).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(rowText.contains("Admin tier"), rowText.toString());
        assertTrue(rowText.contains("cluster-wide \u00b7 priority 10"), rowText.toString());
        assertTrue(robot.from(row).lookup(".tier-chip.tier-admin").tryQuery().isPresent(), "coloured as the Admin tier");

        robot.clickOn("#policy-toggle-protect-mysql");
        assertEquals("allowed", state(robot, "default/frontend", "default/mysql"), "switched off, it opens again");
    }

    @Test
    void whyNamesTheAdminRuleThatDecidedAndSaysTheApiIsAlpha(FxRobot robot) {
        addClusterRecipe(robot, PROTECT);
        robot.clickOn(ArrowStates.arrow(robot, "", "default/frontend", "default/mysql").middleOnScreen());
        assertTrue(robot.lookup("#explanation").query().isVisible());
        Label ingress = robot.lookup("#explanation .decided-ingress").queryAs(Label.class);
        assertEquals("ingress: Admin tier (protect-mysql)", ingress.getText());
        assertTrue(ingress.getStyleClass().contains("tier-admin"));
        assertEquals("egress: nothing (default allow)",
                robot.lookup("#explanation .decided-egress").queryAs(Label.class).getText());
        String text = explanationText(robot);
        assertTrue(text.contains("Admin protect-mysql (priority 10) rule deny-everyone-else"), text);
        assertTrue(text.contains("were not consulted"), text);
        assertTrue(text.contains("alpha (policy.networking.k8s.io/v1alpha2"), text);
    }

    @Test
    void aNetworkPolicyDecidesBeforeTheBaselineTierButNotBeforeTheAdminTier(FxRobot robot) {
        addClusterRecipe(robot, BASELINE);
        assertEquals("denied", state(robot, "default/frontend", "default/backend"));
        robot.clickOn(ArrowStates.arrow(robot, "", "default/frontend", "default/backend").middleOnScreen());
        assertEquals("ingress: Baseline tier (baseline-default-deny)",
                robot.lookup("#explanation .decided-ingress").queryAs(Label.class).getText());
        robot.clickOn("#explanation-close");

        // A namespace owner's allow overrides the Baseline default...
        PlaygroundTest.addRecipe(robot, "Apps", "Allow one app to another on one port");
        assertEquals("allowed", state(robot, "default/frontend", "default/backend"));
        robot.clickOn(ArrowStates.arrow(robot, "", "default/frontend", "default/backend").middleOnScreen());
        assertEquals("ingress: NetworkPolicies",
                robot.lookup("#explanation .decided-ingress").queryAs(Label.class).getText());
        robot.clickOn("#explanation-close");

        // ...and cannot reopen what the Admin tier denies.
        addClusterRecipe(robot, PROTECT);
        assertEquals("denied", state(robot, "default/frontend", "default/mysql"));
        assertEquals("allowed", state(robot, "default/backend", "default/mysql"),
                "Admin Accept: the Baseline deny is never reached");
        assertFalse(robot.lookup("#policy-baseline-default-deny .tier-admin").tryQuery().isPresent());
        assertTrue(robot.lookup("#policy-baseline-default-deny .tier-baseline").tryQuery().isPresent());
    }

    @Test
    void denyingAnArrowCanDraftAnAdminPolicyThatANetworkPolicyCannotReopen(FxRobot robot) {
        robot.moveTo(ArrowStates.arrow(robot, "", "default/frontend", "default/backend").middleOnScreen());
        robot.press(javafx.scene.input.MouseButton.SECONDARY).release(javafx.scene.input.MouseButton.SECONDARY);
        PlaygroundTest.clickText(robot, "Deny this connection on 8080/TCP\u2026");
        assertEquals("Isolate and allow the rest", robot.lookup("#change-apply").queryButton().getText(),
                "the v1 way first");
        robot.clickOn("#change-way-1");
        assertEquals("Draft the Admin policy", robot.lookup("#change-apply").queryButton().getText());
        String said = robot.lookup("#change-preview").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "\n" + b);
        assertTrue(said.contains("is alpha") && said.contains("Calico"), said);
        assertTrue(said.contains("New ClusterNetworkPolicy deny-frontend-to-backend: cluster-wide, Admin tier"), said);
        String closed = robot.lookup("#change-closed").queryAs(Label.class).getText();
        assertTrue(closed.startsWith("Closes 1 connection:") && closed.contains("default/frontend \u2192"
                + " default/backend on 8080/TCP"), closed);
        robot.clickOn("#change-apply");

        assertEquals("denied", state(robot, "default/frontend", "default/backend"));
        assertEquals("allowed", state(robot, "default/mysql", "default/backend"), "only that arrow");
        assertTrue(robot.lookup("#policy-deny-frontend-to-backend .tier-admin").tryQuery().isPresent(),
                "the draft is in the list, in the Admin tier");
        robot.clickOn(ArrowStates.arrow(robot, "", "default/frontend", "default/backend").middleOnScreen());
        assertEquals("ingress: Admin tier (deny-frontend-to-backend)",
                robot.lookup("#explanation .decided-ingress").queryAs(Label.class).getText());
        robot.clickOn("#explanation-close");

        PlaygroundTest.addRecipe(robot, "Apps", "Allow one app to another on one port");
        assertEquals("denied", state(robot, "default/frontend", "default/backend"),
                "a NetworkPolicy allowing it does not reopen it");
    }
}
