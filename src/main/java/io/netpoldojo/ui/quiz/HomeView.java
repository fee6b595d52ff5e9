package io.netpoldojo.ui.quiz;

import io.netpoldojo.content.Content;
import io.netpoldojo.quiz.Decks;
import io.netpoldojo.quiz.History;
import io.netpoldojo.quiz.Points;
import io.netpoldojo.quiz.Progress;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Quiz home: what is due today, points and streak, and the three ways in: review the due
 * cards, practise chosen topics, or sit a timed interview set.
 */
final class HomeView extends ScrollPane {
    private final QuizModel model;
    private final FlowPane topicBoxes = new FlowPane();
    private final VBox column = new VBox();
    private final HBox modes = new HBox();

    HomeView(QuizModel model) {
        this.model = model;
        setId("quiz-home");
        getStyleClass().addAll("page-scroller", "quiz-scroller");
        setFitToWidth(true);

        Label title = new Label("Test what you know");
        title.getStyleClass().add("quiz-page-title");
        Label lead = new Label("Every answer is checked by the same engine that draws the Playground."
                + " What you get wrong comes back until you know it.");
        lead.getStyleClass().add("quiz-lead");
        lead.setWrapText(true);
        Button history = new Button("History and mastery");
        history.setId("quiz-show-history");
        history.setOnAction(e -> model.showHistory());
        history.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox titleRow = new HBox(new VBox(title, lead), gap, history);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        modes.getChildren().addAll(reviewCard(), interviewCard());
        modes.getStyleClass().add("quiz-mode-row");
        TrapsCard traps = new TrapsCard(model);
        InterviewDateCard date = new InterviewDateCard(model);
        HBox.setHgrow(traps, Priority.ALWAYS);
        HBox.setHgrow(date, Priority.ALWAYS);
        HBox plans = new HBox(date, traps);
        plans.getStyleClass().add("quiz-mode-row");
        // The ways to start first, so their buttons are in view at 1360x860; the plans right under them.
        column.getChildren().addAll(titleRow, stats(), modes, plans, practiceCard());
        column.getStyleClass().add("quiz-home-column");
        column.setMaxWidth(1080);
        VBox page = new VBox(column);
        page.setAlignment(Pos.TOP_CENTER);
        page.getStyleClass().add("quiz-page");
        setContent(page);
        model.practice().topics().addListener((ListChangeListener<String>) c -> fillTopics());
        fillTopics();
    }

    /** Another way in, on its own row below review and interview (the explain drill's card). */
    void addWayIn(Node card) {
        column.getChildren().add(column.getChildren().indexOf(modes) + 1, card);
    }

    private Node stats() {
        Label due = statValue("quiz-due-count");
        // Everything due, the review's cards and the drill's explain cards (each counted in one place only).
        due.textProperty().bind(model.dueTodayProperty().add(model.explainDueProperty()).asString());
        Label dueNote = new Label();
        dueNote.setId("quiz-due-note");
        dueNote.textProperty().bind(Bindings.createStringBinding(() -> dueNote(model.dueTodayProperty().get(),
                model.explainDueProperty().get()), model.dueTodayProperty(), model.explainDueProperty()));
        Label fresh = statValue("quiz-new-count");
        fresh.textProperty().bind(model.newCardsProperty().asString());
        Label points = statValue("quiz-home-points");
        Label streak = statValue("quiz-home-streak");
        Label known = statValue("quiz-known-count");
        Label streakNote = new Label();
        Label knownNote = new Label();
        Runnable fill = () -> {
            Progress p = model.progressProperty().get();
            points.setText(String.valueOf(p.points()));
            streak.setText(String.valueOf(p.streak()));
            streakNote.setText("best " + p.bestStreak());
            Optional<Content> c = model.contentProperty().get();
            known.setText(String.valueOf(c.map(content -> History.knownCards(content, p)).orElse(0)));
            knownNote.setText("of " + c.map(content -> content.cards().size()).orElse(0) + " cards");
        };
        model.progressProperty().addListener((o, a, b) -> fill.run());
        model.contentProperty().addListener((o, a, b) -> fill.run());
        fill.run();
        HBox row = new HBox(stat(due, "due today", dueNote),
                stat(fresh, "new", new Label("cards never seen")),
                stat(known, "known", knownNote),
                stat(points, "points", new Label("from practice and review")),
                stat(streak, "streak", streakNote));
        row.getStyleClass().add("quiz-stats");
        Label meaning = new Label(History.KNOWN_MEANING + " " + Points.rule());
        meaning.setId("quiz-home-definitions");
        meaning.setWrapText(true);
        meaning.setMinHeight(Region.USE_PREF_SIZE);
        meaning.getStyleClass().add("quiz-muted");
        return new VBox(row, meaning);
    }

