package io.netpoldojo.ui.present;

import io.netpoldojo.ui.WindowFixture;
import io.netpoldojo.ui.playground.ArrowStates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Demo;
import io.netpoldojo.content.Scenario;
import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.ui.AppContext;
import io.netpoldojo.ui.MainWindow;
import io.netpoldojo.ui.TestWindows;
import io.netpoldojo.ui.Themes;
import io.netpoldojo.ui.playground.NodeIds;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.ui.playground.PlaygroundPlace;
import io.netpoldojo.ui.playground.PlaygroundScenes;
import io.netpoldojo.workspace.PolicyDraft;
import io.netpoldojo.workspace.Connection;
import io.netpoldojo.workspace.ConnectionMap;
import io.netpoldojo.workspace.PortFilter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Present mode driven as a teacher drives it: the list, a clicker's keys, the canvas at every step. */
class PresentModeTest extends WindowFixture {
    private PresentPlace place;

    @Start
    void start(Stage stage) {
        openWithContent();
        place = (PresentPlace) context.places().find(PresentPlace.ID).orElseThrow();
    }

    private void startDemo(FxRobot robot, String id) {
        PresentWaits.startDemo(robot, id);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup("#" + id).tryQuery().map(n -> n.isVisible() && n.getParent().isVisible()).orElse(false);
    }

    /** Each arrow on the canvas as "from->to=allowed|denied|partly". */
    private static Map<String, String> arrowsOnCanvas(FxRobot robot) {
        Map<String, String> out = new TreeMap<>();
        for (ArrowStates.Drawn arrow : ArrowStates.all(robot, "#present-stage")) {
            out.put(arrow.key(), arrow.state());
        }
        return out;
    }

    /** The same, as the engine computes it for the scenario with these policies. */
    private static Map<String, String> arrowsOfEngine(Cluster cluster) {
        Map<String, String> out = new TreeMap<>();
        for (Connection c : ConnectionMap.compute(new Engine(cluster), PortFilter.OWN_PORTS).all()) {
            out.put(c.key(), c.state() == Connection.State.ALLOWED ? "allowed"
                    : c.state() == Connection.State.DENIED ? "denied" : "partly");
        }
        return out;
    }

    private static boolean hasClass(FxRobot robot, String id, String styleClass) {
        return robot.lookup("#" + id).query().getStyleClass().contains(styleClass);
    }

    @Test
    void theListShowsEachDemoAndThePlayground(FxRobot robot) {
        PresentWaits.openPresent(robot);
        for (Demo d : content.demos()) {
            VBox card = robot.lookup("#present-entry-" + d.id()).queryAs(VBox.class);
            List<String> texts = card.getChildren().stream().filter(n -> n instanceof Label)
                    .map(n -> ((Label) n).getText()).toList();
            long questions = d.steps().stream().filter(s -> s.question().isPresent()).count();
            assertEquals(List.of(d.title(), d.description(), d.steps().size() + " steps \u00b7 " + questions
                    + " questions for the class"), texts);
        }
        assertTrue(shown(robot, "present-entry-playground"));
        assertFalse(window.stage().isFullScreen());
    }

