package io.netpoldojo.ui.quiz;

import io.netpoldojo.quiz.Decks;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The home screen's "Interview on": a date, and what is left before it (days, cards never seen,
 * weak cards to see twice, and how many a day that makes), which the review plans towards.
 */
final class InterviewDateCard extends VBox {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private final QuizModel model;
    private final Label plan = new Label();

    InterviewDateCard(QuizModel model) {
        this.model = model;
        setId("quiz-interview-date-card");
        getStyleClass().addAll("quiz-card", "quiz-mode-card", "quiz-interview-date-card");
        Label heading = new Label("Interview on");
        heading.getStyleClass().add("quiz-card-title");
        DatePicker picker = new DatePicker();
        picker.setId("quiz-interview-date");
        picker.setPromptText("pick the day");
        picker.setEditable(false);
        picker.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                setDisable(empty || day.isBefore(model.today()));
            }
        });
        Button clear = new Button("No date");
        clear.setId("quiz-interview-date-clear");
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> model.setInterviewDate(Optional.empty()));
        Runnable fill = () -> {
            Optional<LocalDate> date = model.progressProperty().get().settings().interviewDate();
            picker.setValue(date.orElse(null));
            clear.setDisable(date.isEmpty());
            plan.setText(text(date, model.interviewPlanProperty().get()));
        };
        picker.setOnAction(e -> model.setInterviewDate(Optional.ofNullable(picker.getValue())));
        model.progressProperty().addListener((o, a, b) -> fill.run());
        model.interviewPlanProperty().addListener((o, a, b) -> fill.run());
        fill.run();
        HBox row = new HBox(8, picker, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        plan.setId("quiz-interview-plan");
        plan.setWrapText(true);
        plan.setMinHeight(Region.USE_PREF_SIZE);
        plan.getStyleClass().add("quiz-card-text");
        getChildren().addAll(heading, row, plan);
        setPrefWidth(200);
        setMaxWidth(Double.MAX_VALUE);
    }

    static String text(Optional<LocalDate> date, Optional<Decks.InterviewPlan> plan) {
        if (date.isEmpty()) {
            return "Set the day of your interview: until then the review brings every card you have not seen, and"
                    + " the ones you got wrong twice more.";
        }
        if (plan.isEmpty()) {
            return "Your interview was on " + date.get().format(DAY) + ". Set the next one, or leave it.";
        }
        Decks.InterviewPlan p = plan.get();
        String when = p.daysLeft() == 0 ? "Today: good luck. " : p.daysLeft() == 1 ? "Tomorrow: 1 day left, "
                : p.date().format(DAY) + ": " + p.daysLeft() + " days left, ";
        if (p.looksLeft() == 0) {
            return when + (p.daysLeft() == 0 ? "" : "and ") + "every card seen and every weak one seen twice."
                    + " Keep up the daily review.";
        }
        return when + p.looksLeft() + (p.looksLeft() == 1 ? " card" : " cards")
                + " to go (" + p.unseen() + " never seen, " + p.weakCards() + (p.weakCards() == 1 ? " weak one" : " weak ones")
                + " to see twice more): about "
                + p.looksPerDay() + " a day in the review.";
    }
}