    /** "cards to review", or "3 to review, 2 to explain" once explain cards are due too. */
    static String dueNote(int cards, int explain) {
        return explain == 0 ? "cards to review" : cards + " to review, " + explain + " to explain";
    }

    private static Label statValue(String id) {
        Label value = new Label();
        value.setId(id);
        value.getStyleClass().add("quiz-stat-value");
        return value;
    }

    private static VBox stat(Label value, String name, Label note) {
        Label label = new Label(name);
        label.getStyleClass().add("quiz-stat-name");
        note.getStyleClass().add("quiz-stat-note");
        // At 1024 px the tiles are narrow: the note wraps rather than ending in "...".
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(value, label, note);
        box.getStyleClass().add("quiz-stat");
        // Equal widths: every tile starts from the same preferred width and grows by the same share.
        box.setPrefWidth(100);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private VBox modeCard(String title, String text, Button start, String id) {
        Label heading = new Label(title);
        heading.getStyleClass().add("quiz-card-title");
        Label body = new Label(text);
        body.setWrapText(true);
        body.getStyleClass().add("quiz-card-text");
        body.setMinHeight(Region.USE_PREF_SIZE);
        start.getStyleClass().add("accent");
        Region push = new Region();
        VBox.setVgrow(push, Priority.ALWAYS);
        VBox card = new VBox(heading, body, push, start);
        card.setId(id);
        card.getStyleClass().addAll("quiz-card", "quiz-mode-card");
        card.setPrefWidth(200);
        HBox.setHgrow(card, Priority.ALWAYS);
        card.setMaxWidth(Double.MAX_VALUE);
        return card;
    }

    private Node reviewCard() {
        Button start = new Button("Start review");
        start.setId("quiz-start-review");
        start.setOnAction(e -> model.startReview());
        start.disableProperty().bind(model.reviewSizeProperty().isEqualTo(0));
        Label note = new Label();
        note.getStyleClass().add("quiz-card-text");
        note.setId("quiz-review-note");
        // Wrapped: with explain cards due the note runs to two lines, and must not end in "...".
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.textProperty().bind(Bindings.createStringBinding(this::reviewNote, model.dueTodayProperty(),
                model.newCardsProperty(), model.interviewPlanProperty(), model.reviewSizeProperty(),
                model.explainDueProperty()));
        VBox card = modeCard("Review", "Spaced repetition with FSRS-6: each card comes back when the chance that you"
                + " still know it has fallen to your desired retention. A card you get wrong comes back today; one you"
                + " know well, weeks later.", start, "quiz-review-card");
        card.getChildren().add(2, note);
        card.getChildren().add(3, retentionRow());
        return card;
    }

    /** What "Start review" brings today; before an interview, the weak cards and more new ones too. */
    private String reviewNote() {
        int due = model.dueTodayProperty().get();
        int unseen = model.newCardsProperty().get();
        Optional<Decks.InterviewPlan> plan = model.interviewPlanProperty().get();
        int newToday = Math.min(unseen, plan.map(p -> Math.max(Decks.REVIEW_NEW_CARDS, p.newPerDay()))
                .orElse(Decks.REVIEW_NEW_CARDS));
        // Before an interview the review also brings the weak cards that are not due.
        int weak = model.reviewSizeProperty().get() - due - newToday;
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (due > 0) {
            parts.add(due + " due today");
        }
        if (weak > 0) {
            parts.add(weak + (weak == 1 ? " card" : " cards") + " you got wrong, until right twice");
        }
        if (newToday > 0) {
            parts.add("up to " + newToday + " new " + (newToday == 1 ? "card" : "cards"));
        }
        // Explain cards are answered in the drill, not in the review: named apart, so nothing is counted twice.
        int explain = model.explainDueProperty().get();
        String drill = explain == 0 ? "" : " " + explain + (explain == 1 ? " explain card is" : " explain cards are")
                + " due in the drill below.";
        if (parts.isEmpty()) {
            return explain > 0 ? "No cards to review today." + drill : "Nothing due today. Come back tomorrow, or practise.";
        }
        return (due > 0 ? "" : explain > 0 ? "No cards due for review yet: " : "Nothing due yet: ")
                + String.join(", then ", parts) + "." + (plan.isPresent() ? " Planned for your interview." : "") + drill;
    }

    /** The desired retention setting: the chance of recall at which a card falls due. */
    private Node retentionRow() {
        ChoiceBox<Double> retention = new ChoiceBox<>();
        retention.setId("quiz-retention");
        retention.getItems().addAll(0.80, 0.85, 0.90, 0.95);
        retention.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Double r) {
                return r == null ? "" : Math.round(r * 100) + "%";
            }

            @Override
            public Double fromString(String s) {
                return Double.parseDouble(s.replace("%", "")) / 100;
            }
        });
        Runnable fill = () -> {
            double r = model.progressProperty().get().settings().desiredRetention();
            if (!retention.getItems().contains(r)) {
                retention.getItems().add(r);
                retention.getItems().sort(null);
            }
            retention.setValue(r);
        };
        fill.run();
        model.progressProperty().addListener((o, a, b) -> fill.run());
        retention.setOnAction(e -> {
            if (retention.getValue() != null) {
                model.setDesiredRetention(retention.getValue());
            }
        });
        Label label = new Label("Desired retention");
        label.getStyleClass().add("quiz-field-label");
        label.setLabelFor(retention);
        label.setMinWidth(Region.USE_PREF_SIZE); // the note wraps instead: the name is never cut
        retention.setMinWidth(Region.USE_PREF_SIZE);
        Label note = new Label("higher: more reviews, fewer cards forgotten");
        note.getStyleClass().add("quiz-muted");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, label, retention);
        row.setAlignment(Pos.CENTER_LEFT);
        // The note under the setting, so a narrow card never squeezes it into a column of single words.
        VBox box = new VBox(4, row, note);
        box.getStyleClass().add("quiz-retention-row");
        return box;
    }

    private Node interviewCard() {
        Button start = new Button("Start interview");
        start.setId("quiz-start-interview");
        start.setOnAction(e -> model.startInterview());
        return modeCard("Interview", Decks.INTERVIEW_SIZE + " questions in " + Decks.INTERVIEW_TIME.toMinutes()
                + " minutes across the topics, with no feedback until the end. Then a report: your score, the"
                + " time per question, a score per topic and every mistake explained.", start, "quiz-interview-card");
    }

    private Node practiceCard() {
        Label heading = new Label("Practice");
        heading.getStyleClass().add("quiz-card-title");
        Label body = new Label("Pick topics and a difficulty. You see the answer and why after every question, and"
                + " earn points for a streak of right answers.");
        body.setWrapText(true);
        body.getStyleClass().add("quiz-card-text");
        topicBoxes.getStyleClass().add("quiz-topic-boxes");
        CheckBox generated = new CheckBox("Generated scenarios: fresh \"can A reach B?\" questions that never run out");
        generated.setId("quiz-include-generated");
        generated.selectedProperty().bindBidirectional(model.practice().includeGeneratedProperty());

        ToggleGroup levels = new ToggleGroup();
        HBox levelRow = new HBox();
        levelRow.getStyleClass().add("quiz-levels");
        Label levelLabel = new Label("Difficulty");
        levelLabel.getStyleClass().add("quiz-field-label");
        levelRow.getChildren().add(levelLabel);
        for (int level = 0; level <= 3; level++) {
            ToggleButton b = new ToggleButton(level == 0 ? "Any" : QuizText.difficulty(level));
            b.setId("quiz-level-" + level);
            b.setToggleGroup(levels);
            Optional<Integer> value = level == 0 ? Optional.empty() : Optional.of(level);
            b.setSelected(model.practice().difficultyProperty().get().equals(value));
            b.setOnAction(e -> {
                model.practice().difficultyProperty().set(value);
                b.setSelected(true);
            });
            levelRow.getChildren().add(b);
        }
        levelRow.setAlignment(Pos.CENTER_LEFT);

        Button start = new Button("Start practice");
        start.setId("quiz-start-practice");
        start.getStyleClass().add("accent");
        start.setOnAction(e -> model.startPractice());
        Runnable enable = () -> start.setDisable(model.practice().filter().isEmpty());
        model.practice().chosenTopics().addListener((SetChangeListener<String>) c -> enable.run());
        model.practice().includeGeneratedProperty().addListener((o, a, b) -> enable.run());
        enable.run();
        Label topicsLabel = new Label("Topics");
        topicsLabel.getStyleClass().add("quiz-field-label");
        VBox card = new VBox(heading, body, topicsLabel, topicBoxes, generated, levelRow, start);
        card.setId("quiz-practice-card");
        card.getStyleClass().addAll("quiz-card", "quiz-mode-card");
        return card;
    }

    private void fillTopics() {
        topicBoxes.getChildren().clear();
        Optional<Content> content = model.contentProperty().get();
        for (String topic : model.practice().topics()) {
            int count = content.map(c -> c.cardsOnTopic(topic).size()).orElse(0);
            CheckBox box = new CheckBox(QuizText.topic(topic) + " (" + count + ")");
            box.setId("quiz-topic-" + topic);
            box.setSelected(model.practice().chosenTopics().contains(topic));
            box.selectedProperty().addListener((o, a, on) -> {
                if (on) {
                    model.practice().chosenTopics().add(topic);
                } else {
                    model.practice().chosenTopics().remove(topic);
                }
            });
            topicBoxes.getChildren().add(box);
        }
    }
}