    @Test
    void aDemoPlaysForwardAndBackWithAClickersKeysAndTheCanvasFollowsTheScript(FxRobot robot) {
        Demo demo = content.demo("microservices").orElseThrow();
        Scenario scenario = content.scenario("microservices").orElseThrow();
        startDemo(robot, "microservices");
        assertTrue(window.stage().isFullScreen(), "the window becomes a stage");
        assertFalse(robot.lookup("#nav-rail").query().isVisible());
        assertFalse(robot.lookup("#menu-bar").query().isVisible());

        KeyCode[] forward = {KeyCode.RIGHT, KeyCode.SPACE, KeyCode.PAGE_DOWN};
        int presses = 0;
        for (int i = 0; i < demo.steps().size(); i++) {
            Demo.DemoStep step = demo.steps().get(i);
            Cluster policies = demo.clusterAfterStep(scenario, i);
            assertEquals(step.title(), text(robot, "present-step-title"));
            assertEquals(arrowsOfEngine(policies), arrowsOnCanvas(robot), "arrows at step " + (i + 1));
            if (step.question().isPresent()) {
                Demo.Question q = step.question().get();
                ArrowStates.Drawn arrow = ArrowStates.arrow(robot, "#present-stage", q.ask().from(), q.ask().to());
                assertEquals(q.text(), text(robot, "present-question-text"));
                assertFalse(shown(robot, "present-answer"), "the answer waits for the teacher");
                assertTrue(arrow.marks().contains(CanvasMarks.PENDING), "the asked arrow gives nothing away");
                robot.push(forward[presses++ % 3]);
                Verdict engine = new Engine(policies)
                        .evaluate(q.ask().from(), q.ask().to(), q.ask().port());
                assertEquals(step.title(), text(robot, "present-step-title"), "the key revealed, it did not move on");
                assertEquals(engine.allowed() ? "\u2713 Yes: allowed" : "\u2715 No: denied", text(robot, "present-verdict"));
                assertEquals(engine.sentences(), robot.lookup("#present-because .label").queryAllAs(Label.class).stream()
                        .map(Label::getText).toList());
                assertFalse(arrow.marks().contains(CanvasMarks.PENDING));
                assertTrue(arrow.marks().contains(CanvasMarks.ASKED));
            } else {
                assertFalse(shown(robot, "present-question"));
            }
            for (String id : step.highlight()) {
                assertTrue(hasClass(robot, NodeIds.endpoint(id), CanvasMarks.HIGHLIGHT), id);
            }
            if (i + 1 < demo.steps().size()) {
                robot.push(forward[presses++ % 3]);
            }
        }
        assertTrue(text(robot, "present-position").endsWith("the end"));

        KeyCode[] back = {KeyCode.LEFT, KeyCode.PAGE_UP};
        for (int i = demo.steps().size() - 1; i > 0; i--) {
            boolean asks = demo.steps().get(i).question().isPresent();
            robot.push(back[i % 2]);
            if (asks) {
                assertEquals(demo.steps().get(i).title(), text(robot, "present-step-title"));
                assertFalse(shown(robot, "present-answer"), "back hides the answer again");
                robot.push(back[i % 2]);
            }
            Demo.DemoStep previous = demo.steps().get(i - 1);
            assertEquals(previous.title(), text(robot, "present-step-title"));
            assertEquals(arrowsOfEngine(demo.clusterAfterStep(scenario, i - 1)), arrowsOnCanvas(robot));
            assertEquals(previous.question().isPresent(), shown(robot, "present-answer"),
                    "a step that asked is shown answered, as it was left");
        }
    }

    @Test
    void theSummarySaysWhatAStepOpenedAndClosed(FxRobot robot) {
        startDemo(robot, "and-vs-or");
        assertEquals("no policy changes in this step", text(robot, "present-change"));
        robot.push(KeyCode.RIGHT);
        assertEquals("applying and-one-peer", text(robot, "present-change"),
                "while the class predicts, what opened and closed would tell the answer");
        assertEquals("Applies and-one-peer", text(robot, "present-policy-caption"));
        robot.push(KeyCode.RIGHT);
        assertEquals("applying and-one-peer: opened 0, closed 3", text(robot, "present-change"), "revealed");
        robot.push(KeyCode.LEFT);
        assertEquals("applying and-one-peer", text(robot, "present-change"), "back: hidden again");
        robot.push(KeyCode.END);
        assertEquals("What still holds", text(robot, "present-step-title"));
        robot.push(KeyCode.HOME);
        assertEquals("The db is open", text(robot, "present-step-title"));
        assertEquals("removing or-two-peers: opened 1, closed 0", text(robot, "present-change"),
                "only bob/client lost its way in under or-two-peers");
    }

