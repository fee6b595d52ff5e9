package io.netpoldojo.ui.drill.mock;

import io.netpoldojo.ui.drill.Clocks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The controller of {@code MockReport.fxml}: it only puts a {@link MockReport} into the form, one
 * card per question (what was asked, the answer, the time, the judgement).
 */
public final class MockReportView {
    @FXML private Label when;
    @FXML private Label summary;
    @FXML private Label time;
    @FXML private Label practise;
    @FXML private VBox items;
    @FXML private Button again;
    @FXML private Button back;

    /** The report as a node; {@code home} goes to the mock interview's start page, {@code drill} back to the drill. */
    static Node load(MockReport report, ZoneId zone, Runnable home, Runnable drill) {
        FXMLLoader loader = new FXMLLoader(MockReportView.class.getResource("/io/netpoldojo/ui/drill/mock/MockReport.fxml"));
        try {
            Node node = loader.load();
            MockReportView view = loader.getController();
            view.show(report, zone, home, drill);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("MockReport.fxml is part of the app and did not load", e);
        }
    }

    private void show(MockReport report, ZoneId zone, Runnable home, Runnable drill) {
        when.setText(MockView.WHEN.format(report.at().atZone(zone)));
        summary.setText(report.summary());
        time.setText("You took " + Clocks.format(report.totalTime()) + " of the " + Clocks.format(report.totalGiven())
                + " the questions give.");
        List<String> next = report.practiseNext();
        practise.setText(next.isEmpty() ? "Nothing to practise from this one: well done."
                : "Practise next:\n\u2022 " + String.join("\n\u2022 ", next));
        for (int n = 0; n < report.items().size(); n++) {
            items.getChildren().add(item(n + 1, report.items().get(n)));
        }
        again.setOnAction(e -> home.run());
        back.setOnAction(e -> drill.run());
    }

    private static Node item(int number, MockReport.Item i) {
        String kind = switch (i.kind()) {
            case "explain" -> "Explain";
            case "follow-up" -> "Follow-up, checked by the engine";
            case "what-if" -> "What if, checked by the engine on the changed scenario";
            default -> "Write the policy, checked by the engine";
        };
        VBox box = new VBox(4);
        box.setId("mock-item-" + number);
        box.getStyleClass().addAll("quiz-card", i.right() ? "mock-right" : "mock-wrong");
        box.getChildren().add(line(number + ". " + kind + (i.right() ? ": right" : ": not right") + " \u00b7 "
                + Clocks.format(i.time()) + " of " + Clocks.format(i.given()), "quiz-card-title"));
        box.getChildren().add(line(i.question(), "drill-muted"));
        box.getChildren().add(line("Your answer: " + (i.answer().isBlank() ? "(none)" : shortened(i.answer())), null));
        i.covered().forEach(c -> box.getChildren().add(line("\u2713 Covered: " + c, "mock-covered")));
        i.missed().forEach(m -> box.getChildren().add(line("\u2717 Missed: " + m, "mock-missed")));
        i.myths().forEach(m -> box.getChildren().add(line("\u26a0 " + m, "mock-myth")));
        if (!i.verdict().isEmpty()) {
            box.getChildren().add(line("The engine: " + i.verdict(), "mock-verdict"));
        }
        return box;
    }

    private static String shortened(String answer) {
        String one = answer.strip().replaceAll("\\s+", " ");
        return one.length() > 400 ? one.substring(0, 400) + "\u2026" : one;
    }

    private static Label line(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        if (style != null) {
            l.getStyleClass().add(style);
        }
        return l;
    }
}
