package io.netpoldojo.ui.playground;

import io.netpoldojo.ui.playground.canvas.CanvasView;
import io.netpoldojo.ui.playground.model.Evaluation;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.ui.playground.panels.BuildDialogs;
import io.netpoldojo.ui.playground.panels.EditDialogs;
import io.netpoldojo.ui.playground.model.IntentDrawing;
import io.netpoldojo.ui.playground.panels.ExplanationCard;
import io.netpoldojo.ui.playground.panels.ExplanationPlacement;
import io.netpoldojo.ui.playground.panels.IntentPanel;
import io.netpoldojo.ui.playground.panels.MatrixView;
import io.netpoldojo.ui.playground.panels.PaletteView;
import io.netpoldojo.ui.playground.panels.PolicyPanel;
import io.netpoldojo.ui.playground.panels.RecipeEntry;
import io.netpoldojo.workspace.NamespaceZone;
import io.netpoldojo.workspace.Point;
import io.netpoldojo.workspace.Preset;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.AnchorPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The Playground screen: palette, canvas (with the "why?" card over it), optional truth table,
 * and the policy panel, with a status line below. Builds nodes and binds them; every action is a
 * call into the {@link PlaygroundModel}.
 */
final class PlaygroundView extends StackPane {
    private final PlaygroundModel model;
    private final CanvasView canvas;
    /** The truth table, built the first time it is shown: until then it is no work at start-up or on each change. */
    private MatrixView matrix;
    private final PolicyPanel policies;
    private final SplitPane split;
    private final StackPane canvasStack;
    private final HBox banner = new HBox(10);
    private final Label bannerText = new Label();
    private final Label fileLabel = new Label();