    @Test
    void aStepWithoutAPolicyShowsOneInForceWhenItsChipIsClicked(FxRobot robot) {
        startDemo(robot, "and-vs-or");
        robot.push(KeyCode.RIGHT);
        robot.push(KeyCode.RIGHT);
        robot.push(KeyCode.RIGHT);
        assertEquals("Same pod, other namespace", text(robot, "present-step-title"));
        assertFalse(shown(robot, "present-policy-caption"), "this step applies nothing");
        assertFalse(robot.lookup("#present-policy .present-policy-scroll").query().isVisible(), "so no YAML");
        robot.clickOn(robot.lookup("#present-policy-chips .present-chip").queryAs(Node.class));
        assertEquals("and-one-peer, in force", text(robot, "present-policy-caption"));
        String yaml = robot.lookup("#present-policy-yaml").queryAs(StageCode.class).textShown();
        assertTrue(yaml.contains("name: and-one-peer") && yaml.contains("    - namespaceSelector:"), yaml);
        assertEquals("Same pod, other namespace", text(robot, "present-step-title"), "a click is not a step");
    }

    @Test
    void theStageComesInALightAndADarkColouring(FxRobot robot) {
        startDemo(robot, "stars");
        boolean dark = window.stage().getScene().getRoot().getPseudoClassStates().contains(Themes.DARK);
        robot.clickOn("#present-more");
        String before = dark ? "Light stage, for a bright room" : "Dark stage, for a dim room";
        PresentWaits.clickWhenShown(robot, before);
        assertEquals(!dark, window.stage().getScene().getRoot().getPseudoClassStates().contains(Themes.DARK));
        robot.clickOn("#present-more");
        PresentWaits.untilShown(robot, dark ? "Dark stage, for a dim room" : "Light stage, for a bright room");
        robot.push(KeyCode.ESCAPE);
        assertTrue(window.stage().isFullScreen(), "still on the stage");
        robot.push(KeyCode.RIGHT);
        assertEquals("Default deny in stars", text(robot, "present-step-title"), "the keys still reach the stage");
    }

    @Test
    void fullScreenComesAndGoesWithoutLosingTheStep(FxRobot robot) {
        startDemo(robot, "microservices");
        robot.push(KeyCode.RIGHT);
        robot.push(KeyCode.RIGHT);
        robot.push(KeyCode.F5);
        assertFalse(window.stage().isFullScreen());
        assertTrue(robot.lookup("#nav-rail").query().isVisible(), "a window again, with the frame");
        assertEquals("Default deny all", text(robot, "present-step-title"));
        robot.push(KeyCode.F5);
        assertTrue(window.stage().isFullScreen());
        assertFalse(robot.lookup("#nav-rail").query().isVisible());

        robot.push(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        assertFalse(window.stage().isFullScreen(), "another place is never full screen");
        assertTrue(robot.lookup("#place-playground").query().isVisible());
        robot.push(new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN));
        assertEquals("Default deny all", text(robot, "present-step-title"), "the presentation waited");
        robot.push(KeyCode.RIGHT);
        assertTrue(shown(robot, "present-answer"), "and its keys work again");
    }

    @Test
    void bBlanksTheScreenAndBringsItBack(FxRobot robot) {
        startDemo(robot, "stars");
        assertFalse(robot.lookup("#present-blank").query().isVisible());
        robot.push(KeyCode.B);
        assertTrue(robot.lookup("#present-blank").query().isVisible());
        robot.push(KeyCode.RIGHT);
        assertFalse(robot.lookup("#present-blank").query().isVisible(), "a step key brings the picture back first");
        assertEquals("Everything talks to everything", text(robot, "present-step-title"));
        robot.push(KeyCode.B);
        robot.push(KeyCode.B);
        assertFalse(robot.lookup("#present-blank").query().isVisible());
    }

