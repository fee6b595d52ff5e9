package io.netpoldojo.ui.playground;

import io.netpoldojo.ui.playground.canvas.CanvasView;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.ui.playground.files.PictureExport;
import io.netpoldojo.ui.playground.panels.ExplanationCard;
import io.netpoldojo.ui.playground.panels.ExplanationPlacement;
import io.netpoldojo.workspace.PolicyDrafts;
import io.netpoldojo.workspace.Drawings;
import io.netpoldojo.workspace.Workspace;
import java.util.Optional;
import javafx.beans.value.ObservableDoubleValue;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.AnchorPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A live, read-only drawing of a scenario, driven by the same engine and canvas as the
 * Playground: for lesson diagrams, quiz cards and the classroom. A reader steps through the
 * scenario's policies one at a time and clicks any arrow to ask why.
 */
public final class DiagramView extends BorderPane {
    private final PlaygroundModel model;
    private final CanvasView canvas;
    /** The step buttons and the picture's buttons, then a line saying where the steps are. */
    private final VBox stepper = new VBox(4);
    private final Label stepText = new Label();
    private final Button openInPlayground = new Button("Open in Playground");
    private final Button exportPicture = new Button("Export picture\u2026");
    /** Set by {@link #fillView}: the drawing fills the view, magnified by this; null: fitted once, at most 100%. */
    private javafx.beans.value.ObservableDoubleValue magnification;
    /** Set by {@link #fillWidth}: the drawing fills the view's width, up to this zoom, and the view is as tall as it. */
    private double widthFillMaxZoom;
    /** Set by {@link #fillWidth(double, ObservableDoubleValue)}: the most the whole view may be tall; null: no limit. */
    private ObservableDoubleValue heightLimit;
    /** The largest zoom {@link #fillView} and {@link #fitInside} go to. */
    private double maxFillZoom = Double.MAX_VALUE;
    /** The "why?" card of the selected arrow, and the layer over the drawing it is shown in. */
    private final ExplanationCard explanation;
    private final AnchorPane cards;
    /** Keeps the "why?" card clear of its arrow while it lies over the drawing. */
    private final ExplanationPlacement placement;

