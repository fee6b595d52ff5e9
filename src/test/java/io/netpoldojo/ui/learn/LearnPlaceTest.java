package io.netpoldojo.ui.learn;

import io.netpoldojo.ui.playground.ArrowStates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.ui.TestWindows;
import io.netpoldojo.ui.WindowFixture;
import io.netpoldojo.ui.editor.YamlEditor;
import io.netpoldojo.ui.playground.NodeIds;
import io.netpoldojo.ui.playground.PlaygroundPlace;
import io.netpoldojo.ui.text.SpanFlow;
import io.netpoldojo.workspace.PlacedEndpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Learn place driven as a reader drives it: click, scroll, type, step a diagram, restart. */
class LearnPlaceTest extends WindowFixture {
    /** How many lessons the shipped content has: the progress line counts them all. */
    private static final int LESSONS = new io.netpoldojo.content.ContentLoader()
            .load(java.nio.file.Path.of("content")).lessons().size();

    private static String read(int n) {
        return n + " of " + LESSONS + " read";
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            openWithContent();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private LearnPlace place() {
        return (LearnPlace) context.places().find(LearnPlace.ID).orElseThrow();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static List<String> listed(FxRobot robot) {
        return robot.lookup("#learn-lessons").queryAs(ListView.class).getItems().stream()
                .map(e -> ((LearnModel.LessonEntry) e).lesson().id()).toList();
    }

    private static String arrowState(FxRobot robot, String diagram, String from, String to) {
        return ArrowStates.arrow(robot, diagram, from, to).state();
    }

    @Test
    void opensOnTheFirstLessonAndAnotherFromTheList(FxRobot robot) {
        open(robot);
        assertEquals("The problem: a flat network", text(robot, "#learn-lesson-title"));
        assertEquals(read(0), text(robot, "#learn-progress"));
        LearnScenes.openLesson(robot, "peers");
        assertEquals("Peers: pods, namespaces and IP blocks", text(robot, "#learn-lesson-title"));
        // The Markdown is rendered, not shown: bold words are bold runs, code is a read-only editor.
        assertTrue(robot.lookup("#learn-page .inline-bold").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.text.Text) n).getText().equals("peers")));
        YamlEditor code = robot.lookup("#learn-page .lesson-code-block").queryAs(YamlEditor.class);
        assertTrue(code.isReadOnly());
        assertTrue(code.getText().contains("namespaceSelector:"));
        assertEquals(Set.of("callout-trap", "callout-interview"), robot.lookup("#learn-page .callout").queryAll().stream()
                .flatMap(n -> n.getStyleClass().stream()).filter(c -> c.startsWith("callout-")).collect(Collectors.toSet()));
        assertTrue(robot.lookup("#learn-page .callout-kind").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("TRAP")), "a callout names its kind in words, not colour alone");
    }

    @Test
    void steppingADiagramChangesItsArrows(FxRobot robot) {
        open(robot);
        LearnScenes.openLesson(robot, "peers");
        String diagram = "#lesson-diagram-and-vs-or";
        LearnScenes.scrollTo(robot, diagram, 20);
        assertTrue(text(robot, diagram + " #diagram-step").startsWith("Before any policy"),
                "a lesson diagram starts before any policy");
        assertEquals("allowed", arrowState(robot, diagram, "bob/client", "prod/db"));
        robot.clickOn(diagram + " #diagram-forward");
        assertEquals("allowed", arrowState(robot, diagram, "alice/client", "prod/db"));
        assertEquals("denied", arrowState(robot, diagram, "bob/client", "prod/db"));
        assertEquals("denied", arrowState(robot, diagram, "prod/client", "prod/db"));
        robot.clickOn(diagram + " #diagram-forward");
        assertEquals("allowed", arrowState(robot, diagram, "prod/client", "prod/db"), "the OR version lets it in");
        assertEquals("denied", arrowState(robot, diagram, "bob/client", "prod/db"));
    }

    /** Whether the traffic dots along a diagram's open arrows move, over a quarter of a second. */
    private static boolean moving(FxRobot robot, DoubleSupplier flowPhase) {
        double[] before = new double[1];
        robot.interact(() -> before[0] = flowPhase.getAsDouble());
        WaitForAsyncUtils.sleep(250, TimeUnit.MILLISECONDS);
        double[] after = new double[1];
        robot.interact(() -> after[0] = flowPhase.getAsDouble());
        return after[0] != before[0];
    }

    @Test
    void diagramsRestWhileNobodyCanSeeThem(FxRobot robot) {
        open(robot);
        DoubleSupplier flow = ArrowStates.flowPhase(robot, "#lesson-diagram-microservices-open");
        assertTrue(moving(robot, flow), "traffic flows along the open arrows");
        robot.clickOn("#nav-playground");
        assertFalse(moving(robot, flow), "paused while the Learn place is hidden");
        robot.clickOn("#nav-learn");
        assertTrue(moving(robot, flow), "and flowing again when it is back");
        LearnScenes.openLesson(robot, "stateful-replies");
        assertFalse(moving(robot, flow), "a lesson's diagrams stop when another lesson replaces it");
    }

    /**
     * One notch of the wheel, down, over the middle of {@code node}, sent to the deepest node
     * there as the window would. (The headless robot's wheel is one pixel and points the other
     * way, so the event is made by hand.)
     */
    private static void wheelDown(FxRobot robot, Node node) {
        robot.interact(() -> {
            javafx.geometry.Bounds b = node.localToScene(node.getBoundsInLocal());
            double x = b.getCenterX();
            double y = b.getCenterY();
            Node target = deepest(node, x, y);
            javafx.geometry.Point2D screen = node.getScene().getRoot().localToScreen(x, y);
            javafx.event.Event.fireEvent(target, new ScrollEvent(ScrollEvent.SCROLL, x, y, screen.getX(), screen.getY(),
                    false, false, false, false, false, false, 0, -40, 0, -40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node deepest(Node node, double sceneX, double sceneY) {
        if (node instanceof javafx.scene.Parent p) {
            List<Node> children = p.getChildrenUnmodifiable();
            for (int i = children.size() - 1; i >= 0; i--) {
                Node child = children.get(i);
                if (child.isVisible() && !child.isMouseTransparent()
                        && child.contains(child.sceneToLocal(sceneX, sceneY))) {
                    return deepest(child, sceneX, sceneY);
                }
            }
        }
        return node;
    }

    @Test
    void theWheelReadsOnOverTextCodeAndDiagrams(FxRobot robot) {
        open(robot);
        LearnScenes.openLesson(robot, "peers");
        ScrollPane page = robot.lookup("#learn-scroller").queryAs(ScrollPane.class);
        for (String over : List.of("#lesson-section-0", "#learn-page .lesson-code-block", "#lesson-diagram-and-vs-or")) {
            LearnScenes.scrollTo(robot, over, 40);
            double before = page.getVvalue();
            wheelDown(robot, robot.lookup(over).query());
            assertTrue(page.getVvalue() > before, "the page scrolls with the mouse over " + over);
        }
        // And by keyboard, once the reader has clicked into the text.
        LearnScenes.scrollTo(robot, "#lesson-section-1", 40);
        robot.clickOn("#lesson-section-1");
        double before = page.getVvalue();
        robot.push(KeyCode.PAGE_DOWN);
        assertTrue(page.getVvalue() > before, "Page Down reads on");
    }

    @Test
    void openInPlaygroundPutsTheScenarioOnTheCanvas(FxRobot robot) {
        open(robot);
        LearnScenes.openLesson(robot, "peers");
        LearnScenes.scrollTo(robot, "#lesson-diagram-and-vs-or", 20);
        robot.clickOn("#lesson-diagram-and-vs-or #diagram-open-in-playground");
        assertTrue(robot.lookup("#place-playground").tryQuery().isPresent(), "the Playground is shown");
        assertTrue(robot.lookup("#place-learn").tryQuery().isEmpty());
        PlaygroundPlace playground = (PlaygroundPlace) context.places().find(PlaygroundPlace.ID).orElseThrow();
        assertEquals(Set.of("prod/db", "prod/client", "alice/client", "alice/web", "bob/client"),
                playground.model().workspace().endpoints().stream().map(PlacedEndpoint::id).collect(Collectors.toSet()));
        assertTrue(robot.lookup("#place-playground #" + NodeIds.endpoint("bob/client")).tryQuery().isPresent(),
                "bob's client is drawn on the Playground canvas");
    }

    @Test
    void aLinkOpensTheOtherLessonAndOffersTheWayBack(FxRobot robot) {
        open(robot);
        LearnScenes.scrollTo(robot, "#lesson-link-what-are-network-policies", 120);
        robot.clickOn("#lesson-link-what-are-network-policies");
        assertEquals("What NetworkPolicies are", text(robot, "#learn-lesson-title"));
        robot.clickOn("#learn-back-from-link");
        assertEquals("The problem: a flat network", text(robot, "#learn-lesson-title"));
        assertFalse(robot.lookup("#learn-back-from-link").query().isVisible());
    }

    @Test
    void aLinkToALessonThatDidNotLoadIsPlainWords(FxRobot robot) {
        Content withoutLimits = new Content(content.lessons().stream().filter(l -> !l.id().equals("limits")).toList(),
                content.cards(), content.scenarios(), content.demos(), content.recipes(), content.diagnostics());
        robot.interact(() -> window = TestWindows.open(home, ctx -> {
            context = ctx;
            ctx.content().set(withoutLimits);
        }));
        LearnScenes.openLesson(robot, "what-are-network-policies");
        assertTrue(robot.lookup("#lesson-link-limits").tryQuery().isEmpty(), "no link that leads nowhere");
        assertTrue(robot.lookup("#learn-page .lesson-text").queryAll().stream()
                .anyMatch(n -> ((SpanFlow) n).text().contains("(see the limits)")), "the words are still there");
    }

    @Test
    void searchNarrowsTheListAndSaysWhere(FxRobot robot) {
        open(robot);
        robot.clickOn("#learn-search").write("extra dash");
        assertEquals(List.of("peers"), listed(robot));
        assertEquals("1 lesson matches \u201cextra dash\u201d.", text(robot, "#learn-search-summary"));
        assertTrue(robot.lookup("#lesson-item-peers .lesson-cell-where").queryAs(Label.class).getText()
                .startsWith("In a trap"));
        robot.clickOn("#lesson-item-peers");
        assertEquals("Peers: pods, namespaces and IP blocks", text(robot, "#learn-lesson-title"));
        Node found = robot.lookup(".lesson-section-found").query();
        assertTrue(found.getStyleClass().contains("callout-trap"), "the page shows where the words are");
        assertTrue(found.localToScreen(found.getBoundsInLocal()).intersects(
                robot.lookup("#learn-scroller").query().localToScreen(robot.lookup("#learn-scroller").query().getBoundsInLocal())),
                "scrolled into view");

        robot.clickOn("#learn-search").push(KeyCode.ESCAPE);
        assertEquals(LESSONS, listed(robot).size(), "Esc clears the search");
        robot.write("no such words anywhere");
        assertEquals(List.of(), listed(robot));
        assertEquals("No lesson matches \u201cno such words anywhere\u201d.", text(robot, "#learn-search-summary"));
    }

    @Test
    void keysMoveBetweenLessonsAndFindTheSearch(FxRobot robot) {
        open(robot);
        robot.clickOn("#learn-lesson-title");
        robot.push(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN));
        assertEquals("What NetworkPolicies are", text(robot, "#learn-lesson-title"));
        assertEquals(read(1), text(robot, "#learn-progress"), "going on counts the lesson as read");
        robot.push(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN));
        assertEquals("The problem: a flat network", text(robot, "#learn-lesson-title"));
        robot.push(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        assertTrue(robot.lookup("#learn-search").queryAs(TextField.class).isFocused());

        robot.push(KeyCode.F1);
        Set<String> help = robot.lookup("#help-overlay .shortcut-description").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.toSet());
        assertTrue(help.containsAll(Set.of("Next lesson", "Previous lesson", "Search the lessons",
                "Mark the lesson as read (or not read)")), help.toString());
    }

    @Test
    void readingToTheEndCountsAndProgressSurvivesARestart(FxRobot robot) {
        open(robot);
        LearnScenes.scrollToEnd(robot);
        assertEquals(read(1), text(robot, "#learn-progress"), "reaching the end of the lesson");
        assertTrue(robot.lookup("#lesson-item-flat-network .lesson-status-read").tryQuery().isPresent());
        robot.clickOn("#learn-next");
        robot.clickOn("#learn-lesson-title");
        robot.push(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN));
        assertEquals(read(2), text(robot, "#learn-progress"));

        robot.interact(() -> window.stage().close());
        open(robot);
        assertEquals(read(2), text(robot, "#learn-progress"));
        assertEquals("What NetworkPolicies are", text(robot, "#learn-lesson-title"), "back where the reader left off");
        assertTrue(robot.lookup("#lesson-item-what-are-network-policies .lesson-status-read").tryQuery().isPresent());
        assertTrue(robot.lookup("#learn-read-badge").query().isVisible());
        robot.clickOn("#learn-lesson-title");
        robot.push(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN));
        assertEquals(read(1), text(robot, "#learn-progress"), "and a lesson can be marked not read again");
    }

    @Test
    void aDamagedProgressFileIsSetAsideWithAMessage(FxRobot robot) throws Exception {
        Files.writeString(home.resolve(ProgressStore.FILE_NAME), "read: [flat-network\n  oops: {");
        open(robot);
        assertTrue(robot.lookup("#learn-notice").query().isVisible());
        assertTrue(text(robot, "#learn-notice-text").startsWith("Your reading progress file ("
                + home.resolve(ProgressStore.FILE_NAME) + ") was damaged (not valid YAML at line 2) and has been set aside"
                + " as learn-progress.yaml.corrupt-"), text(robot, "#learn-notice-text"));
        assertEquals(read(0), text(robot, "#learn-progress"));
        assertEquals("The problem: a flat network", text(robot, "#learn-lesson-title"));
        try (var files = Files.list(home)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith(ProgressStore.FILE_NAME + ".corrupt-")));
        }
        robot.clickOn("#learn-notice-close");
        assertFalse(robot.lookup("#learn-notice").query().isVisible());
    }

    @Test
    void saysLoadingUntilTheLessonsArrive(FxRobot robot) {
        robot.interact(() -> window = TestWindows.open(home, ctx -> context = ctx));
        assertTrue(robot.lookup("#learn-loading").query().isVisible());
        assertEquals("Loading lessons\u2026", robot.lookup("#learn-loading .label").queryAs(Label.class).getText());
        robot.interact(() -> context.content().set(content));
        assertFalse(robot.lookup("#learn-loading").query().isVisible());
        assertEquals("The problem: a flat network", text(robot, "#learn-lesson-title"));
    }

    @Test
    void lessonsWithErrorsAreLeftOutAndTheRestShownWithTheReason(FxRobot robot) {
        Content broken = new ContentLoader().load(Path.of("src/test/resources/content/broken/lesson-errors"));
        robot.interact(() -> window = TestWindows.open(home, ctx -> {
            context = ctx;
            ctx.content().set(broken);
        }));
        assertEquals(broken.lessons().stream().map(l -> l.id()).toList(), listed(robot));
        assertFalse(listed(robot).isEmpty(), "the lessons that loaded are there to read");
        assertTrue(robot.lookup("#learn-problem").query().isVisible());
        assertTrue(text(robot, "#learn-problem-text").startsWith("Some lesson files have errors"),
                text(robot, "#learn-problem-text"));
    }
}
