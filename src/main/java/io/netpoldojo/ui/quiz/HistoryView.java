package io.netpoldojo.ui.quiz;

import io.netpoldojo.content.Content;
import io.netpoldojo.quiz.History;
import io.netpoldojo.quiz.InterviewResult;
import io.netpoldojo.quiz.Progress;
import io.netpoldojo.quiz.TrapStats;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Scores over time and mastery per topic, drawn from the saved progress. */
final class HistoryView extends ScrollPane {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    HistoryView(QuizModel model, Content content, Progress progress, ZoneId zone) {
        setId("quiz-history");
        getStyleClass().addAll("page-scroller", "quiz-scroller");
        setFitToWidth(true);
        Label title = new Label("History and mastery");
        title.getStyleClass().add("quiz-page-title");
        Button back = new Button("Back to the quiz");
        back.setId("quiz-history-back");
        back.setOnAction(e -> model.home());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button save = new Button("Save as CSV");
        save.setId("quiz-history-save");
        save.getStyleClass().add("flat");
        save.setDisable(progress.attempts().isEmpty());
        save.setOnAction(e -> model.exports().saveHistory());
        HBox titleRow = new HBox(8, title, gap, save, back);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        VBox column = new VBox(titleRow, ReportView.exportStatus(model));
        if (progress.attempts().isEmpty() && progress.interviews().isEmpty()) {
            Label empty = new Label("No answers yet. Your scores and how well you know each topic will show here.");
            empty.setId("quiz-history-empty");
            empty.getStyleClass().add("quiz-lead");
            column.getChildren().add(empty);
        } else {
            column.getChildren().addAll(summary(content, progress), scores(progress, zone),
                    mastery(content, progress, model.today()), traps(progress));
        }
        column.getStyleClass().add("quiz-history-column");
        column.setMaxWidth(1080);
        VBox page = new VBox(column);
        page.setAlignment(Pos.TOP_CENTER);
        page.getStyleClass().add("quiz-page");
        setContent(page);
    }

    private static Node summary(Content content, Progress p) {
        long right = p.attempts().stream().filter(a -> a.correct()).count();
        int share = p.attempts().isEmpty() ? 0 : Math.round(100f * right / p.attempts().size());
        Label text = new Label(p.attempts().size() + " answers, " + share + "% right \u00b7 "
                + History.knownCards(content, p) + " of " + content.cards().size() + " cards known \u00b7 "
                + p.interviews().size() + (p.interviews().size() == 1 ? " interview" : " interviews")
                + " \u00b7 best streak " + p.bestStreak());
        text.setId("quiz-history-summary");
        text.getStyleClass().add("quiz-lead");
        text.setWrapText(true);
        Label known = new Label(History.KNOWN_MEANING);
        known.setId("quiz-known-meaning");
        known.setWrapText(true);
        known.getStyleClass().add("quiz-muted");
        return new VBox(text, known);
    }

    private static Node scores(Progress p, ZoneId zone) {
        List<History.DayScore> days = History.daily(p, zone);
        long first = days.isEmpty() ? LocalDate.now(zone).toEpochDay() : days.get(0).day().toEpochDay();
        long last = days.isEmpty() ? first : days.get(days.size() - 1).day().toEpochDay();
        for (InterviewResult r : p.interviews()) {
            long day = r.finished().atZone(zone).toLocalDate().toEpochDay();
            first = Math.min(first, day);
            last = Math.max(last, day);
        }
        // Days on a number axis, a tick per day (or per few days over a long history), a day's margin each side.
        NumberAxis x = new NumberAxis(first - 1, last + 1, Math.max(1, Math.ceil((last - first + 2) / 10.0)));
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return Math.abs(n.doubleValue() - Math.round(n.doubleValue())) < 1e-6
                        ? LocalDate.ofEpochDay(Math.round(n.doubleValue())).format(DAY) : "";
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        x.setMinorTickVisible(false);
        NumberAxis y = new NumberAxis(0, 100, 25);
        y.setLabel("% right");
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("quiz-scores-chart");
        chart.setTitle("Scores over time");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        XYChart.Series<Number, Number> daily = new XYChart.Series<>();
        daily.setName("Each day (every answer)");
        for (History.DayScore d : days) {
            daily.getData().add(new XYChart.Data<>(d.day().toEpochDay(), Math.round(d.fraction() * 100)));
        }
        XYChart.Series<Number, Number> interviews = new XYChart.Series<>();
        interviews.setName("Interviews");
        for (InterviewResult r : p.interviews()) {
            // At the time of day it finished: apart from that day's score, and in order within a day.
            ZonedDateTime at = r.finished().atZone(zone);
            double day = at.toLocalDate().toEpochDay() + at.toLocalTime().toSecondOfDay() / 86400.0;
            interviews.getData().add(new XYChart.Data<>(day, Math.round(r.fraction() * 100)));
        }
        chart.getData().add(daily);
        chart.getData().add(interviews);
        chart.setPrefHeight(320);
        chart.getStyleClass().addAll("quiz-chart", "quiz-card");
        return chart;
    }

    /** Every trap met lately, with how often the answers that could reveal it did. */
    private static Node traps(Progress p) {
        VBox box = Section.titled("Traps", "quiz-history-traps", "quiz-card", "quiz-history-traps");
        List<TrapStats.Score> scores = TrapStats.scores(p);
        if (scores.isEmpty()) {
            box.getChildren().add(new Label("No answer has met a tagged misconception yet."));
        }
        for (TrapStats.Score s : scores) {
            Label row = new Label(s.trap().title() + ": fell for it " + s.fell() + " of the last " + s.risked()
                    + (s.risked() == 1 ? " time" : " times"));
            row.getStyleClass().add(s.fell() > 0 ? "quiz-trap-count" : "quiz-muted");
            box.getChildren().add(row);
        }
        Label note = new Label("Counted over the last " + TrapStats.WINDOW + " answers that could reveal each trap.");
        note.getStyleClass().add("quiz-muted");
        box.getChildren().add(note);
        return box;
    }

    private static Node mastery(Content content, Progress p, LocalDate today) {
        Map<String, Double> mastery = History.mastery(content, p, today);
        CategoryAxis topics = new CategoryAxis();
        NumberAxis percent = new NumberAxis(0, 100, 25);
        percent.setLabel("% mastered");
        BarChart<Number, String> chart = new BarChart<>(percent, topics);
        chart.setId("quiz-mastery-chart");
        chart.setTitle("Mastery per topic");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        // Bottom to top on the axis, so the list reads alphabetically from the top.
        List<String> names = List.copyOf(mastery.keySet());
        for (int i = names.size() - 1; i >= 0; i--) {
            series.getData().add(new XYChart.Data<>(Math.round(mastery.get(names.get(i)) * 100),
                    QuizText.topic(names.get(i))));
        }
        chart.getData().add(series);
        chart.setPrefHeight(Math.max(260, 44 * names.size() + 90));
        chart.getStyleClass().addAll("quiz-chart", "quiz-card");
        Label note = new Label(History.MASTERY_MEANING);
        note.setId("quiz-mastery-meaning");
        note.setWrapText(true);
        note.getStyleClass().add("quiz-muted");
        return new VBox(chart, note);
    }
}
