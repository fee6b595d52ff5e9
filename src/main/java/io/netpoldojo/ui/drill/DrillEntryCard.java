package io.netpoldojo.ui.drill;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableIntegerValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The explain drill's card on the Quiz home: what it is, how many explain cards are due, and an answer kept from a crash. */
public final class DrillEntryCard {
    private DrillEntryCard() {}

    /**
     * The Quiz home's way in: a card as wide as the home, with a button that opens the drill, and,
     * after a crash or a kill, a way straight back to the answer that was under way.
     */
    public static Node create(DrillModel model, ObservableIntegerValue due, Runnable open, Runnable mock) {
        Label heading = new Label("Explain it aloud");
        heading.getStyleClass().add("quiz-card-title");
        Label body = new Label("Interview questions answered in your own words against the clock. The grader names"
                + " the key points you made and missed, and the myths it heard; then you see a model answer. The mock"
                + " interview mixes them with predictions and a policy to write, and reports at the end.");
        body.setWrapText(true);
        body.getStyleClass().add("quiz-card-text");
        Label dueText = new Label();
        dueText.setId("quiz-drill-due");
        dueText.getStyleClass().add("quiz-card-text");
        dueText.textProperty().bind(Bindings.createStringBinding(() -> due.get() == 0 ? ""
                : due.get() + (due.get() == 1 ? " explain card is" : " explain cards are") + " due today.", due));
        DrillView.show(dueText, Bindings.createBooleanBinding(() -> due.get() > 0, due));
        Label kept = new Label();
        kept.setId("quiz-drill-kept");
        kept.setWrapText(true);
        kept.getStyleClass().add("quiz-card-text");
        kept.textProperty().bind(Bindings.createStringBinding(() -> keptText(model), model.offeredDraftProperty()));
        Button resume = new Button("Resume my answer");
        resume.setId("quiz-resume-drill");
        resume.setMinWidth(Region.USE_PREF_SIZE);
        resume.setOnAction(e -> {
            // The drill first, then the answer: the keyboard goes to the answer box, not the vanishing button.
            open.run();
            model.resumeDraft();
        });
        BooleanBinding offered = Bindings.createBooleanBinding(() -> model.offeredCard().isPresent(),
                model.offeredDraftProperty(), model.cards());
        DrillView.show(kept, offered);
        DrillView.show(resume, offered);
        Button start = new Button("Start a drill");
        start.setId("quiz-start-drill");
        start.getStyleClass().add("accent");
        start.setMinWidth(Region.USE_PREF_SIZE);
        start.setOnAction(e -> open.run());
        VBox text = new VBox(6, heading, body, dueText, kept);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button interview = new Button("Mock interview");
        interview.setId("quiz-start-mock");
        interview.setMinWidth(Region.USE_PREF_SIZE);
        interview.setMaxWidth(Double.MAX_VALUE);
        start.setMaxWidth(Double.MAX_VALUE);
        interview.setOnAction(e -> mock.run());
        VBox buttons = new VBox(8, start, interview, resume);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        HBox card = new HBox(20, text, buttons);
        card.setAlignment(Pos.CENTER_LEFT);
        card.setId("quiz-drill-card");
        card.getStyleClass().add("quiz-card");
        return card;
    }

    /** "Your answer to “…” was kept when NetPol Dojo last closed (0:42 in)." ({@link DrillModel#keptText()}) */
    static String keptText(DrillModel model) {
        return model.keptText();
    }

}