    @Test
    void theNotesStayOffTheStageUntilNShowsThemAndNIsRememberedPerDemo(FxRobot robot) {
        startDemo(robot, "stars");
        assertFalse(shown(robot, "present-notes"), "the room does not read the teacher's notes");
        robot.push(KeyCode.N);
        assertTrue(shown(robot, "present-notes"));
        assertEquals(content.demo("stars").orElseThrow().steps().get(0).narration(), text(robot, "present-notes-text"));
        robot.push(KeyCode.RIGHT);
        assertTrue(shown(robot, "present-notes"), "shown until the teacher hides them again");
        robot.push(KeyCode.ESCAPE);
        PresentWaits.clickWhenShown(robot, "#present-start-and-vs-or");
        PresentWaits.untilShown(robot, "#present-stage");
        assertFalse(shown(robot, "present-notes"), "another demo: off");
        robot.push(KeyCode.ESCAPE);
        PresentWaits.clickWhenShown(robot, "#present-start-stars");
        PresentWaits.untilShown(robot, "#present-stage");
        assertTrue(shown(robot, "present-notes"), "stars: as the teacher left it");
        robot.push(KeyCode.N);
        assertFalse(shown(robot, "present-notes"));
    }

    @Test
    void theTeacherLeavesTheScriptChangesTheCanvasAndReturns(FxRobot robot) {
        startDemo(robot, "microservices");
        while (!text(robot, "present-step-title").equals("Both ends must agree")) {
            robot.push(KeyCode.RIGHT);
        }
        Map<String, String> scripted = arrowsOnCanvas(robot);
        assertEquals("allowed", scripted.get("default/frontend->default/backend"));
        Node redis = robot.lookup("#" + NodeIds.endpoint("default/redis")).query();
        Point2D redisAt = new Point2D(redis.getLayoutX(), redis.getLayoutY());

        robot.push(KeyCode.E);
        assertTrue(shown(robot, "present-live"));
        assertFalse(shown(robot, "present-question"));
        robot.drag(redis, MouseButton.PRIMARY).moveBy(-120, 90).release(MouseButton.PRIMARY);
        redis = robot.lookup("#" + NodeIds.endpoint("default/redis")).query();
        assertNotEquals(redisAt, new Point2D(redis.getLayoutX(), redis.getLayoutY()), "live, a pod can be dragged");
        CheckBox backend = robot.lookup("#present-live-policies .check-box").queryAllAs(CheckBox.class).stream()
                .filter(c -> c.getText().equals("backend")).findFirst().orElseThrow();
        robot.clickOn(backend);
        assertEquals("denied", ArrowStates.arrow(robot, "#present-stage", "default/frontend", "default/backend").state(),
                "switching backend off closes the first hop");
        assertTrue(text(robot, "present-change").startsWith("switching off backend: opened 0, closed "));

        robot.push(KeyCode.E);
        assertFalse(shown(robot, "present-live"));
        assertEquals(scripted, arrowsOnCanvas(robot), "the script's state, restored");
        redis = robot.lookup("#" + NodeIds.endpoint("default/redis")).query();
        assertEquals(redisAt, new Point2D(redis.getLayoutX(), redis.getLayoutY()));
        assertEquals("Both ends must agree", text(robot, "present-step-title"));
        assertTrue(shown(robot, "present-question"));
        Node after = robot.lookup("#" + NodeIds.endpoint("default/redis")).query();
        robot.drag(after, MouseButton.PRIMARY).moveBy(-120, 90).release(MouseButton.PRIMARY);
        after = robot.lookup("#" + NodeIds.endpoint("default/redis")).query();
        assertEquals(redisAt, new Point2D(after.getLayoutX(), after.getLayoutY()), "on the script the canvas is read-only");
    }

