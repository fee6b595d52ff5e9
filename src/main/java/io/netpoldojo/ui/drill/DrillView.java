package io.netpoldojo.ui.drill;

import io.netpoldojo.content.Card;
import io.netpoldojo.ui.drill.DrillModel.Phase;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableIntegerValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The explain drill: the explain cards on the left (with what is due), and on the right the
 * prompt and its clock, the answer box, then the feedback. Built from nodes bound to a
 * {@link DrillModel}; {@code back} returns to the Quiz home.
 */
public final class DrillView extends BorderPane {
    public static final String STYLESHEET = DrillView.class.getResource("/io/netpoldojo/ui/drill/drill.css")
            .toExternalForm();
    private static final KeyCombination CHECK = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final DrillModel model;
    private final ListView<Card> list = new ListView<>();
    private final TextArea answer = new TextArea();
    private boolean choosing;

    public DrillView(DrillModel model, Runnable back) {
        this.model = model;
        setId("drill-view");
        getStyleClass().add("drill");
        getStylesheets().add(STYLESHEET);
        setTop(header(back));
        setLeft(cardList());
        ScrollPane scroller = new ScrollPane(main());
        scroller.setFitToWidth(true);
        scroller.getStyleClass().addAll("page-scroller", "drill-scroller");
        setCenter(scroller);
        model.cardProperty().addListener((o, a, c) -> selectInList(c));
        model.phaseProperty().addListener((o, a, p) -> focusFor(p));
        selectInList(model.cardProperty().get());
    }

    /** Puts the keyboard where the learner starts: the Start button, or the answer box. */
    public void focusFirst() {
        focusFor(model.phaseProperty().get());
    }

    private Node header(Runnable back) {
        Button home = new Button("Back to Quiz");
        home.setId("drill-back");
        // Going back keeps the answer as it stands: the drill shows it again on return.
        home.setOnAction(e -> back.run());
        Label title = new Label("Explain it aloud");
        title.getStyleClass().add("quiz-page-title");
        Label lead = new Label("Answer as you would in an interview. Only sentences that state a point earn it.");
        lead.getStyleClass().add("drill-muted");
        lead.setWrapText(true);
        VBox text = new VBox(title, lead);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox bar = new HBox(16, text, home);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("drill-header");
        return bar;
    }

