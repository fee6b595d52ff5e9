package io.netpoldojo.ui.present;

import io.netpoldojo.ui.ShortcutRegistry;
import io.netpoldojo.ui.classroom.ClassVoteStage;
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
 * and the presenter's scale (never under {@link #FLOOR_PX}); everything else is sized in em, at
 * least 1em for what the room reads. The code has its own size, never under the stage's type at
 * scale 1 (24 px on a 1080-line projector). The canvas fills what is left and is fitted into it
 * whatever the scale, so nothing leaves the screen.
 */
final class StageView extends StackPane {
    static final String STYLE_CLASS = "presenting";
    /** Lines of base text that fit the window's height at scale 1: 24 px type on a 1080-line projector. */
    private static final double LINES_PER_SCREEN = 45;
    /** No word on the stage is smaller, at any size (the back row of a small room at 1024×768). */
    static final double FLOOR_PX = 16;
    private static final double CEILING_PX = 40;
    /**
     * Room left below the column's cards when fitting them, in em: measured in {@link #columnFits},
     * the column comes out shorter than once the stage has settled (StageSizesTest: up to 16 px at
     * 19.6 px type in the narrower column of a 1024×768 stage), and then it would scroll.
     */
    private static final double SPARE_EMS = 1.25;
    /** The controls at the bottom are for the teacher's mouse, not for the room. */
    private static final double CONTROLS_EMS = 0.7;
    /** The column beside the canvas: about 50 characters of its text, but no more than a third of a narrow screen, whose canvas needs the rest (cards at 16 px on a 1024×768 projector). */
    private static final double SIDE_EMS = 24;
    private static final double SIDE_SHARE = 0.34;
    /** The change summary shares the header's first line with the demo's title and position. */
    private static final double CHANGE_SHARE = 0.45;

    private final Presentation presentation;
    private final DiagramView diagram;
    private final VBox side = new VBox();
    private final ScrollPane sideScroll = new ScrollPane(side);
    private final PolicyCard policy;
    private final ControlBar controls;
    private final Label change = new Label();
    private VBox header;
    /** The canvas's box, and the row below it where the class vote has its place (empty without one). */
    private final StackPane canvasBox = new StackPane();
    private final StackPane voteRow = new StackPane();
    /** The type size shown, in pixels (see {@link #fit()}). */
    private double font = 20;
    private final String codeFont = io.netpoldojo.ui.editor.YamlEditor.codeFont();

    StageView(Presentation presentation, DiagramView diagram, ShortcutRegistry shortcuts, String scope,
              ControlBar.Actions actions, ObservableValue<ThemeMode> theme) {
        this.presentation = presentation;
        this.diagram = diagram;
        setId("present-stage");
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(StageView.class.getResource("present.css").toExternalForm());
        setFocusTraversable(true);

        policy = new PolicyCard(presentation);
        controls = new ControlBar(presentation, actions, theme);
        BorderPane layout = new BorderPane();
        layout.setTop(header());
        layout.setCenter(body(keysText(PresentKeys.NEXT, PresentKeys.NEXT_SPACE)));
        layout.setBottom(controls);
        Region blank = new Region();
        blank.setId("present-blank");
        blank.getStyleClass().add("present-blank");
        blank.visibleProperty().bind(presentation.blankedProperty());
        getChildren().addAll(layout, blank);

        diagram.setStepperVisible(false);
        // Always as large as its part of the stage allows, and never larger: A+ makes the column
        // and the type larger, and the drawing is fitted again into what is left.
        diagram.fillView(new javafx.beans.property.SimpleDoubleProperty(1));
        new CanvasMarks(diagram, presentation);
        presentation.liveProperty().addListener((o, was, live) -> diagram.setEditable(live));

        InvalidationListener size = o -> fit();
        heightProperty().addListener(size);
        widthProperty().addListener(size);
        presentation.scaleProperty().addListener(size);
        presentation.codeScaleProperty().addListener(size);
        // What the column holds changes with the step, the reveal, the notes and live editing. Change
        // listeners, as the cards' are, and added after theirs: they run once the cards show it
        // (a property calls its invalidation listeners before its change listeners).
        presentation.stepProperty().addListener((o, a, b) -> fit());
        presentation.answerProperty().addListener((o, a, b) -> fit());
        presentation.narrationShownProperty().addListener((o, a, b) -> fit());
        presentation.liveProperty().addListener((o, a, b) -> fit());
        fit();

        StageKeys.forward(this, shortcuts, scope);
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
    }

