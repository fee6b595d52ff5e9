package io.netpoldojo.ui.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Lesson;
import io.netpoldojo.content.Scenario;
import io.netpoldojo.content.Section;
import io.netpoldojo.diagram.Box;
import io.netpoldojo.diagram.Drawing;
import io.netpoldojo.diagram.LabelPlaces;
import io.netpoldojo.ui.WindowFixture;
import io.netpoldojo.ui.learn.LearnScenes;
import io.netpoldojo.ui.playground.arrows.ArrowLabels;
import io.netpoldojo.ui.playground.arrows.ArrowLayer;
import io.netpoldojo.ui.quiz.CardDiagrams;
import io.netpoldojo.workspace.AutoLayout;
import io.netpoldojo.workspace.Connection;
import io.netpoldojo.workspace.ConnectionMap;
import io.netpoldojo.workspace.Drawings;
import io.netpoldojo.workspace.PortFilter;
import io.netpoldojo.workspace.ScenarioFiles;
import io.netpoldojo.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The words drawn beside arrows ("reply (stateful)" beside a selected arrow's reply, "opened" and
 * "closed" beside the arrows an edit changed) keep the rule the arrows keep: a word lies on no
 * card, on no zone's title and on no other word, and inside the drawing. Checked over every quiz
 * card's diagram as its card view lays it out (every arrow selected in turn; a policy task's
 * model answer checked), every step of every lesson diagram as Learn lays it out (and "all
 * steps" at once), and every scenario under {@code content/scenarios/} as File > Open lays it out
 * (all its policies applied at once), with the words' sizes in the app's own stylesheets.
 */
class ArrowWordsTest extends WindowFixture {
    /** The words' sizes as the app paints them, {width, height}: the reply's (whole and short), "opened" and "closed". */
    private final Map<String, double[]> sizes = new HashMap<>();

    /** How many words were placed and how many left out for want of room: replies', and changes' with no arrow selected. */
    private int repliesPlaced;
    private int repliesLeftOut;
    private int wordsPlaced;
    private int wordsLeftOut;
    /** The words left out of changes of one or two arrows: there is always room for those. */
    private final List<String> smallChangesLeftOut = new ArrayList<>();

    private void openLearn(FxRobot robot) {
        robot.interact(() -> openWithContent(1360, 860));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-learn");
        LearnScenes.openLesson(robot, "stateful-replies");
        ArrowLayer layer = robot.lookup("#lesson-diagram-replies #arrow-layer").queryAs(ArrowLayer.class);
        robot.interact(() -> {
            for (String word : List.of(ArrowLabels.REPLY, ArrowLabels.SHORT_REPLY, ArrowLabels.changeWord(true),
                    ArrowLabels.changeWord(false))) {
                sizes.put(word, layer.wordSize(word));
            }
        });
        double[] reply = sizes.get(ArrowLabels.REPLY);
        assertTrue(reply[0] > 60 && reply[1] > 8, "the reply's word is measured in the app's font: " + reply[0]);
    }

    @Test
    void wordsBesideArrowsLieOnNoCardTitleOrOtherWord(FxRobot robot) throws Exception {
        openLearn(robot);
        List<String> problems = new ArrayList<>();
        int cases = 0;
        for (CardDiagrams.Diagram d : CardDiagrams.all(content)) {
            ConnectionMap before = Drawings.connectionsAt(d.before(), -1, d.ports());
            ConnectionMap after = Drawings.connectionsAt(d.after(), -1, d.ports());
            check("quiz card " + d.cardId(), Drawings.of(d.after(), after), after.changeFrom(before), problems);
            cases++;
        }
        for (Lesson lesson : content.lessons()) {
            for (Section s : lesson.sections()) {
                if (s instanceof Section.Diagram diagram) {
                    Scenario scenario = content.scenario(diagram.scenario()).orElseThrow();
                    Workspace ws = AutoLayout.forLesson(new ScenarioFiles().read(scenario.id() + ".yaml", scenario.yaml()));
                    int steps = Drawings.steps(ws);
                    ConnectionMap first = Drawings.connectionsAt(ws, 0, PortFilter.OWN_PORTS);
                    ConnectionMap last = first;
                    for (int k = 1; k <= steps; k++) {
                        ConnectionMap now = Drawings.connectionsAt(ws, k, PortFilter.OWN_PORTS);
                        check("lesson " + lesson.id() + ", " + scenario.id() + " step " + k, Drawings.of(ws, now),
                                now.changeFrom(last), problems);
                        last = now;
                        cases++;
                    }
                    check("lesson " + lesson.id() + ", " + scenario.id() + " all steps", Drawings.of(ws, last),
                            last.changeFrom(first), problems);
                }
            }
        }
        try (Stream<Path> files = Files.list(Path.of("content/scenarios"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                ScenarioFiles.Opened o = new ScenarioFiles().read(f.getFileName().toString(), Files.readString(f));
                Workspace ws = o.workspace().orElseThrow();
                ConnectionMap none = Drawings.connectionsAt(ws, 0, PortFilter.OWN_PORTS);
                ConnectionMap all = Drawings.connectionsAt(ws, -1, PortFilter.OWN_PORTS);
                check("scenario " + f.getFileName(), Drawings.of(ws, all), all.changeFrom(none), problems);
                cases++;
            }
        }
        assertTrue(cases > 100, "every card, lesson step and scenario is checked: " + cases);
        assertTrue(problems.isEmpty(), problems.size() + " words on a card, a title or another word:\n  "
                + String.join("\n  ", problems.subList(0, Math.min(40, problems.size()))));
        // Leaving every word out would keep the rule too: nearly all of them must be shown.
        assertTrue(repliesLeftOut * 25 <= repliesPlaced + repliesLeftOut, "replies' words left out for want of room: "
                + repliesLeftOut + " of " + (repliesPlaced + repliesLeftOut));
        assertTrue(smallChangesLeftOut.isEmpty(), "a change of one or two arrows shows every word: "
                + smallChangesLeftOut);
        assertTrue(wordsLeftOut * 10 <= wordsPlaced + wordsLeftOut, "changes' words left out for want of room: "
                + wordsLeftOut + " of " + (wordsPlaced + wordsLeftOut));
        System.out.println("ArrowWordsTest: " + cases + " diagrams; replies' words placed " + repliesPlaced + ", left out "
                + repliesLeftOut + "; changes' words placed " + wordsPlaced + ", left out " + wordsLeftOut);
    }

    /**
     * One diagram: the reply's word of each arrow that can be selected (the quiz explains any arrow
     * clicked), and with each of them (and with none) the change's words, placed as the painter
     * places them; every box is then held against the drawing's own cards and titles.
     */
    private void check(String name, Drawing d, ConnectionMap.Change change, List<String> problems) {
        Map<String, Drawing.Arrow> byKey = new HashMap<>();
        for (Drawing.Arrow a : d.arrows()) {
            byKey.put(Connection.key(a.from(), a.to()), a);
        }
        Set<String> opening = Set.copyOf(change.opened());
        List<Optional<Drawing.Arrow>> selections = new ArrayList<>();
        selections.add(Optional.empty());
        d.arrows().stream().filter(a -> a.state() != Drawing.State.DENIED).forEach(a -> selections.add(Optional.of(a)));
        for (Optional<Drawing.Arrow> selected : selections) {
            LabelPlaces room = new LabelPlaces(d.cards().stream().map(Drawing.Card::box).toList(),
                    d.zones().stream().map(Drawing.Zone::labelBox).toList(), new Box(0, 0, d.width(), d.height()));
            List<String> words = new ArrayList<>();
            selected.ifPresent(a -> {
                Optional<ArrowLabels.Placed> word = ArrowLabels.reply(room, a.curve(), sizes::get);
                if (word.isPresent()) {
                    repliesPlaced++;
                    words.add("\"" + word.get().word() + "\" beside the reply of " + a.from() + " -> " + a.to());
                } else {
                    repliesLeftOut++;
                }
            });
            for (String key : change.changed()) {
                Drawing.Arrow a = byKey.get(key);
                if (a != null) {
                    boolean opens = opening.contains(key);
                    double[] size = sizes.get(ArrowLabels.changeWord(opens));
                    Optional<Box> box = ArrowLabels.changeWord(room, a.curve(), size[0], size[1]);
                    if (box.isPresent()) {
                        words.add("\"" + ArrowLabels.changeWord(opens) + "\" of " + a.from() + " -> " + a.to());
                    }
                    if (selected.isEmpty()) {
                        wordsPlaced += box.isPresent() ? 1 : 0;
                        wordsLeftOut += box.isPresent() ? 0 : 1;
                        if (box.isEmpty() && change.changed().size() <= 2) {
                            smallChangesLeftOut.add(name + ": " + a.from() + " -> " + a.to());
                        }
                    }
                }
            }
            List<Box> boxes = room.taken();
            assertEquals(words.size(), boxes.size());
            for (int i = 0; i < boxes.size(); i++) {
                Box b = boxes.get(i);
                String where = name + ": " + words.get(i);
                for (Drawing.Card c : d.cards()) {
                    if (c.box().overlaps(b)) {
                        problems.add(where + " lies on the card " + c.id());
                    }
                }
                for (Drawing.Zone z : d.zones()) {
                    if (z.labelBox().overlaps(b)) {
                        problems.add(where + " lies on the title of namespace " + z.namespace());
                    }
                }
                if (b.x() < 0 || b.y() < 0 || b.maxX() > d.width() || b.maxY() > d.height()) {
                    problems.add(where + " runs off the drawing");
                }
                for (int j = 0; j < i; j++) {
                    if (boxes.get(j).overlaps(b)) {
                        problems.add(where + " lies on " + words.get(j));
                    }
                }
            }
        }
    }

    /**
     * In a real window, what the arrow layer paints: the stateful lesson's client -> server arrow
     * clicked shows its reply's word, on no card; going back to the start of a lesson's policies
     * shows the change's words, on no card and not on each other.
     */
    @Test
    void theWordsPaintedInAWindowLieOnNoCardOrTitle(FxRobot robot) throws Exception {
        openLearn(robot);
        String diagram = "#lesson-diagram-replies";
        LearnScenes.scrollTo(robot, diagram, 20);
        robot.clickOn(diagram + " #diagram-all");
        ArrowStates.Drawn arrow = ArrowStates.arrow(robot, diagram, "app/client", "app/server");
        robot.clickOn(arrow.middleOnScreen());
        Node replies = robot.lookup(diagram).query();
        ArrowLayer layer = robot.from(replies).lookup("#arrow-layer").queryAs(ArrowLayer.class);
        assertClearOfCardsAndTitles(robot, replies, painted(layer, 1));

        LearnScenes.openLesson(robot, "worked-example");
        String steps = "#lesson-diagram-microservices";
        LearnScenes.scrollTo(robot, steps, 20);
        robot.clickOn(steps + " #diagram-start");
        robot.clickOn(steps + " #diagram-forward");
        // The page shown: Learn keeps other lessons' pages, with diagrams of the same ids, hidden.
        Node shown = robot.lookup(steps).match(Node::isVisible).match(n -> n.getScene() != null
                && n.localToScreen(n.getLayoutBounds()) != null).query();
        ArrowLayer stepLayer = robot.from(shown).lookup("#arrow-layer").queryAs(ArrowLayer.class);
        assertClearOfCardsAndTitles(robot, shown, painted(stepLayer, 2));
    }

    /** The words the layer painted on a frame that had at least {@code atLeast} of them (a change's go after 1.4 s). */
    private static List<Box> painted(ArrowLayer layer, int atLeast) throws Exception {
        List<List<Box>> seen = new ArrayList<>();
        int[] most = {0};
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
                most[0] = Math.max(most[0], layer.wordsPainted().size());
                if (layer.wordsPainted().size() >= atLeast) {
                    seen.add(layer.wordsPainted());
                }
                return !seen.isEmpty();
            }).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no frame painted " + atLeast + " words; at most " + most[0], e);
        }
        return seen.get(0);
    }

    private static void assertClearOfCardsAndTitles(FxRobot robot, Node diagram, List<Box> words) throws Exception {
        for (Node card : robot.from(diagram).lookup(".endpoint-node").queryAll()) {
            // The card itself, in the drawing's units, without its soft shadow.
            Box box = WaitForAsyncUtils.asyncFx(() -> {
                Bounds b = card.getLayoutBounds();
                return new Box(card.getLayoutX() + b.getMinX(), card.getLayoutY() + b.getMinY(), b.getWidth(),
                        b.getHeight());
            }).get();
            for (Box w : words) {
                assertFalse(box.overlaps(w), "a word at " + w + " lies on the card " + card.getId());
            }
        }
        for (Node title : robot.from(diagram).lookup(".zone-title").queryAll()) {
            // The zone's title, in the drawing's units (the zone's parent holds the cards too).
            Box box = WaitForAsyncUtils.asyncFx(() -> {
                Node zone = title.getParent().getParent();
                Bounds b = zone.getParent().sceneToLocal(title.localToScene(title.getLayoutBounds()));
                return new Box(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
            }).get();
            for (Box w : words) {
                assertFalse(box.overlaps(w), "a word at " + w + " lies on the zone title at " + box);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            for (int j = 0; j < i; j++) {
                assertFalse(words.get(i).overlaps(words.get(j)), "two words lie on each other");
            }
        }
    }
}
