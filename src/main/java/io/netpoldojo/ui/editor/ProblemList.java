package io.netpoldojo.ui.editor;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The compact list under the editor, one entry a problem; choosing one jumps to it. */
final class ProblemList extends ScrollPane {
    static final String ID = "yaml-editor-problems";
    static final String ENTRY = "yaml-editor-problem";

    private final VBox entries = new VBox();
    private final Consumer<EditorProblem> onPick;

    ProblemList(Consumer<EditorProblem> onPick) {
        this.onPick = onPick;
        setId(ID);
        getStyleClass().add(ID);
        entries.getStyleClass().add("yaml-editor-problem-entries");
        setContent(entries);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setFocusTraversable(false);
    }

    void setProblems(List<EditorProblem> problems) {
        entries.getChildren().setAll(problems.stream().map(this::entry).toList());
    }

    private Button entry(EditorProblem problem) {
        Region icon = new Region();
        icon.getStyleClass().addAll("yaml-editor-problem-icon", problem.severity().styleClass());
        Button entry = new Button("line " + problem.line() + ": " + problem.message(), icon);
        entry.getStyleClass().addAll(ENTRY, problem.severity().styleClass());
        entry.setMaxWidth(Double.MAX_VALUE);
        entry.setMnemonicParsing(false);
        // The message is the lesson: show it whole, wrapped, rather than cut off.
        entry.setWrapText(true);
        entry.setTooltip(new Tooltip(problem.message()));
        entry.setOnAction(e -> onPick.accept(problem));
        return entry;
    }
}
