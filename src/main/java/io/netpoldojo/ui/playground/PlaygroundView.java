package io.netpoldojo.ui.playground;

import io.netpoldojo.ui.playground.canvas.CanvasView;
import io.netpoldojo.ui.playground.model.Evaluation;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.ui.playground.panels.BuildDialogs;
import io.netpoldojo.ui.playground.panels.EditDialogs;
import io.netpoldojo.ui.playground.model.IntentDrawing;
import io.netpoldojo.ui.playground.panels.ExplanationCard;
import io.netpoldojo.ui.playground.panels.TierLegend;
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
import javafx.scene.layout.AnchorPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.Node;

/**
 * The Playground screen: palette, canvas (with the "why?" card over it), optional truth table,
 * and the policy panel, with a status line below. Builds nodes and binds them; every action is a
 * call into the {@link PlaygroundModel}.
 */
final class PlaygroundView extends StackPane {
    private final PlaygroundModel model;
    private final CanvasView canvas;
    private final PolicyPanel policies;
    private final PlaygroundSplit split;
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
        // Under the explanation card, in the corner it uses least.
        TierLegend legend = new TierLegend(model, model.intent().activeProperty());
        AnchorPane.setRightAnchor(legend, 12.0);
        AnchorPane.setBottomAnchor(legend, 12.0);
        AnchorPane cardLayer = new AnchorPane(legend, explanation);
        legend.fitWithin(cardLayer.widthProperty().subtract(24));
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
        // A short window (700 pixels with a banner) scrolls the palette rather than cut its words short.
        javafx.scene.control.ScrollPane paletteScroll = new javafx.scene.control.ScrollPane(palette);
        paletteScroll.setId("palette-scroll");
        paletteScroll.getStyleClass().add("palette-scroll");
        paletteScroll.setFitToWidth(true);
        paletteScroll.setFitToHeight(true);
        paletteScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        paletteScroll.setMinWidth(Region.USE_PREF_SIZE);
        HBox left = new HBox(paletteScroll, canvasStack);
        HBox.setHgrow(canvasStack, Priority.ALWAYS);

        policies = new PolicyPanel(model, recipes, this::currentNamespace);
        policies.setPrefWidth(420);
        split = new PlaygroundSplit(left, policies);

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
        // What changed is the line people read: it wraps onto a second line rather than end in "...";
        // the file's name and the timing keep their whole width beside it.
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        fileLabel.setMinWidth(Region.USE_PREF_SIZE);
        timing.setMinWidth(Region.USE_PREF_SIZE);
        HBox statusBar = new HBox(16, status, fileLabel, timing);
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
        return count(ev.cluster().endpoints().size(), "endpoint", "endpoints") + ", "
                + count(ev.applied().size(), "policy", "policies") + " applied \u00b7 "
                + String.format("evaluated in %.1f ms", ev.nanos() / 1e6);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    CanvasView canvas() {
        return canvas;
    }

    /** A node over the canvas's top-right corner, at its own size (Present's recording indicator). */
    void addCanvasOverlay(Node node) {
        StackPane.setAlignment(node, Pos.TOP_RIGHT);
        StackPane.setMargin(node, new Insets(10));
        canvasStack.getChildren().add(node);
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

    /** Shows or hides the truth table between the canvas and the policies; {@link PlaygroundSplit} sets the widths. */
    void setMatrixVisible(boolean visible) {
        split.setMatrix(visible, () -> new MatrixView(model));
    }

    private void dropPreset(Preset preset, Point2D scenePoint) {
        if (canvas.containsScenePoint(scenePoint.getX(), scenePoint.getY())) {
            model.addPreset(preset, canvas.sceneToCanvas(scenePoint.getX(), scenePoint.getY()));
        }
    }

    /** A click on the palette: the new item goes in a free spot (for a pod, of the current namespace). */
    private void addPresetSomewhere(Preset preset) {
        Point at;
        if (preset.isExternal()) {
            at = new Point(100, 180 + 130 * model.workspace().externals().size());
        } else if (preset == Preset.NAMESPACE) {
            double right = model.workspace().namespaces().stream()
                    .mapToDouble(z -> z.rect().x() + z.rect().width()).max().orElse(200);
            at = new Point(right + 60, 60);
        } else {
            // The zone's top-left corner: the pod takes the free spot nearest to it (ZoneLanding).
            at = model.workspace().zone(currentNamespace()).map(z -> new Point(z.rect().x() + 1, z.rect().y() + 1))
                    .orElse(new Point(300, 120));
        }
        model.addPreset(preset, at);
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
