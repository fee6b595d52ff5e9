package io.netpoldojo.ui.drill.mock;

import io.netpoldojo.content.Content;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The mock interview's screens: its start page with the earlier reports, one question at a time
 * (an explanation to type, a prediction to make on a scenario, or a policy to write), and the
 * report ({@link MockReportView}, from FXML). {@code back} returns to the explain drill.
 */
public final class MockView extends BorderPane {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    private final MockModel model;
    private final Supplier<Optional<Content>> content;
    private final ZoneId zone;
    private final Runnable back;
    private final TextArea text = new TextArea();
    private ScrollPane scroller;

    public MockView(MockModel model, Supplier<Optional<Content>> content, ZoneId zone, Runnable back) {
        this.model = model;
        this.content = content;
        this.zone = zone;
        this.back = back;
        setId("mock-view");
        getStyleClass().addAll("drill", "mock");
        getStylesheets().add(io.netpoldojo.ui.drill.DrillView.STYLESHEET);
        text.setId("mock-text");
        text.setWrapText(true);
        text.textProperty().bindBidirectional(model.textProperty());
        model.screenProperty().addListener((o, a, s) -> show());
        model.stepProperty().addListener((o, a, s) -> show());
        show();
    }

    private void show() {
        Node page = switch (model.screenProperty().get()) {
            case HOME -> home();
            case QUESTION -> model.stepProperty().get().map(this::question).orElseGet(this::home);
            case REPORT -> model.reportProperty().get().<Node>map(r -> MockReportView.load(r, zone, model::home, back))
                    .orElseGet(this::home);
        };
        VBox centred = new VBox(page);
        centred.setAlignment(Pos.TOP_CENTER);
        centred.getStyleClass().add("drill-page");
        scroller = new ScrollPane(centred);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().addAll("page-scroller", "drill-scroller");
        setCenter(scroller);
        if (model.screenProperty().get() == MockModel.Screen.QUESTION) {
            applyCss();
            text.requestFocus();
        }
    }

    private Node home() {
        Label title = new Label("Mock interview");
        title.getStyleClass().add("quiz-page-title");
        Label lead = new Label("Two explain questions, each followed by a prediction the engine checks, then a policy to"
                + " write, with two \u201cwhat if ...?\u201d questions that change a scenario as an interviewer would:"
                + " seven questions, about ten minutes against the clock, with no feedback until the end."
                + " The report says what you covered and missed, how long you took, and what to practise next.");
        lead.setWrapText(true);
        lead.setMinHeight(Region.USE_PREF_SIZE);
        Button start = button("Start a mock interview", "mock-start", model::start, "accent");
        Button backButton = button("Back to the drill", "mock-back", back);
        HBox buttons = new HBox(12, start, backButton);
        Label pastTitle = new Label("Earlier interviews");
        pastTitle.getStyleClass().add("quiz-section-title");
        ListView<MockReport> past = new ListView<>(model.past());
        past.setId("mock-past");
        past.setPrefHeight(220);
        past.setPlaceholder(new Label("None yet: your reports are kept here."));
        past.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(MockReport r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : WHEN.format(r.at().atZone(zone)) + "  \u00b7  " + r.summary());
            }
        });
        Button open = new Button("Open the report");
        open.setId("mock-open");
        open.disableProperty().bind(past.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> model.open(past.getSelectionModel().getSelectedItem()));
        past.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && past.getSelectionModel().getSelectedItem() != null) {
                model.open(past.getSelectionModel().getSelectedItem());
            }
        });
        return column(title, lead, buttons, pastTitle, past, open);
    }

    private Node question(MockStep step) {
        Label counter = new Label();
        counter.setId("mock-counter");
        counter.getStyleClass().add("quiz-section-title");
        counter.textProperty().bind(model.counterProperty());
        Label clock = new Label();
        clock.setId("mock-clock");
        clock.getStyleClass().add("drill-clock");
        clock.textProperty().bind(model.clockTextProperty());
        VBox top = new VBox(4, counter, clock);
        Label prompt = new Label(step.question());
        prompt.setId("mock-prompt");
        prompt.getStyleClass().add("drill-prompt");
        prompt.setWrapText(true);
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        VBox column = column(top);
        step.lead().ifPresent(l -> {
            Label lead = new Label(l);
            lead.setId("mock-lead");
            lead.getStyleClass().add("drill-muted");
            column.getChildren().add(lead);
        });
        column.getChildren().add(prompt);
        Content c = content.get().orElseThrow();
        switch (step.kind()) {
            case EXPLAIN -> {
                text.setPromptText("Answer in full sentences, as you would say it.");
                text.setPrefRowCount(8);
                column.getChildren().add(text);
            }
            case FOLLOW_UP, WHAT_IF -> {
                ToggleGroup group = new ToggleGroup();
                ToggleButton yes = new ToggleButton("Yes: allowed");
                yes.setId("mock-yes");
                ToggleButton no = new ToggleButton("No: denied");
                no.setId("mock-no");
                yes.setToggleGroup(group);
                no.setToggleGroup(group);
                group.selectedToggleProperty().addListener((o, a, t) -> model.choiceProperty().set(
                        t == null ? Optional.empty() : Optional.of(t == yes)));
                column.getChildren().addAll(MockScenario.of(step, c), new HBox(12, yes, no));
            }
            case TASK -> {
                text.setPromptText("Write the NetworkPolicy YAML.");
                text.setPrefRowCount(14);
                text.getStyleClass().add("mock-code");
                column.getChildren().addAll(MockScenario.of(step, c), text);
            }
        }
        Button next = button(model.isLast() ? "Finish and see the report" : "Next question", "mock-next", model::next,
                "accent");
        Button end = new Button("End the interview now");
        end.setId("mock-end");
        Label hint = new Label("No feedback until the end. Questions not reached count as not answered.");
        hint.getStyleClass().add("drill-muted");
        hint.setWrapText(true);
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox row = new HBox(12, next, end, hint);
        row.setAlignment(Pos.CENTER_LEFT);
        next.setMinWidth(Region.USE_PREF_SIZE);
        end.setMinWidth(Region.USE_PREF_SIZE);
        column.getChildren().add(row);
        end.setOnAction(e -> confirmEnd(column, row));
        return column;
    }

    /** Ending early loses the questions not reached: it says what is graded and what is lost, and asks. */
    private void confirmEnd(VBox column, Node row) {
        Label warning = new Label(model.endEarlyWarning());
        warning.setId("mock-end-warning");
        warning.setWrapText(true);
        warning.setMinHeight(Region.USE_PREF_SIZE);
        Button yes = button("End and see the report", "mock-end-yes", model::endEarly, "danger");
        Button no = new Button("Keep going");
        no.setId("mock-end-no");
        HBox buttons = new HBox(12, yes, no);
        VBox confirm = new VBox(8, warning, buttons);
        confirm.setId("mock-end-confirm");
        confirm.getStyleClass().add("quiz-card");
        no.setOnAction(e -> {
            column.getChildren().set(column.getChildren().indexOf(confirm), row);
            text.requestFocus();
        });
        column.getChildren().set(column.getChildren().indexOf(row), confirm);
        // The question is at the page's foot: bring the choice into view (at 1024x700 it would be cut).
        scroller.applyCss();
        scroller.layout();
        scroller.setVvalue(scroller.getVmax());
        no.requestFocus();
    }

    private static Button button(String text, String id, Runnable action, String... styleClasses) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().addAll(styleClasses);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static VBox column(Node... nodes) {
        VBox column = new VBox(14, nodes);
        column.getStyleClass().add("drill-column");
        column.setMaxWidth(960);
        return column;
    }
}
