package io.netpoldojo.ui.present;

import io.netpoldojo.ui.ShortcutRegistry;
import io.netpoldojo.ui.playground.DiagramView;
import io.netpoldojo.userdata.ThemeMode;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The stage: the step's title large above the live canvas, the question, the policy and the
 * notes beside it, small controls below, and a blank screen on top when asked for. The root
 * carries the {@code presenting} style class and a font size that follows the window's height
 * and the presenter's scale; everything else is sized in em, and the canvas zooms with it.
 */
final class StageView extends StackPane {
    static final String STYLE_CLASS = "presenting";
    /** Lines of base text that fit the window's height at scale 1: 24 px type on a 1080-line projector. */
    private static final double LINES_PER_SCREEN = 45;
    /** The column beside the canvas: about 50 characters of its text, but no more than a third of a narrow screen. */
    private static final double SIDE_EMS = 24;
    private static final double SIDE_SHARE = 0.34;

    private final Presentation presentation;
    private final DiagramView diagram;
    private final VBox side = new VBox();

    StageView(Presentation presentation, DiagramView diagram, ShortcutRegistry shortcuts, String scope,
              ControlBar.Actions actions, ObservableValue<ThemeMode> theme) {
        this.presentation = presentation;
        this.diagram = diagram;
        setId("present-stage");
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(StageView.class.getResource("present.css").toExternalForm());
        setFocusTraversable(true);

        BorderPane layout = new BorderPane();
        layout.setTop(header());
        layout.setCenter(body(keysText(PresentKeys.NEXT, PresentKeys.NEXT_SPACE)));
        layout.setBottom(new ControlBar(presentation, actions, theme));
        Region blank = new Region();
        blank.setId("present-blank");
        blank.getStyleClass().add("present-blank");
        blank.visibleProperty().bind(presentation.blankedProperty());
        getChildren().addAll(layout, blank);

        diagram.setStepperVisible(false);
        diagram.fillView(presentation.scaleProperty());
        new CanvasMarks(diagram, presentation);
        presentation.liveProperty().addListener((o, was, live) -> diagram.setEditable(live));

        InvalidationListener size = o -> {
            double font = fontSize();
            setStyle("-fx-font-size: " + font + "px;");
            side.setPrefWidth(Math.min(SIDE_EMS * font, SIDE_SHARE * Math.max(getWidth(), 1)));
        };
        heightProperty().addListener(size);
        widthProperty().addListener(size);
        presentation.scaleProperty().addListener(size);
        size.invalidated(null);

        StageKeys.forward(this, shortcuts, scope);
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
    }

    /** The type size in pixels: proportional to the window's height, times the presenter's scale. */
    private double fontSize() {
        double base = getHeight() > 0 ? Math.max(14, Math.min(40, getHeight() / LINES_PER_SCREEN)) : 20;
        return Math.round(base * presentation.scaleProperty().get() * 10) / 10.0;
    }

    private VBox header() {
        Label meta = new Label();
        meta.setId("present-meta");
        meta.getStyleClass().add("present-meta");
        Label title = new Label();
        title.setId("present-step-title");
        title.getStyleClass().add("present-step-title");
        title.setWrapText(true);
        Label change = new Label();
        change.setId("present-change");
        change.getStyleClass().add("present-change");
        change.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(12, meta, gap, change);
        top.setAlignment(Pos.CENTER_LEFT);
        InvalidationListener refresh = o -> {
            Script script = presentation.script();
            int i = presentation.stepProperty().get();
            meta.setText(script.title() + "  \u00b7  step " + (i + 1) + " of " + script.steps().size()
                    + (presentation.liveProperty().get() ? "  \u00b7  editing live" : ""));
            title.setText(presentation.currentStep().title());
            String c = presentation.changeProperty().get();
            change.setText(c.isEmpty() ? "no policy changes in this step" : c);
        };
        presentation.stepProperty().addListener(refresh);
        presentation.changeProperty().addListener(refresh);
        presentation.liveProperty().addListener(refresh);
        refresh.invalidated(null);
        VBox header = new VBox(top, title);
        header.setId("present-header");
        header.getStyleClass().add("present-header");
        return header;
    }

    private HBox body(String revealKeys) {
        StackPane canvasBox = new StackPane(diagram);
        canvasBox.getStyleClass().add("present-canvas-box");
        // The canvas takes what the column leaves; its drawing's size must not push the column off.
        canvasBox.setMinSize(0, 0);
        canvasBox.setPrefSize(0, 0);
        HBox.setHgrow(canvasBox, Priority.ALWAYS);
        // The question and the notes keep their full height; the policy's YAML scrolls in what is left.
        QuestionCard question = new QuestionCard(presentation, revealKeys);
        question.setMinHeight(Region.USE_PREF_SIZE);
        NotesCard notes = new NotesCard(presentation, PresentKeys.text(PresentKeys.NOTES));
        notes.setMinHeight(Region.USE_PREF_SIZE);
        PolicyCard policy = new PolicyCard(presentation);
        side.getChildren().setAll(question, policy, notes, new LivePanel(presentation, PresentKeys.text(PresentKeys.LIVE)));
        side.setMinWidth(Region.USE_PREF_SIZE);
        side.setMaxWidth(Region.USE_PREF_SIZE);
        side.setId("present-side");
        side.getStyleClass().add("present-side");
        // At a large scale the cards may be taller than the screen: then the column scrolls.
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setFitToHeight(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.setFocusTraversable(false);
        sideScroll.getStyleClass().add("present-side-scroll");
        sideScroll.setMinWidth(Region.USE_PREF_SIZE);
        return new HBox(canvasBox, sideScroll);
    }

    private static String keysText(javafx.scene.input.KeyCombination... keys) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < keys.length; i++) {
            sb.append(i == 0 ? "" : i == keys.length - 1 ? " or " : ", ").append(PresentKeys.text(keys[i]));
        }
        return sb.toString();
    }

    DiagramView diagram() {
        return diagram;
    }
}