    /** Starts the microservices demo, steps to its first question and finds the arrow it asks about. */
    private ArrowStates.Drawn firstAskedArrow(FxRobot robot) {
        Demo demo = content.demo("microservices").orElseThrow();
        startDemo(robot, "microservices");
        int asking = 0;
        while (demo.steps().get(asking).question().isEmpty()) {
            robot.push(KeyCode.RIGHT);
            asking++;
        }
        Demo.Question q = demo.steps().get(asking).question().get();
        return ArrowStates.arrow(robot, "#present-stage", q.ask().from(), q.ask().to());
    }

    @Test
    void theAskedArrowIsPaintedAsAQuestionUntilTheAnswerIsRevealed(FxRobot robot) {
        ArrowStates.Drawn arrow = firstAskedArrow(robot);
        javafx.scene.paint.Color question = arrow.lineColour();
        Set<javafx.scene.paint.Color> verdicts = ArrowStates.all(robot, "#present-stage").stream()
                .filter(a -> a.marks().isEmpty()).map(ArrowStates.Drawn::lineColour).collect(Collectors.toSet());
        assertFalse(verdicts.contains(question), "the question's colour is neither allowed's nor denied's");
        arrow.magnify(robot);
        assertTrue(arrow.isPaintedNearItsMiddleIn(robot, question), "drawn in the question's colour");
        robot.push(KeyCode.RIGHT);
        javafx.scene.paint.Color answer = arrow.lineColour();
        assertTrue(verdicts.contains(answer), "revealed: the arrow takes its verdict's colour");
        assertTrue(arrow.isPaintedNearItsMiddleIn(robot, answer));
        assertFalse(arrow.isPaintedNearItsMiddleIn(robot, question), "and the question's colour is gone");
    }

    @Test
    void theAskedArrowsTooltipKeepsTheAnswerUntilItIsRevealed(FxRobot robot) {
        ArrowStates.Drawn arrow = firstAskedArrow(robot);
        String asked = tooltipOver(robot, arrow, t -> t.endsWith("the answer is hidden until it is revealed"));
        assertFalse(asked.contains("allowed:") || asked.contains("denied:"), asked);
        robot.push(KeyCode.RIGHT);
        robot.moveBy(0, 120);
        tooltipOver(robot, arrow, t -> t.contains("allowed:") || t.contains("denied:"));
    }

    /**
     * Rests the mouse on the middle of an arrow's line until a tooltip saying what {@code expected}
     * accepts shows, and reads it; fails with what the tooltips said if none does.
     */
    private static String tooltipOver(FxRobot robot, ArrowStates.Drawn arrow, java.util.function.Predicate<String> expected) {
        robot.moveTo(arrow.middleOnScreen());
        java.util.function.Supplier<List<String>> shown = () -> robot.lookup(".tooltip").match((Node n) -> n instanceof Label
                && n.getScene() != null && n.getScene().getWindow().isShowing()).queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        try {
            PresentWaits.until(() -> shown.get().stream().anyMatch(expected), "the arrow's tooltip");
        } catch (AssertionError e) {
            throw new AssertionError("the tooltips said " + shown.get(), e);
        }
        return shown.get().stream().filter(expected).findFirst().orElseThrow();
    }

