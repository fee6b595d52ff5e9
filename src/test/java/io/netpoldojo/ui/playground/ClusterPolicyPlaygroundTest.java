package io.netpoldojo.ui.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.ui.FxThread;
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

    private static String badge(FxRobot robot, String from, String to) {
        return ArrowStates.arrow(robot, "", from, to).badge();
    }

    private static boolean shown(FxRobot robot, String selector) {
        return FxThread.call(() -> robot.lookup(selector).tryQuery().map(n -> n.isVisible()
                && (n.getParent() == null || n.getParent().isVisible())).orElse(false));
    }

    /** The tooltip the canvas shows once the mouse rests on the middle of an arrow. */
    private static String tooltipOf(FxRobot robot, String from, String to) {
        robot.moveTo(ArrowStates.arrow(robot, "", from, to).middleOnScreen());
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> tooltipText(robot).contains(to));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no tooltip over " + from + " -> " + to + ": " + tooltipText(robot), e);
        }
        String text = tooltipText(robot);
        robot.moveBy(0, 300); // off the arrow, so the tooltip closes
        return text;
    }

    private static String tooltipText(FxRobot robot) {
        return FxThread.call(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.Tooltip && w.isShowing())
                .map(w -> ((javafx.scene.control.Tooltip) w).getText()).findFirst().orElse(""));
    }

    @Test
    void arrowsWearTheBadgeOfTheTierThatDecidedThemUntilThePoliciesGo(FxRobot robot) {
        assertEquals("", badge(robot, "default/frontend", "default/mysql"), "no ClusterNetworkPolicy yet");
        assertFalse(shown(robot, "#tier-legend"), "no legend while no arrow wears a badge");

        addClusterRecipe(robot, PROTECT);
        var denied = ArrowStates.arrow(robot, "", "default/frontend", "default/mysql");
        assertEquals("denied", denied.state());
        assertEquals("A", denied.badge(), "denied by the Admin tier's Deny");
        assertEquals("A", badge(robot, "default/backend", "default/mysql"), "accepted by the Admin tier's Accept");
        assertEquals("", badge(robot, "alb", "default/mysql"), "no rule of protect-mysql matches an outside address");
        assertEquals("", badge(robot, "default/frontend", "default/backend"), "mysql alone is the subject");
        assertTrue(denied.isPaintedAtItsBadgeIn(robot, denied.badgeColour()), "the badge is painted, in its colour");
        assertTrue(shown(robot, "#tier-legend") && shown(robot, "#tier-legend-admin"), "the legend says what A means");
        assertFalse(shown(robot, "#tier-legend-baseline"), "no arrow wears B");

        // The tooltip and "Why?" name the same policy in the same words.
        String tooltip = tooltipOf(robot, "default/frontend", "default/mysql");
        assertTrue(tooltip.contains("decided by ingress: Admin tier (protect-mysql)"), tooltip);
        robot.clickOn(denied.middleOnScreen());
        assertEquals("ingress: Admin tier (protect-mysql)",
                robot.lookup("#explanation .decided-ingress").queryAs(Label.class).getText());
        robot.clickOn("#explanation-close");

        // A namespace owner's NetworkPolicy decides backend's ingress; the Baseline deny decides the rest.
        PlaygroundTest.addRecipe(robot, "Apps", "Allow one app to another on one port");
        addClusterRecipe(robot, BASELINE);
        assertEquals("B", badge(robot, "default/backend", "default/redis"), "denied by the Baseline default deny");
        assertEquals("denied", state(robot, "default/backend", "default/redis"));
        assertEquals("", badge(robot, "default/frontend", "default/backend"), "allowed by the NetworkPolicy");
        assertEquals("", badge(robot, "default/mysql", "default/backend"), "denied by the NetworkPolicy's isolation");
        assertEquals("A", badge(robot, "default/frontend", "default/mysql"), "the Admin tier still decides first");
        var baselineArrow = ArrowStates.arrow(robot, "", "default/backend", "default/redis");
        assertTrue(baselineArrow.isPaintedAtItsBadgeIn(robot, baselineArrow.badgeColour()));
        assertTrue(shown(robot, "#tier-legend-admin") && shown(robot, "#tier-legend-baseline"));

        // Switched off, then deleted: the badges and the legend go with them.
        robot.clickOn("#policy-toggle-protect-mysql");
        assertEquals("B", badge(robot, "default/frontend", "default/mysql"), "now the Baseline deny decides it");
        for (String policy : List.of("protect-mysql", "baseline-default-deny")) {
            robot.clickOn("#policy-" + policy);
            robot.clickOn("#policy-delete");
        }
        assertEquals("", badge(robot, "default/frontend", "default/mysql"));
        assertEquals("", badge(robot, "default/backend", "default/redis"));
        assertTrue(ArrowStates.all(robot, "").stream().allMatch(a -> a.badge().isEmpty()), "no badge anywhere");
        assertFalse(shown(robot, "#tier-legend"));
    }
}
