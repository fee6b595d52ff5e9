package io.netpoldojo.ui.learn;

import io.netpoldojo.content.Scenario;
import io.netpoldojo.ui.Icons;
import io.netpoldojo.ui.text.SpanFlow;
import io.netpoldojo.workspace.Workspace;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Learn place's view: the lesson list on the left, the page on the right, and any notices above the page. */
final class LearnView extends BorderPane {
    private final LessonSidebar sidebar;
    private final ReaderPane reader;

    LearnView(LearnModel model, Function<String, Optional<Scenario>> scenarios,
              Optional<BiConsumer<String, Workspace>> openInPlayground, io.netpoldojo.ui.TaskRunner tasks) {
        getStyleClass().add("learn-view");
        setId("learn-view");
        getStylesheets().addAll(SpanFlow.STYLESHEET, LearnView.class.getResource("learn.css").toExternalForm());
        sidebar = new LessonSidebar(model);
        reader = new ReaderPane(model, scenarios, openInPlayground, tasks);
        VBox.setVgrow(reader, Priority.ALWAYS);

        HBox notice = banner("learn-notice", model.noticeProperty(), model.noticeProperty().isNotEmpty(),
                Optional.of(model::dismissNotice));
        // Content problems while lessons are shown; with no lessons at all the page itself says it.
        HBox problem = banner("learn-problem", model.problemProperty(), model.problemProperty().isNotEmpty()
                .and(javafx.beans.binding.Bindings.isNotEmpty(model.entries())
                        .or(model.queryProperty().isNotEmpty())), Optional.empty());
        setLeft(sidebar);
        setCenter(new VBox(notice, problem, reader));
    }

    /** A calm bar in the frame's notice style: it pushes the page down and never blocks. */
    private static HBox banner(String id, ObservableStringValue text, BooleanExpression shown,
                               Optional<Runnable> dismiss) {
        Label label = new Label();
        label.setId(id + "-text");
        label.getStyleClass().add("notice-text");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        // All of it, however long (a file path): a message cut short with "..." is no message.
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        HBox.setHgrow(label, Priority.ALWAYS);
        HBox bar = new HBox(Icons.icon(Icons.WARNING, 20), label);
        dismiss.ifPresent(action -> {
            Button close = new Button();
            close.setId(id + "-close");
            close.getStyleClass().add("notice-close");
            close.setGraphic(Icons.icon(Icons.CLOSE, 16));
            close.setAccessibleText("Dismiss this message");
            close.setOnAction(e -> action.run());
            bar.getChildren().add(close);
        });
        bar.setId(id);
        bar.getStyleClass().add("notice-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(shown);
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    void focusSearch() {
        sidebar.focusSearch();
    }

    void setAnimating(boolean on) {
        reader.setAnimating(on);
    }

    ReaderPane reader() {
        return reader;
    }
}
