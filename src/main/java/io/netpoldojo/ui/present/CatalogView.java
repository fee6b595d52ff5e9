package io.netpoldojo.ui.present;

import io.netpoldojo.content.Demo;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What can be presented: the demos (title, what the class will see, how many steps and
 * questions) and the person's own Playground canvas, each with a button that starts it.
 */
final class CatalogView extends ScrollPane {
    private final FlowPane cards = new FlowPane();
    private final Label problem = new Label();
    private final VBox mine;

    /**
     * @param playgroundSummary "5 policies to step through", or empty when there is no Playground
     * @param keysSummary       the stage's keys, in one line
     */
    CatalogView(ObservableValue<String> playgroundSummary, Runnable presentPlayground, Runnable playgroundHandout,
                String keysSummary) {
        setId("present-catalog");
        getStyleClass().add("page-scroller");
        setFitToWidth(true);
        setFitToHeight(true);
        Label title = new Label("Present");
        title.getStyleClass().add("present-catalog-title");
        Label lead = new Label("Teach a room with the same engine as the Playground: big type, thick arrows, one step"
                + " at a time, and questions the class answers before the engine does. Starting one turns the window"
                + " into a stage; Esc leaves.");
        lead.getStyleClass().add("present-catalog-lead");
        lead.setWrapText(true);
        lead.setMaxWidth(900);
        // Its whole text, however narrow the window: a wrapped label is otherwise cut to one line.
        lead.setMinHeight(Region.USE_PREF_SIZE);
        problem.setId("present-catalog-problem");
        problem.getStyleClass().add("present-catalog-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.setVisible(false);
        problem.setManaged(false);
        cards.setId("present-catalog-cards");
        cards.getStyleClass().add("present-catalog-cards");

        Label facts = new Label();
        facts.textProperty().bind(playgroundSummary);
        mine = card("present-entry-playground", "My Playground",
                "The canvas you have in the Playground now, as it is: first with no policy, then its enabled"
                        + " policies one at a time, in the order of its list.", facts, presentPlayground,
                playgroundHandout);
        mine.getStyleClass().add("present-entry-mine");
        mine.visibleProperty().bind(playgroundSummary.map(s -> !s.isEmpty()));
        mine.managedProperty().bind(mine.visibleProperty());

        Label keys = new Label(keysSummary);
        keys.setId("present-catalog-keys");
        keys.getStyleClass().add("present-catalog-keys");
        keys.setWrapText(true);
        keys.setMinHeight(Region.USE_PREF_SIZE);
        Label loading = new Label("Loading the demos\u2026");
        loading.getStyleClass().add("present-entry-facts");
        cards.getChildren().setAll(loading, mine);
        VBox page = new VBox(title, lead, problem, cards, keys);
        page.getStyleClass().add("present-catalog");
        setContent(page);
    }

    /**
     * Shows the app's demos, then the teacher's own (recorded in the Playground, or written by
     * hand), each with a button that starts it and one that saves its handout.
     */
    void setDemos(List<Demo> demos, List<Demo> own, Consumer<Demo> present, Consumer<Demo> handout) {
        cards.getChildren().clear();
        for (Demo d : demos) {
            cards.getChildren().add(card(d, "", present, handout));
        }
        for (Demo d : own) {
            VBox card = card(d, "Yours \u00b7 ", present, handout);
            card.getStyleClass().add("present-entry-own");
            cards.getChildren().add(card);
        }
        cards.getChildren().add(mine);
    }

    private static VBox card(Demo d, String whose, Consumer<Demo> present, Consumer<Demo> handout) {
        long questions = d.steps().stream().filter(s -> s.question().isPresent()).count();
        Label facts = new Label(whose + d.steps().size() + " steps \u00b7 " + questions
                + (questions == 1 ? " question" : " questions") + " for the class");
        return card("present-entry-" + d.id(), d.title(), d.description(), facts, () -> present.accept(d),
                () -> handout.accept(d));
    }

    /** A sentence in red above the cards: content that did not load, a demo that would not open. */
    void showProblem(String text) {
        problem.getStyleClass().remove("present-catalog-note");
        problem.setText(text);
        problem.setVisible(!text.isEmpty());
        problem.setManaged(!text.isEmpty());
    }

    /** A sentence above the cards that is news, not a problem: where a handout was saved. */
    void showNote(String text) {
        showProblem(text);
        problem.getStyleClass().add("present-catalog-note");
    }

    private static VBox card(String id, String title, String description, Label facts, Runnable start, Runnable handout) {
        Label name = new Label(title);
        name.getStyleClass().add("present-entry-title");
        name.setWrapText(true);
        Label text = new Label(description);
        text.getStyleClass().add("present-entry-description");
        text.setWrapText(true);
        facts.getStyleClass().add("present-entry-facts");
        facts.setWrapText(true);
        Button go = new Button("Present");
        go.setId(id.replace("present-entry-", "present-start-"));
        go.getStyleClass().add("accent");
        go.setOnAction(e -> start.run());
        Button print = new Button("Handout\u2026");
        print.setId(id.replace("present-entry-", "present-handout-"));
        print.setTooltip(new javafx.scene.control.Tooltip("Save every step as one web page to print or share: its picture,"
                + " notes, YAML, and each question with the engine's answer"));
        print.setOnAction(e -> handout.run());
        HBox buttons = new HBox(8, go, print);
        Region gap = new Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        VBox card = new VBox(name, text, facts, gap, buttons);
        card.setId(id);
        card.getStyleClass().add("present-entry");
        return card;
    }
}