    @Test
    void thePlaygroundIsPresentedAsItIsOnePolicyAtATime(FxRobot robot) {
        PlaygroundPlace playground = (PlaygroundPlace) context.places().find(PlaygroundPlace.ID).orElseThrow();
        robot.clickOn("#nav-playground");
        PlaygroundScenes.seedPolicies(robot, playground);
        PlaygroundModel model = playground.model();
        PolicyDraft mysql = model.workspace().policies().stream().filter(d -> model.policyName(d).equals("mysql"))
                .findFirst().orElseThrow();
        robot.interact(() -> model.setPolicyEnabled(mysql.key(), false));
        List<String> enabled = model.workspace().policies().stream().filter(PolicyDraft::enabled)
                .map(model::policyName).toList();
        assertEquals(List.of("default-deny-all", "frontend", "backend", "redis"), enabled);
        Map<String, String> playgroundArrows = model.evaluation().connections().all().stream()
                .collect(Collectors.toMap(Connection::key, c -> c.state() == Connection.State.ALLOWED ? "allowed"
                        : c.state() == Connection.State.DENIED ? "denied" : "partly", (a, b) -> a, TreeMap::new));

        PresentWaits.openPresent(robot);
        assertEquals("5 steps: no policy, then 4 policies",
                robot.lookup("#present-entry-playground .present-entry-facts").queryAs(Label.class).getText());
        PresentWaits.clickWhenShown(robot, "#present-start-playground");
        PresentWaits.untilShown(robot, "#present-stage");
        assertEquals("Before any policy", text(robot, "present-step-title"));
        assertTrue(arrowsOnCanvas(robot).values().stream().allMatch("allowed"::equals), "no policy: all open");
        for (String name : enabled) {
            robot.push(KeyCode.RIGHT);
            assertEquals(name, text(robot, "present-step-title"));
            assertEquals("Applies " + name, text(robot, "present-policy-caption"));
        }
        assertTrue(text(robot, "present-position").endsWith("the end"), "mysql is switched off, so not a step");
        assertEquals(playgroundArrows, arrowsOnCanvas(robot), "the last step is the Playground as it is");
    }

    @Test
    void escLeavesTheStageAndTheFrameComesBack(FxRobot robot) {
        startDemo(robot, "and-vs-or");
        robot.push(KeyCode.RIGHT);
        robot.push(KeyCode.ESCAPE);
        assertFalse(window.stage().isFullScreen());
        assertTrue(robot.lookup("#present-stage").tryQuery().isEmpty());
        assertTrue(shown(robot, "present-catalog"));
        assertTrue(robot.lookup("#nav-rail").query().isVisible());
        assertTrue(place.presentation().isEmpty());
    }

    @Test
    void theNextPresentationKeepsTheSizeTheTeacherChoseAndSoDoesTheNextRun(FxRobot robot) throws Exception {
        startDemo(robot, "stars");
        robot.push(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        robot.push(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        robot.push(KeyCode.N);
        robot.push(KeyCode.ESCAPE);
        PresentWaits.clickWhenShown(robot, "#present-start-and-vs-or");
        PresentWaits.untilShown(robot, "#present-stage");
        assertEquals(1.1, place.presentation().orElseThrow().scaleProperty().get(), 1e-9);
        assertEquals(1.1, place.presentation().orElseThrow().codeScaleProperty().get(), 1e-9);
        assertFalse(shown(robot, "present-notes"), "notes are chosen per demo");

        // The next run: a new window over the same user folder.
        robot.push(KeyCode.ESCAPE);
        MainWindow[] again = new MainWindow[1];
        AppContext[] ctx = new AppContext[1];
        robot.interact(() -> {
            window.stage().close();
            again[0] = TestWindows.open(home, c -> {
                ctx[0] = c;
                c.content().set(content);
            });
        });
        PresentPlace next = (PresentPlace) ctx[0].places().find(PresentPlace.ID).orElseThrow();
        robot.interact(() -> next.present(Script.ofDemo(content.demo("stars").orElseThrow(),
                content.scenario("stars").orElseThrow(), new io.netpoldojo.workspace.PolicyDrafts())));
        Presentation p = next.presentation().orElseThrow();
        assertEquals(1.1, p.scaleProperty().get(), 1e-9);
        assertEquals(1.1, p.codeScaleProperty().get(), 1e-9);
        assertTrue(p.narrationShownProperty().get(), "stars' notes were on the stage");
    }

    @Test
    void aDamagedSettingsFileIsSetAsideAndSaid(FxRobot robot) throws Exception {
        java.nio.file.Files.writeString(home.resolve(StageChoicesStore.FILE_NAME), "scale: !!int abc\n");
        robot.interact(() -> window.stage().close());
        AppContext[] ctx = new AppContext[1];
        robot.interact(() -> TestWindows.open(home, c -> {
            ctx[0] = c;
            c.content().set(content);
        }));
        PresentWaits.openPresent(robot);
        String problem = text(robot, "present-catalog-problem");
        assertTrue(problem.startsWith("Your Present settings file was damaged") && problem.contains("set aside as"), problem);
        try (var files = java.nio.file.Files.list(home)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith(StageChoicesStore.FILE_NAME + ".")),
                    "the damaged bytes are kept beside");
        }
    }

