package io.netpoldojo.ui.quiz;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.Content;
import io.netpoldojo.quiz.Answer;
import io.netpoldojo.quiz.GoalResult;
import io.netpoldojo.quiz.Question;
import io.netpoldojo.quiz.QuizMode;
import io.netpoldojo.quiz.SessionReport;
import java.util.List;
import java.util.Map;
import io.netpoldojo.ui.editor.YamlEditor;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The end of a session: the score, the time, the score per topic, every question with its time,
 * and each mistake with the right answer and why.
 */
final class ReportView extends ScrollPane {
    ReportView(QuizModel model, SessionReport report, Content content, QuizActions actions) {
        setId("quiz-report");
        getStyleClass().addAll("page-scroller", "quiz-scroller");
        setFitToWidth(true);
        VBox column = new VBox(hero(report, buttons(model, report)), new HBox(topics(report), questions(report)),
                mistakes(report, content, actions));
        ((HBox) column.getChildren().get(1)).getStyleClass().add("quiz-report-row");
        column.getStyleClass().add("quiz-report-column");
        column.setMaxWidth(1080);
        VBox page = new VBox(column);
        page.setAlignment(Pos.TOP_CENTER);
        page.getStyleClass().add("quiz-page");
        setContent(page);
    }

    static String title(QuizMode mode) {
        switch (mode) {
            case INTERVIEW:
                return "Interview report";
            case REVIEW:
                return "Review summary";
            default:
                return "Practice summary";
        }
    }

    /** The score, and what to do next right beside it, so nobody has to scroll to go on. */
    private static Node hero(SessionReport r, Node buttons) {
        Label title = new Label(title(r.mode()));
        title.getStyleClass().add("quiz-page-title");
        Label score = new Label(r.score() + " / " + r.total());
        score.setId("quiz-report-score");
        score.getStyleClass().add("quiz-report-score");
        int percent = r.total() == 0 ? 0 : Math.round(100f * r.score() / r.total());
        Label share = new Label(percent + "% right");
        share.getStyleClass().add("quiz-report-share");
        String time = "Time " + QuizText.clock(r.used()) + r.limit().map(l -> " of " + QuizText.clock(l)).orElse("");
        Label used = new Label(time);
        used.setId("quiz-report-time");
        used.getStyleClass().add("quiz-report-time");
        VBox numbers = new VBox(share, used);
        numbers.setAlignment(Pos.CENTER_LEFT);
        HBox row = new HBox(score, numbers);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("quiz-report-hero-row");
        if (r.timedOut()) {
            Label out = CardHeader.chip("Time ran out", "quiz-chip-timeout");
            out.setId("quiz-report-timed-out");
            row.getChildren().add(out);
        }
        VBox hero = new VBox(title, row, buttons);
        hero.getStyleClass().addAll("quiz-card", "quiz-report-hero",
                percent >= 70 ? "quiz-report-good" : "quiz-report-low");
        return hero;
    }