    /** The stage's type at scale 1, in pixels: a 45th of the window's height, from 16 to 40 px. */
    private double baseSize() {
        return getHeight() > 0 ? Math.max(FLOOR_PX, Math.min(CEILING_PX, getHeight() / LINES_PER_SCREEN)) : 20;
    }

    /** The type size the teacher asked for, in pixels: the base times the presenter's scale, never under the floor. */
    private double wantedSize() {
        return round(Math.max(FLOOR_PX, baseSize() * presentation.scaleProperty().get()));
    }

    /** The type size shown, in pixels. */
    double fontSize() {
        return font;
    }

    /**
     * Sizes the stage: the type the teacher asked for, or, when the column's cards would not fit
     * the window at that size (A+ on a small projector, a long explanation), the largest that fits,
     * but never under the floor. Measured, as the cards' text wraps. (The code keeps at least the
     * type at scale 1, see {@link #codeSize()}.)
     */
    private void fit() {
        double least = Math.min(wantedSize(), FLOOR_PX);
        double size = wantedSize();
        // Measured without a scroll bar: one left from a step that overflowed would narrow the
        // column, and the text would wrap taller than it will once the bar is gone.
        sideScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        apply(size);
        boolean fits = columnFits();
        while (size > least && !fits) {
            size = Math.max(least, size - 1);
            apply(size);
            fits = columnFits();
        }
        // Only when even the floor does not fit does the column scroll.
        sideScroll.setVbarPolicy(fits ? ScrollPane.ScrollBarPolicy.NEVER : ScrollPane.ScrollBarPolicy.AS_NEEDED);
    }

    private void apply(double size) {
        font = size;
        setStyle("-fx-font-size: " + size + "px;");
        // The teacher's controls do not grow with A+: they must fit the width at any stage size.
        controls.setStyle("-fx-font-size: " + round(Math.max(FLOOR_PX, CONTROLS_EMS * baseSize())) + "px;");
        change.setMaxWidth(CHANGE_SHARE * Math.max(getWidth(), 1));
        policy.setCodeFont(codeFont, codeSize(), FLOOR_PX, size);
        side.setPrefWidth(Math.min(SIDE_EMS * size, SIDE_SHARE * Math.max(getWidth(), 1)));
    }

    private boolean columnFits() {
        if (getHeight() <= 0 || getScene() == null) {
            return true;
        }
        // Styled and laid out at this size, as the next frame would be, then measured.
        applyCss();
        layout();
        double available = getHeight() - header.getHeight() - controls.getHeight() - sideScroll.snappedTopInset()
                - sideScroll.snappedBottomInset();
        // A line to spare (see SPARE_EMS).
        return side.minHeight(side.getWidth()) <= available - SPARE_EMS * font;
    }

    /** The code's size in pixels: the stage's type times the code's own scale, never under the base. */
    double codeSize() {
        return round(Math.max(baseSize(), fontSize() * presentation.codeScaleProperty().get()));
    }

    private static double round(double px) {
        return Math.round(px * 10) / 10.0;
    }

    private VBox header() {
        Label meta = new Label();
        meta.setId("present-meta");
        meta.getStyleClass().add("present-meta");
        meta.setWrapText(true);
        Label title = new Label();
        title.setId("present-step-title");
        title.getStyleClass().add("present-step-title");
        title.setWrapText(true);
        change.setId("present-change");
        change.getStyleClass().add("present-change");
        change.setWrapText(true);
        change.setMinHeight(Region.USE_PREF_SIZE);
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
        header = new VBox(top, title);
        header.setId("present-header");
        header.getStyleClass().add("present-header");
        return header;
    }