    @Test
    void theStageKeysAreListedInTheHelp(FxRobot robot) {
        startDemo(robot, "stars");
        robot.push(KeyCode.F1);
        List<String> rows = robot.lookup("#help-overlay .shortcut-row").queryAllAs(HBox.class).stream()
                .map(r -> r.getChildren().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText())
                        .collect(Collectors.joining(" ")))
                .toList();
        String next = "Next step; reveals the answer first when a question is open " + PresentKeys.text(PresentKeys.NEXT)
                + " " + PresentKeys.text(PresentKeys.NEXT_SPACE) + " " + PresentKeys.text(PresentKeys.NEXT_PAGE);
        assertTrue(rows.contains(next), rows.toString());
        assertTrue(rows.contains("Blank the screen, or bring it back B ."), rows.toString());
        assertTrue(rows.contains("Leave the presentation " + new KeyCodeCombination(KeyCode.ESCAPE).getDisplayText()),
                rows.toString());
        robot.push(KeyCode.ESCAPE);
        assertTrue(robot.lookup("#present-stage").tryQuery().isPresent(), "Esc closed the help first, not the stage");
        assertEquals("Everything talks to everything", text(robot, "present-step-title"));
    }

    @Test
    void ctrlPlusAndMinusScaleTheTypeAndTheDrawingIsFittedAgain(FxRobot robot) {
        startDemo(robot, "microservices");
        Label title = robot.lookup("#present-step-title").queryAs(Label.class);
        javafx.scene.control.ScrollPane canvas = robot.lookup("#present-stage #canvas").queryAs(javafx.scene.control.ScrollPane.class);
        double type = title.getFont().getSize();
        double canvasWidth = canvas.getWidth();
        assertEquals(1.0, magnification(robot), 0.01, "at first the drawing just fills its part of the screen");
        for (int i = 0; i < 3; i++) {
            robot.push(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.3, place.presentation().orElseThrow().scaleProperty().get(), 1e-9);
        assertEquals(1.3, title.getFont().getSize() / type, 0.02, "type");
        assertTrue(canvas.getWidth() < canvasWidth - 10, "the larger column leaves the drawing less room");
        assertEquals(1.0, magnification(robot), 0.01, "the drawing fitted again: all of it on screen");
        robot.push(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        robot.push(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(type, title.getFont().getSize(), 0.01);
        assertEquals(canvasWidth, canvas.getWidth(), 1);
        assertEquals(1.0, magnification(robot), 0.01);
    }

    /** How much larger the drawing is than the largest size at which all of it shows in the canvas. */
    private static double magnification(FxRobot robot) {
        javafx.scene.control.ScrollPane canvas = robot.lookup("#present-stage #canvas").queryAs(javafx.scene.control.ScrollPane.class);
        javafx.scene.layout.Region world = robot.lookup("#present-stage #canvas-world").queryAs(javafx.scene.layout.Region.class);
        javafx.geometry.Bounds drawn = world.localToScene(world.getLayoutBounds());
        double fits = Math.min(canvas.getViewportBounds().getWidth() / world.getWidth(),
                canvas.getViewportBounds().getHeight() / world.getHeight());
        return drawn.getWidth() / world.getWidth() / fits;
    }
}