    PlaygroundView(PlaygroundModel model, javafx.collections.ObservableList<RecipeEntry> recipes) {
        this.model = model;
        setId("playground");
        getStyleClass().add("playground");
        getStylesheets().add(PlaygroundView.class.getResource("/io/netpoldojo/ui/playground/playground.css")
                .toExternalForm());
        Pane overlay = new Pane();
        overlay.setPickOnBounds(false);
        overlay.setMouseTransparent(true);

        EditDialogs dialogs = new EditDialogs(model, this);
        canvas = new CanvasView(model, dialogs, new BuildDialogs(model, this));
        ExplanationCard explanation = new ExplanationCard(model);
        AnchorPane cardLayer = new AnchorPane(explanation);
        cardLayer.setPickOnBounds(false);
        ExplanationPlacement.install(cardLayer, explanation, canvas, model);
        IntentPanel intentPanel = new IntentPanel(model.intent(), this);
        cardLayer.getChildren().add(intentPanel);
        // Where the explanation card goes, which the drawing mode does not use.
        AnchorPane.setLeftAnchor(intentPanel, 12.0);
        AnchorPane.setBottomAnchor(intentPanel, 12.0);
        intentPanel.setPrefWidth(400);
        intentPanel.setMaxWidth(400);
        drawIntentOnArrows();
        canvasStack = new StackPane(canvas, cardLayer);
        canvasStack.setMinWidth(240);

        PaletteView palette = new PaletteView(overlay, this::dropPreset, this::addPresetSomewhere);
        HBox left = new HBox(palette, canvasStack);
        HBox.setHgrow(canvasStack, Priority.ALWAYS);

        policies = new PolicyPanel(model, recipes, this::currentNamespace);
        policies.setMinWidth(300);
        policies.setPrefWidth(420);
        split = new SplitPane(left, policies);
        split.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(policies, false);
        // The policies start at about a third of the width (300 to 420 pixels); then they keep
        // whatever width they are given, and the canvas takes the rest as the window changes.
        split.widthProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                if (now.doubleValue() > 0) {
                    split.widthProperty().removeListener(this);
                    double w = now.doubleValue();
                    split.setDividerPositions(1 - Math.max(300, Math.min(420, 0.36 * w)) / w);
                }
            }
        });

        banner.setId("playground-banner");
        banner.getStyleClass().add("playground-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(6, 12, 6, 12));
        bannerText.setWrapText(true);
        Region bannerSpacer = new Region();
        HBox.setHgrow(bannerSpacer, Priority.ALWAYS);
        Button dismiss = new Button("Dismiss");
        dismiss.setId("banner-dismiss");
        dismiss.setMinWidth(Region.USE_PREF_SIZE); // a long message (a file path) must not squeeze it to "..."
        dismiss.setOnAction(e -> hideBanner());
        banner.getChildren().addAll(bannerText, bannerSpacer, dismiss);
        hideBanner();

        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add("status-text");
        status.textProperty().bind(model.statusProperty());
        Label timing = new Label();
        timing.setId("status-timing");
        timing.getStyleClass().add("status-muted");
        model.evaluationProperty().addListener((o, a, ev) -> timing.setText(timingText()));
        timing.setText(timingText());
        fileLabel.getStyleClass().add("status-muted");
        fileLabel.setId("status-file");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox statusBar = new HBox(16, status, spacer, fileLabel, timing);
        statusBar.setId("status-bar");
        statusBar.getStyleClass().add("status-bar");
        statusBar.setAlignment(Pos.CENTER_LEFT);

        BorderPane layout = new BorderPane(split);
        layout.setTop(banner);
        layout.setBottom(statusBar);
        getChildren().addAll(layout, overlay);
    }

    /**
     * While the intent is drawn, a click on an arrow allows or denies it in the intent, and each
     * arrow wears what the intent says of it instead of what the policies do.
     */
    private void drawIntentOnArrows() {
        IntentDrawing intent = model.intent();
        Runnable marks = () -> {
            canvas.clearArrowMarks();
            if (!intent.activeProperty().get()) {
                return;
            }
            for (var arrow : canvas.allArrows()) {
                var c = arrow.connection();
                canvas.markArrow(c.fromId(), c.toId(), switch (intent.coverage(c.fromId(), c.toId())) {
                    case ALL -> "intent-allow";
                    case SOME -> "intent-some";
                    case NONE -> "intent-deny";
                });
            }
        };
        intent.activeProperty().addListener((o, a, on) -> {
            canvas.setArrowMode(on ? c -> intent.toggle(c.fromId(), c.toId()) : null, c -> c.fromId() + " \u2192 "
                    + c.toId() + (intent.coverage(c.fromId(), c.toId()) == IntentDrawing.Coverage.ALL
                    ? "\nmust be allowed: click to deny it" : "\nmust be denied: click to allow it"));
            if (on) {
                model.selectedConnectionProperty().set(Optional.empty());
            }
            marks.run();
        });
        intent.intentProperty().addListener((o, a, b) -> marks.run());
        model.evaluationProperty().addListener((o, a, b) -> marks.run());
    }

    private String timingText() {
        Evaluation ev = model.evaluation();
        return ev.cluster().endpoints().size() + " endpoints, " + ev.applied().size() + " policies applied \u00b7 "
                + String.format("evaluated in %.1f ms", ev.nanos() / 1e6);
    }

    CanvasView canvas() {
        return canvas;
    }

    PolicyPanel policies() {
        return policies;
    }

    void setFileText(String text) {
        fileLabel.setText(text);
    }

    void showBanner(String text, Optional<Button> action) {
        bannerText.setText(text);
        banner.getChildren().removeIf(n -> "banner-action".equals(n.getId()));
        action.ifPresent(b -> {
            b.setId("banner-action");
            b.setMinWidth(Region.USE_PREF_SIZE);
            banner.getChildren().add(2, b);
        });
        banner.setVisible(true);
        banner.setManaged(true);
    }

    /** A message in the banner, without an action. */
    void say(String message) {
        showBanner(message, Optional.empty());
    }

    void hideBanner() {
        banner.setVisible(false);
        banner.setManaged(false);
    }

    /**
     * Shows or hides the truth table between the canvas and the policies. It keeps the width it
     * was last given (dragging its divider sets it) when shown again and when the window is
     * resized; the policies keep theirs; the canvas takes what is left.
     */
    void setMatrixVisible(boolean visible) {
        if (visible && matrix == null) {
            matrix = new MatrixView(model);
            SplitPane.setResizableWithParent(matrix, false);
        }
        // The policy panel keeps the width it has; the table takes what it needs from the canvas,
        // or the width the user last gave it.
        double total = split.getWidth();
        double kept = policies.getWidth() > 0 ? policies.getWidth() : policies.getPrefWidth();
        if (visible && !split.getItems().contains(matrix)) {
            split.getItems().add(1, matrix);
            double wanted = matrixWidth > 0 ? matrixWidth : matrix.widthFor(total * 0.3);
            // The table never takes the canvas below its minimum: that would push the policies.
            double room = total - kept - split.getItems().get(0).minWidth(-1) - 8;
            double table = Math.max(0, Math.min(wanted, room));
            split.setDividerPositions(total > 0 ? (total - kept - table) / total : 0.5,
                    total > 0 ? (total - kept) / total : 0.72);
            keepPolicies(kept, total);
        } else if (!visible && matrix != null && split.getItems().contains(matrix)) {
            matrixWidth = matrix.getWidth() > 0 ? matrix.getWidth() : matrixWidth;
            split.getItems().remove(matrix);
            split.setDividerPositions(total > 0 ? (total - kept) / total : 0.68);
            keepPolicies(kept, total);
        }
    }

    /**
     * The dividers' own width is not in their positions: measure, and move every divider by what
     * the policies lost or gained, so they keep the width they had.
     */
    private void keepPolicies(double kept, double total) {
        if (total <= 0) {
            return;
        }
        split.applyCss();
        split.layout();
        double off = kept - policies.getWidth();
        if (Math.abs(off) > 0.5) {
            double[] at = split.getDividerPositions();
            for (int i = 0; i < at.length; i++) {
                at[i] -= off / total;
            }
            split.setDividerPositions(at);
        }
    }

    /** The truth table's width once the user has seen it (0: not yet; it then takes what it needs). */
    private double matrixWidth;

    private void dropPreset(Preset preset, Point2D scenePoint) {
        if (canvas.containsScenePoint(scenePoint.getX(), scenePoint.getY())) {
            model.addPreset(preset, canvas.sceneToCanvas(scenePoint.getX(), scenePoint.getY()));
        }
    }

    /** A click on the palette: put the new item in a free spot of the current namespace. */
    private void addPresetSomewhere(Preset preset) {
        Point at;
        if (preset.isExternal()) {
            at = new Point(100, 180 + 130 * model.workspace().externals().size());
        } else if (preset == Preset.NAMESPACE) {
            double right = model.workspace().namespaces().stream()
                    .mapToDouble(z -> z.rect().x() + z.rect().width()).max().orElse(200);
            at = new Point(right + 60, 60);
        } else {
            at = freeSpotIn(model.workspace().zone(currentNamespace()).orElse(null));
        }
        model.addPreset(preset, at);
    }

    private Point freeSpotIn(NamespaceZone zone) {
        double x0 = zone == null ? 300 : zone.rect().x() + 90;
        double y0 = zone == null ? 120 : zone.rect().y() + 90;
        double maxX = zone == null ? 1200 : zone.rect().x() + zone.rect().width() - 70;
        for (double y = y0; ; y += 100) {
            for (double x = x0; x <= Math.max(x0, maxX); x += 160) {
                Point p = new Point(x, y);
                boolean taken = model.workspace().endpoints().stream()
                        .anyMatch(e -> Math.abs(e.at().x() - p.x()) < 150 && Math.abs(e.at().y() - p.y()) < 80);
                if (!taken) {
                    return p;
                }
            }
        }
    }

    /** Where new pods and policies go: the selected pod's namespace, else the first zone, else default. */
    String currentNamespace() {
        String selected = model.selectedEndpointProperty().get();
        if (selected.contains("/")) {
            return selected.substring(0, selected.indexOf('/'));
        }
        return model.workspace().namespaces().stream().map(NamespaceZone::name).findFirst().orElse("default");
    }
}