    private HBox body(String revealKeys) {
        canvasBox.getChildren().setAll(diagram);
        canvasBox.getStyleClass().add("present-canvas-box");
        // The canvas takes what the column leaves; its drawing's size must not push the column off.
        canvasBox.setMinSize(0, 0);
        canvasBox.setPrefSize(0, 0);
        VBox.setVgrow(canvasBox, Priority.ALWAYS);
        voteRow.setId("present-vote-row");
        voteRow.setMinWidth(0);
        voteRow.setManaged(false);
        VBox canvasColumn = new VBox(canvasBox, voteRow);
        // The drawing is laid out for the canvas's real shape: a layout for a wide canvas, shown
        // on the squarer one of a 1024×768 projector, would be fitted small (cards at 12 px). The
        // shape of the whole column, vote row included: the cards must not move when the votes show.
        canvasColumn.layoutBoundsProperty().addListener((o, was, now) -> arrangeCanvas(now));
        canvasColumn.setMinSize(0, 0);
        canvasColumn.setPrefSize(0, 0);
        HBox.setHgrow(canvasColumn, Priority.ALWAYS);
        // Short of room, the code scrolls first (the policy card grows and shrinks first), then the
        // question's explanation keeps only what fits.
        QuestionCard question = new QuestionCard(presentation, revealKeys);
        VBox.setVgrow(question, Priority.SOMETIMES);
        NotesCard notes = new NotesCard(presentation, PresentKeys.text(PresentKeys.NOTES));
        notes.setMinHeight(Region.USE_PREF_SIZE);
        side.getChildren().setAll(question, policy, notes, new LivePanel(presentation, PresentKeys.text(PresentKeys.LIVE)));
        side.setMinWidth(0);
        side.setId("present-side");
        side.getStyleClass().add("present-side");
        // At a large scale the cards may be taller than the screen: then the column scrolls.
        sideScroll.setFitToWidth(true);
        sideScroll.setFitToHeight(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.setFocusTraversable(false);
        sideScroll.getStyleClass().add("present-side-scroll");
        // As wide as the column, with or without a scroll bar: a bar must not push the stage wider.
        sideScroll.minWidthProperty().bind(side.prefWidthProperty());
        sideScroll.prefWidthProperty().bind(side.prefWidthProperty());
        sideScroll.maxWidthProperty().bind(side.prefWidthProperty());
        return new HBox(canvasColumn, sideScroll);
    }

    /** Tenths of width over height: a window dragged a little larger keeps its layout. */
    private void arrangeCanvas(javafx.geometry.Bounds box) {
        double w = box.getWidth() - canvasBox.snappedLeftInset() - canvasBox.snappedRightInset();
        double h = box.getHeight() - canvasBox.snappedTopInset() - canvasBox.snappedBottomInset();
        if (w > 0 && h > 0) {
            presentation.arrangeFor(Math.round(w / h * 10) / 10.0);
        }
    }

    /**
     * Gives the class vote its places: its row under the canvas (the canvas is fitted into what is
     * left, so the votes never cover a card), the join card in the canvas's place while it shows,
     * and its dialogs over the stage, under the blank screen.
     */
    void attachVote(ClassVoteStage vote) {
        Region row = vote.corner();
        voteRow.getChildren().setAll(row);
        StackPane.setAlignment(row, Pos.BOTTOM_LEFT);
        voteRow.setManaged(true);
        Region join = vote.join();
        join.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        canvasBox.getChildren().setAll(diagram, join);
        // The room looks at one or the other: a canvas under the card would show through its edges.
        diagram.visibleProperty().bind(join.visibleProperty().not());
        getChildren().add(getChildren().size() - 1, vote);
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