    private static Node topics(SessionReport r) {
        VBox box = Section.titled("By topic", "quiz-report-topics", "quiz-card", "quiz-report-topics");
        for (Map.Entry<String, SessionReport.TopicScore> e : r.byTopic().entrySet()) {
            Label name = new Label(QuizText.topic(e.getKey()));
            name.getStyleClass().add("quiz-topic-name");
            name.setMinWidth(150);
            ProgressBar bar = new ProgressBar(e.getValue().fraction());
            bar.getStyleClass().add(e.getValue().fraction() >= 0.7 ? "quiz-bar-good" : "quiz-bar-low");
            bar.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(bar, Priority.ALWAYS);
            Label count = new Label(e.getValue().correct() + " of " + e.getValue().total());
            count.getStyleClass().add("quiz-topic-count");
            count.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(name, bar, count);
            row.setId("quiz-report-topic-" + e.getKey());
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("quiz-topic-row");
            box.getChildren().add(row);
        }
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Node questions(SessionReport r) {
        Label title = new Label("Question by question");
        title.getStyleClass().add("quiz-section-title");
        GridPane grid = new GridPane();
        grid.setId("quiz-report-questions");
        grid.getStyleClass().add("quiz-report-grid");
        ColumnConstraints number = new ColumnConstraints();
        number.setHalignment(HPos.RIGHT);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        ColumnConstraints time = new ColumnConstraints();
        time.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().addAll(number, new ColumnConstraints(), grow, time);
        List<SessionReport.Entry> entries = r.entries();
        for (int i = 0; i < entries.size(); i++) {
            SessionReport.Entry e = entries.get(i);
            Label n = new Label(String.valueOf(i + 1));
            n.getStyleClass().add("quiz-muted");
            Label mark = new Label(e.correct() ? "\u2713" : e.grade().partlyRight() ? "\u00bd" : "\u2717");
            mark.getStyleClass().add(e.correct() ? "quiz-mark-right" : e.grade().partlyRight() ? "quiz-mark-partial"
                    : "quiz-mark-wrong");
            Label what = new Label(QuizText.topic(e.question().topic()) + " \u00b7 "
                    + QuizText.kind(e.question().card().kind())
                    + (!e.answered() ? " \u00b7 not answered" : e.answer() instanceof Answer.DontKnow
                    ? " \u00b7 you said you don't know"
                    : e.grade().partlyRight() ? " \u00b7 partly right (" + Math.round(e.grade().credit() * 100) + "%)"
                    : ""));
            what.getStyleClass().add("quiz-report-what");
            Label t = new Label(e.answered() ? QuizText.duration(e.time()) : "\u2014");
            t.setId("quiz-report-time-" + (i + 1));
            t.getStyleClass().add("quiz-report-question-time");
            grid.addRow(i, n, mark, what, t);
        }
        VBox box = new VBox(title, grid);
        box.getStyleClass().addAll("quiz-card", "quiz-report-questions");
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Node mistakes(SessionReport r, Content content, QuizActions actions) {
        VBox box = Section.titled(r.mistakes().isEmpty() ? "No mistakes. Well done." : "Go over your mistakes",
                "quiz-report-mistakes", "quiz-report-mistakes");
        for (SessionReport.Entry e : r.mistakes()) {
            box.getChildren().add(mistake(r.entries().indexOf(e) + 1, e, content, actions));
        }
        return box;
    }

    private static Node mistake(int number, SessionReport.Entry e, Content content, QuizActions actions) {
        Card card = e.question().card();
        Label heading = new Label("Question " + number + " \u00b7 " + QuizText.topic(card.topic()) + " \u00b7 "
                + QuizText.kind(card.kind()));
        heading.getStyleClass().add("quiz-muted");
        VBox box = new VBox(heading, CardText.blocks(card.question(), "quiz-mistake-question"),
                CardText.flow("Your answer: " + yourAnswer(e), "quiz-mistake-yours"));
        if (card.body() instanceof Card.PolicyTask) {
            for (GoalResult g : e.grade().stillWrong()) {
                box.getChildren().add(FeedbackPanel.wrapped("\u2717 " + QuizText.goal(g.expectation()) + ": "
                        + GoalList.readable(g.failure().orElse("")), "quiz-mistake-goal"));
            }
            box.getChildren().add(FeedbackPanel.wrapped("A policy that meets the goal:", "quiz-mistake-right"));
            YamlEditor solution = new YamlEditor(e.grade().correctAnswer());
            solution.setReadOnly(true);
            box.getChildren().add(solution);
        } else if (card.body() instanceof Card.Choice) {
            if (e.grade().partlyRight()) {
                box.getChildren().add(FeedbackPanel.wrapped(QuizText.partialCredit(e.grade()), "quiz-mistake-partial"));
            }
            box.getChildren().add(OptionMarks.of(e.question(), e.grade()));
        } else {
            box.getChildren().add(CardText.flow("Right answer: " + e.grade().correctAnswer(), "quiz-mistake-right"));
        }
        e.grade().verdict().ifPresent(v -> {
            VBox reasons = new VBox();
            reasons.getStyleClass().add("quiz-feedback-reasons");
            v.sentences().forEach(s -> reasons.getChildren().add(FeedbackPanel.wrapped(s, "quiz-feedback-reason")));
            box.getChildren().add(reasons);
        });
        if (!e.question().generated()) {
            box.getChildren().add(CardText.blocks(card.explanation(), "quiz-explanation"));
        }
        Hyperlink lesson = new Hyperlink("Lesson: " + QuizText.lesson(content, card.lesson()));
        lesson.setOnAction(ev -> actions.openLesson(card.lesson()));
        box.getChildren().add(lesson);
        box.setId("quiz-mistake-" + number);
        box.getStyleClass().addAll("quiz-card", "quiz-mistake");
        return box;
    }

    static String yourAnswer(SessionReport.Entry e) {
        Answer a = e.answer();
        Card card = e.question().card();
        if (a instanceof Answer.Skipped) {
            return "not answered";
        }
        if (a instanceof Answer.DontKnow) {
            return "I don't know";
        }
        if (a instanceof Answer.Choices c) {
            // Numbered as the learner saw them, in that order.
            Question q = e.question();
            List<String> choices = ((Card.Choice) card.body()).choices();
            return c.chosen().isEmpty() ? "nothing picked" : String.join("; ", c.chosen().stream()
                    .sorted(java.util.Comparator.comparingInt(q::shownPlace))
                    .map(i -> (q.shownPlace(i) + 1) + ". " + choices.get(i)).toList());
        }
        if (a instanceof Answer.YesNo y) {
            return card.body() instanceof Card.TrueFalse ? (y.yes() ? "True" : "False")
                    : (y.yes() ? "Yes, it connects" : "No, it is blocked");
        }
        long lines = ((Answer.PolicyYaml) a).text().lines().count();
        return "a policy of " + lines + " lines that does not meet the goal";
    }

    private static Node buttons(QuizModel model, SessionReport r) {
        Button home = new Button("Back to the quiz");
        home.setId("quiz-report-home");
        home.setOnAction(e -> model.home());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(gap, home);
        if (r.mode() == QuizMode.INTERVIEW) {
            long seed = model.lastInterviewSeed();
            Button retake = new Button("Retake these questions");
            retake.setId("quiz-report-retake");
            retake.setOnAction(e -> model.startInterview(seed));
            row.getChildren().add(retake);
        }
        if (!r.mistakes().isEmpty()) {
            List<Question> missed = r.mistakes().stream().map(SessionReport.Entry::question)
                    .toList();
            String what = missed.size() == 1 ? "mistake" : missed.size() + " mistakes";
            Button practise = new Button("Practise the " + what);
            practise.setId("quiz-report-practise-mistakes");
            practise.getStyleClass().add("accent");
            practise.setOnAction(e -> model.practise(missed));
            row.getChildren().add(practise);
        }
        row.getStyleClass().add("quiz-actions");
        Button save = new Button("Save as a web page");
        save.setId("quiz-report-save");
        save.getStyleClass().add("flat");
        save.setOnAction(e -> model.exports().saveReport(r));
        row.getChildren().add(0, save);
        return new VBox(row, exportStatus(model));
    }

    /** The line that says where a saved file went, or why not ({@code #quiz-export-status}); hidden until then. */
    static Label exportStatus(QuizModel model) {
        Label status = new Label();
        status.setId("quiz-export-status");
        status.getStyleClass().add("quiz-muted");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.exports().statusProperty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        return status;
    }
}