    private Node cardList() {
        list.setId("drill-cards");
        list.getStyleClass().add("drill-cards");
        list.setItems(model.cards());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Card c, boolean empty) {
                super.updateItem(c, empty);
                if (empty || c == null) {
                    setGraphic(null);
                    setText(null);
                    setId(null);
                    return;
                }
                Label prompt = new Label(c.question());
                prompt.setWrapText(true);
                prompt.getStyleClass().add("drill-card-prompt");
                // Wrapped in full: a learner picks the card by its question.
                prompt.setMinHeight(Region.USE_PREF_SIZE);
                prompt.prefWidthProperty().bind(list.widthProperty().subtract(40));
                Label meta = new Label(c.topic() + " \u00b7 " + DrillModel.seconds(c) + " s \u00b7 " + model.dueText(c));
                meta.getStyleClass().add("drill-muted");
                VBox box = new VBox(2, prompt, meta);
                setGraphic(box);
                setText(null);
                setId("drill-card-" + c.id());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            if (!choosing && c != null && model.cardProperty().get().map(now -> now != c).orElse(true)) {
                if (confirmLeaving()) {
                    model.choose(c);
                } else {
                    selectInList(model.cardProperty().get());
                }
            }
        });
        model.ratedProperty().addListener((o, a, r) -> list.refresh());
        list.setPrefWidth(290);
        list.setMinWidth(220);
        return list;
    }

    private Node main() {
        Label prompt = new Label();
        prompt.setId("drill-prompt");
        prompt.getStyleClass().add("drill-prompt");
        prompt.setWrapText(true);
        prompt.textProperty().bind(Bindings.createStringBinding(
                () -> model.cardProperty().get().map(Card::question).orElse("No explain cards in the content."),
                model.cardProperty()));

        Label clock = new Label();
        clock.setId("drill-clock");
        clock.getStyleClass().add("drill-clock");
        clock.textProperty().bind(model.clockTextProperty());
        model.overTimeProperty().addListener((o, a, over) -> clock.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("over"), over));
        CheckBox aloud = new CheckBox("Say it aloud first, then type what you said");
        aloud.setId("drill-aloud");
        aloud.selectedProperty().bindBidirectional(model.aloudProperty());
        aloud.disableProperty().bind(model.phaseProperty().isNotEqualTo(Phase.READY));
        Button start = new Button("Start the clock");
        start.setId("drill-start");
        start.getStyleClass().add("accent");
        start.setDefaultButton(false);
        start.setOnAction(e -> model.start());
        start.disableProperty().bind(model.cardProperty().isEqualTo(Optional.empty()));
        start.setMinWidth(Region.USE_PREF_SIZE);
        // A flow, not a row: at 1024 px the check box goes under the button rather than being cut.
        FlowPane startRow = new FlowPane(16, 10, start, aloud);
        startRow.setAlignment(Pos.CENTER_LEFT);
        show(startRow, model.phaseProperty().isEqualTo(Phase.READY));
        HBox clockRow = new HBox(16, clock);
        clockRow.setAlignment(Pos.CENTER_LEFT);

        Label speak = new Label("Speak now: answer out loud, as you would to an interviewer. When you are done,"
                + " type the points you made so the app can check them.");
        speak.setId("drill-speak-cue");
        speak.getStyleClass().add("drill-speak-cue");
        speak.setWrapText(true);
        Button doneSpeaking = new Button("I'm done speaking");
        doneSpeaking.setId("drill-done-speaking");
        doneSpeaking.getStyleClass().add("accent");
        doneSpeaking.setOnAction(e -> model.doneSpeaking());
        VBox speaking = new VBox(10, speak, doneSpeaking);
        show(speaking, model.phaseProperty().isEqualTo(Phase.SPEAKING));
        // Recording aloud needs a microphone: the drill says plainly when there is none.
        Label microphone = new Label();
        microphone.setId("drill-microphone");
        microphone.getStyleClass().add("drill-muted");
        microphone.setWrapText(true);
        microphone.setMinHeight(Region.USE_PREF_SIZE);
        microphone.textProperty().bind(model.microphoneProperty());
        show(microphone, model.microphoneProperty().isNotEmpty().and(model.aloudProperty())
                .and(model.phaseProperty().isEqualTo(Phase.READY).or(model.phaseProperty().isEqualTo(Phase.SPEAKING))));

        answer.setId("drill-answer");
        answer.setWrapText(true);
        answer.setPrefRowCount(8);
        answer.setPromptText("Type your answer: full sentences, as you would say them.");
        answer.textProperty().bindBidirectional(model.answerProperty());
        answer.editableProperty().bind(model.phaseProperty().isEqualTo(Phase.TYPING));
        answer.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (CHECK.match(e)) {
                model.check();
                e.consume();
            }
        });
        Button check = new Button("Check my answer");
        check.setId("drill-check");
        check.getStyleClass().add("accent");
        check.setOnAction(e -> model.check());
        check.disableProperty().bind(model.canCheckProperty().not());
        Label hint = new Label("Ctrl+Enter checks. The model answer shows after you have had a go.");
        hint.getStyleClass().add("drill-muted");
        hint.setWrapText(true);
        check.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox checkRow = new HBox(16, check, hint);
        checkRow.setAlignment(Pos.CENTER_LEFT);
        show(checkRow, model.phaseProperty().isEqualTo(Phase.TYPING));
        show(answer, model.phaseProperty().isEqualTo(Phase.TYPING).or(model.phaseProperty().isEqualTo(Phase.FEEDBACK)));

        FeedbackPane feedback = new FeedbackPane(model);
        show(feedback, model.phaseProperty().isEqualTo(Phase.FEEDBACK));

        VBox column = new VBox(keptBanner(), prompt, clockRow, startRow, microphone, speaking, answer, checkRow,
                feedback);
        column.getStyleClass().add("drill-column");
        column.setMaxWidth(900);
        VBox page = new VBox(column);
        page.setAlignment(Pos.TOP_CENTER);
        page.getStyleClass().add("drill-page");
        return page;
    }

    /** After a crash or a kill: the answer that was under way, to resume or to drop. */
    private Node keptBanner() {
        Label text = new Label();
        text.setId("drill-kept-text");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> DrillEntryCard.keptText(model) + " Starting another answer"
                + " drops it.", model.offeredDraftProperty()));
        Button resume = new Button("Resume it");
        resume.setId("drill-resume");
        resume.getStyleClass().add("accent");
        resume.setOnAction(e -> model.resumeDraft());
        Button drop = new Button("Drop it");
        drop.setId("drill-drop-kept");
        drop.setOnAction(e -> model.discardDraft());
        resume.setMinWidth(Region.USE_PREF_SIZE);
        drop.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox banner = new HBox(12, text, resume, drop);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setId("drill-kept");
        banner.getStyleClass().add("drill-kept");
        show(banner, Bindings.createBooleanBinding(() -> model.offeredCard().isPresent(),
                model.offeredDraftProperty(), model.cards()));
        return banner;
    }

    /** Scrolls the enclosing scroll pane so that the node's top shows (no-op outside one). */
    static void scrollIntoView(Node node) {
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof ScrollPane pane && pane.getContent() != null) {
                pane.applyCss();
                pane.layout();
                Node content = pane.getContent();
                double top = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                double room = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                if (room > 0) {
                    pane.setVvalue(Math.max(0, Math.min(1, (top - 12) / room)));
                }
                return;
            }
        }
    }

    static void show(Node node, BooleanBinding when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    private void selectInList(Optional<Card> c) {
        choosing = true;
        try {
            c.ifPresentOrElse(list.getSelectionModel()::select, list.getSelectionModel()::clearSelection);
            c.ifPresent(list::scrollTo);
        } finally {
            choosing = false;
        }
    }

    private void focusFor(Phase p) {
        if (getScene() != null && answer.getScene() == null) {
            // Just shown: the scroll pane's skin, which puts the page in the scene, comes with the CSS pass.
            applyCss();
        }
        if (p == Phase.FEEDBACK) {
            // After "Check", the verdict is what the learner came for: bring it to the top.
            lookupAll("#drill-summary").forEach(DrillView::scrollIntoView);
        } else if (p == Phase.TYPING) {
            answer.requestFocus();
            answer.end();
        } else if (p == Phase.READY) {
            lookupAll("#drill-start").forEach(Node::requestFocus);
        }
    }

    /** Another card drops the answer under way: ask first. */
    private boolean confirmLeaving() {
        if (!model.answerUnderWay()) {
            return true;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                "Your answer to this card is not checked yet. Another card starts afresh and drops it.",
                new ButtonType("Drop it", ButtonType.OK.getButtonData()), ButtonType.CANCEL);
        ask.setHeaderText("Drop this answer?");
        if (getScene() != null) {
            ask.initOwner(getScene().getWindow());
        }
        return ask.showAndWait().map(b -> b.getButtonData() == ButtonType.OK.getButtonData()).orElse(false);
    }
}