    /** A diagram of the workspace with all of its enabled policies applied. */
    public DiagramView(Workspace workspace) {
        getStyleClass().add("diagram-view");
        getStylesheets().add(DiagramView.class.getResource("/io/netpoldojo/ui/playground/playground.css")
                .toExternalForm());
        model = new PlaygroundModel(new PolicyDrafts(), workspace);
        canvas = new CanvasView(model, null, false);
        canvas.getStyleClass().add("diagram-canvas");
        explanation = new ExplanationCard(model);
        cards = new AnchorPane(explanation);
        cards.setPickOnBounds(false);
        setCenter(new StackPane(canvas, cards));
        placement = ExplanationPlacement.install(cards, explanation, canvas, model);

        Button start = button("|\u25c0", "diagram-start", "Before any policy", model::stepToStart);
        Button back = button("\u25c0", "diagram-back", "Step back one policy", model::stepBack);
        Button forward = button("\u25b6", "diagram-forward", "Apply the next policy", model::stepForward);
        Button all = button("\u25b6|", "diagram-all", "Apply every policy", model::applyAll);
        stepText.setId("diagram-step");
        stepText.getStyleClass().add("diagram-step");
        stepText.setWrapText(true);
        openInPlayground.setId("diagram-open-in-playground");
        openInPlayground.setVisible(false);
        openInPlayground.setManaged(false);
        exportPicture.setId("diagram-export-picture");
        exportPicture.setTooltip(new Tooltip("Save this diagram, at this step, as a PNG or SVG picture"));
        exportPicture.setVisible(false);
        exportPicture.setManaged(false);
        // The buttons flow onto a second line in a narrow column (1024 px), rather than shrink into
        // "..."; the sentence has a line of its own, so it never squeezes them.
        FlowPane buttons = new FlowPane(6, 6, start, back, forward, all, exportPicture, openInPlayground);
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.Node b : buttons.getChildren()) {
            ((Region) b).setMinWidth(Region.USE_PREF_SIZE);
        }
        stepText.setMaxWidth(Double.MAX_VALUE);
        stepText.setMinHeight(Region.USE_PREF_SIZE);
        stepper.getChildren().addAll(buttons, stepText);
        stepper.getStyleClass().add("diagram-stepper");
        setBottom(stepper);
        Runnable refresh = () -> {
            int total = model.steppablePolicies();
            int limit = model.appliedLimitProperty().get();
            int shown = limit == PlaygroundModel.ALL ? total : limit;
            start.setDisable(shown == 0);
            back.setDisable(shown == 0);
            forward.setDisable(shown == total);
            all.setDisable(shown == total);
            stepText.setText(stepCaption(shown, total));
        };
        model.appliedLimitProperty().addListener((o, a, b) -> refresh.run());
        model.statusProperty().addListener((o, a, b) -> refresh.run());
        refresh.run();
        canvas.viewportBoundsProperty().addListener((o, a, b) -> {
            if (widthFillMaxZoom > 0) {
                canvas.fitWidth(widthFillZoomCap(getWidth()));
            } else if (magnification != null) {
                fill();
            } else if (a.getWidth() == 0 && b.getWidth() > 0) {
                Platform.runLater(canvas::fitToView);
            }
        });
    }

    private String stepCaption(int shown, int total) {
        if (total == 0) {
            return "No policies: every connection is open.";
        }
        if (shown == 0) {
            return "Before any policy (0 of " + total + "). Click an arrow to ask why.";
        }
        String name = model.policyName(model.evaluation().applied().get(shown - 1));
        String change = model.statusProperty().get().contains(": opened") ? " \u2014 "
                + model.statusProperty().get().substring(model.statusProperty().get().indexOf(": opened") + 2) : "";
        return "Applied " + shown + " of " + total + ": " + name + change;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("diagram-button");
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
        return b;
    }

    public PlaygroundModel model() {
        return model;
    }

    /** Starts before any policy, so the reader sees the open network first. */
    public DiagramView startingBeforePolicies() {
        model.stepToStart();
        return this;
    }

    /** Shows an "Open in Playground" button that hands this diagram's scenario over. */
    public void setOnOpenInPlayground(Runnable action) {
        openInPlayground.setOnAction(e -> action.run());
        openInPlayground.setVisible(true);
        openInPlayground.setManaged(true);
    }

    /**
     * Shows an "Export picture" button that saves the diagram as it is shown (its step, its port,
     * the app's theme) as PNG or SVG, suggesting {@code name} for the file.
     */
    public void enableExport(String name) {
        exportPicture.setOnAction(e -> PictureExport.ask(this, name,
                () -> Drawings.of(model.workspace(), model.evaluation().connections()), stepText::setText));
        exportPicture.setVisible(true);
        exportPicture.setManaged(true);
    }

    public void setStepperVisible(boolean visible) {
        stepper.setVisible(visible);
        stepper.setManaged(visible);
    }

    public void fitToView() {
        canvas.fitToView();
    }

    public javafx.beans.property.DoubleProperty zoomProperty() {
        return canvas.zoomProperty();
    }

    /**
     * Keeps the drawing as large as the view allows, beyond its real size, times
     * {@code magnification} (1: it just fits, centred; above 1 it overflows), refitting whenever
     * the view is resized, the magnification changes or the drawing grows. For the classroom, where
     * the drawing fills the screen.
     * No scroll bars (they would change the view's size, and with it the fit); a magnified drawing
     * is moved by dragging its background.
     */
    public void fillView(javafx.beans.value.ObservableDoubleValue magnification) {
        this.magnification = magnification;
        canvas.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        canvas.setVbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        canvas.setPannable(true);
        magnification.addListener(o -> fill());
        model.workspaceProperty().addListener(o -> fill());
        fill();
    }

    /**
     * Keeps the drawing as wide as the view, up to {@code maxZoom}, and makes the view as tall as
     * the drawing then is (its preferred height follows its width), so a diagram in a column of
     * text is shown whole, as large as the column allows. No scroll bars.
     */
    public void fillWidth(double maxZoom) {
        widthFillMaxZoom = maxZoom;
        canvas.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        canvas.setVbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        model.workspaceProperty().addListener(o -> requestLayout());
        requestLayout();
    }

    /**
     * As {@link #fillWidth(double)}, but the view is never taller than {@code heightLimit}: a tall
     * drawing is zoomed down until it and the step buttons fit (a lesson's diagram in the window,
     * so a reader steps and sees the whole drawing without scrolling between the two).
     */
    public void fillWidth(double maxZoom, ObservableDoubleValue heightLimit) {
        this.heightLimit = heightLimit;
        // On a change of value only: the page's scroll pane reports its viewport anew on every
        // layout pass, and laying out again each time kept Learn busy at 6-7% of a core when idle.
        heightLimit.addListener((o, was, now) -> requestLayout());
        fillWidth(maxZoom);
    }

    /**
     * The most a width-filling drawing is zoomed in a view {@code width} wide: {@link #widthFillMaxZoom},
     * and under a height limit, what lets the drawing and the step bar fit in it.
     */
    private double widthFillZoomCap(double width) {
        double cap = widthFillMaxZoom;
        if (heightLimit != null && heightLimit.get() > 0 && width > 0) {
            javafx.geometry.Insets frame = canvas.getInsets();
            double bar = stepper.isManaged() ? stepper.prefHeight(width) : 0;
            double room = heightLimit.get() - snappedTopInset() - snappedBottomInset() - frame.getTop()
                    - frame.getBottom() - bar;
            cap = Math.min(cap, Math.floor(room) / Math.max(1, canvas.drawingHeight()));
        }
        return cap;
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return widthFillMaxZoom > 0 ? javafx.geometry.Orientation.HORIZONTAL : super.getContentBias();
    }

    @Override
    protected double computePrefHeight(double width) {
        if (widthFillMaxZoom <= 0 || width < 0) {
            return super.computePrefHeight(width);
        }
        javafx.geometry.Insets frame = canvas.getInsets();
        double inner = width - snappedLeftInset() - snappedRightInset() - frame.getLeft() - frame.getRight();
        double zoom = Math.max(0.4, Math.min(widthFillZoomCap(width), inner / Math.max(1, canvas.drawingWidth())));
        double bar = stepper.isManaged() ? stepper.prefHeight(width) : 0;
        return snappedTopInset() + snappedBottomInset() + frame.getTop() + frame.getBottom()
                + Math.ceil(canvas.drawingHeight() * zoom) + bar;
    }

    /** The drawing's width and height at 100%. */
    public double drawingWidth() {
        return canvas.drawingWidth();
    }

    public double drawingHeight() {
        return canvas.drawingHeight();
    }

    /** The zoom the drawing is shown at now. */
    public double zoom() {
        return canvas.zoomProperty().get();
    }

    private void fill() {
        canvas.fitToView(maxFillZoom, magnification.get(), true);
    }

    /**
     * Keeps the whole drawing in the view, as large as the view allows up to {@code maxZoom},
     * centred, refitting whenever the view is resized or the drawing grows. No scroll bars.
     */
    public void fitInside(double maxZoom) {
        maxFillZoom = maxZoom;
        fillView(new javafx.beans.property.SimpleDoubleProperty(1));
    }

    /**
     * Lets a person drag pods and namespaces (for a teacher who leaves the script during a demo);
     * a diagram is read-only until then. There are no context menus, as a diagram has no edit dialogs.
     */
    public void setEditable(boolean editable) {
        canvas.setEditable(editable);
    }

    /** Pauses the flowing-traffic animation while the diagram is off screen. */
    public void setAnimating(boolean on) {
        canvas.setAnimating(on);
    }

    /** Selects an arrow, opening its explanation (demos use it to point at a connection). */
    public void explain(String fromId, String toId) {
        model.selectedConnectionProperty().set(model.evaluation().connections().get(fromId, toId));
    }

    /**
     * Puts a style class on the arrow from one endpoint to another, which the stylesheets then draw
     * (a teacher's step points at it); false if the drawing has no such arrow.
     */
    public boolean markArrow(String fromId, String toId, String styleClass) {
        return canvas.markArrow(fromId, toId, styleClass);
    }

    /**
     * Shows a change as the canvas shows an edit's: each arrow that opened or closed pulses and
     * says so (Present replays a step's change when its answer is revealed).
     */
    public void showChange(io.netpoldojo.workspace.ConnectionMap.Change change) {
        canvas.showChange(change);
    }

    /** Takes every mark off the arrows. */
    public void clearArrowMarks() {
        canvas.clearArrowMarks();
    }

    /**
     * Takes the "why?" card of the selected arrow off the drawing and returns it, for the caller to
     * put beside the diagram: a quiz card's drawing fills its pane, so wherever the card lay over
     * it, it hid other cards or a zone's title. It still shows the arrow selected here, and hides
     * itself when none is.
     */
    public Region explanationBeside() {
        ((StackPane) getCenter()).getChildren().remove(cards);
        cards.getChildren().remove(explanation);
        // Off the drawing, nothing is left for the placement to do on each selection, zoom and scroll.
        placement.stop();
        explanation.setPrefWidth(USE_COMPUTED_SIZE);
        explanation.setMaxWidth(Double.MAX_VALUE);
        explanation.setMaxHeight(USE_PREF_SIZE);
        // In a column that is short of height, the column scrolls rather than squeeze it to a line;
        // the column scrolls, so the card has no scroll bar of its own.
        explanation.setMinHeight(USE_PREF_SIZE);
        explanation.growWithContent();
        // Its looks come from the diagram's stylesheet, which it leaves.
        explanation.getStylesheets().addAll(getStylesheets());
        explanation.getStyleClass().add("explanation-beside");
        return explanation;
    }

    public void clearExplanation() {
        model.selectedConnectionProperty().set(Optional.empty());
    }
}
