package io.netpoldojo.ui.classroom;

import io.netpoldojo.classroom.ClassReport;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The class report at the end: per question, how many were right in each round and how many
 * changed to the right answer after discussing, with an export to CSV for a spreadsheet.
 */
public final class ClassReportView extends VBox {
    private final GridPane table = new GridPane();
    private final Label empty = new Label("No question has been put to the class yet.");

    /** @param export asked to save the CSV (the caller picks the file and writes it off the JavaFX thread) */
    public ClassReportView(Runnable export) {
        setId("classroom-report");
        getStyleClass().addAll("classroom-card", "classroom-report");
        Label title = new Label("Class report");
        title.getStyleClass().add("classroom-title");
        table.getStyleClass().add("classroom-report-table");
        empty.getStyleClass().add("classroom-note");
        Button csv = new Button("Export CSV\u2026");
        csv.setId("classroom-export-csv");
        csv.setOnAction(e -> export.run());
        getChildren().addAll(title, table, empty, new HBox(csv));
    }

    /** Shows {@code report}; empty while the vote is off. */
    public void show(Optional<ClassReport> report) {
        table.getChildren().clear();
        int row = 0;
        table.addRow(row++, header("Question"), header("Answer"), header("Round 1 right"), header("Round 2 right"),
                header("Changed to right"));
        int number = 0;
        for (ClassReport.QuestionResult q : report.map(ClassReport::questions).orElse(java.util.List.of())) {
            Label question = cell(++number + ". " + q.poll().text());
            question.setWrapText(true);
            question.setMaxWidth(420);
            table.addRow(row++, question, cell(q.correct().map(c -> q.poll().choices().get(c)).orElse("not revealed")),
                    cell(right(q.firstRight(), q.firstVoters())),
                    cell(q.second().isPresent() ? right(q.secondRight(), q.secondVoters()) : "no second round"),
                    cell(q.second().isPresent() && q.correct().isPresent() ? Integer.toString(q.changedToRight()) : ""));
        }
        empty.setVisible(number == 0);
        empty.setManaged(number == 0);
        table.setVisible(number > 0);
        table.setManaged(number > 0);
    }

    /** "12 of 20 (60%)". */
    static String right(Optional<Integer> right, int voters) {
        if (right.isEmpty()) {
            return voters + " voted";
        }
        if (voters == 0) {
            return "nobody voted";
        }
        return right.get() + " of " + voters + " (" + Math.round(100.0 * right.get() / voters) + "%)";
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("classroom-report-header");
        return l;
    }

    private static Label cell(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("classroom-report-cell");
        return l;
    }
}
