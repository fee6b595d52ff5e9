package io.netpoldojo.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The application frame: menu bar, navigation rail, the current place, a notice bar under
 * the menus, and an overlay layer for the welcome, the shortcut help and About. It places itself where
 * the window was last time and keeps the settings up to date as the window moves.
 */
public final class MainWindow {
    public static final String TITLE = "NetPol Dojo";
    private static final int NUMBERED_PLACES = 9;

    private final AppContext context;
    private final Stage stage;
    private final FrameModel model;
    private final Scene scene;

    public MainWindow(AppContext context, Stage stage) {
        this.context = context;
        this.stage = stage;
        this.model = new FrameModel(context, this::closeIfPlacesAgree);
        // By the navigation's own entry: a place added on first use is not its built place.
        context.setNavigator(model.navigation()::show);
        List<String> placeKeys = registerPlaceShortcuts();
        AppMenuBar menuBar = new AppMenuBar(model, context.shortcuts());
        registerHelpShortcuts();

        NavigationRail rail = new NavigationRail(model, placeKeys);
        PlaceHost host = new PlaceHost(model.navigation());
        HBox.setHgrow(host, Priority.ALWAYS);
        HBox body = new HBox(rail, host);
        body.getStyleClass().add("frame-body");
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox notices = new VBox(new NoticeBar(model));
        BorderPane frame = new BorderPane(new VBox(notices, body));
        frame.setTop(menuBar);
        OverlayLayer overlay = new OverlayLayer(model, Map.of(
                FrameModel.Overlay.WELCOME, () -> new WelcomeCard(context.places().all(), model::beginAt),
                FrameModel.Overlay.SHORTCUTS, () -> {
                    // Each place registers its keys when it is built; the help lists them all.
                    context.places().buildAll();
                    return new ShortcutsCard(context.shortcuts(), context.places().all());
                },
                FrameModel.Overlay.ABOUT, () -> new AboutCard(context.dataDir().path())));
        StackPane root = new StackPane();
        // A window narrower than the frame can be cuts off its right side, never the menus on the left.
        StackPane.setAlignment(frame, javafx.geometry.Pos.TOP_LEFT);
        root.setId("dojo-root");
        root.getStyleClass().add("dojo-root");
        scene = new Scene(root);
        // The stylesheets before the frame joins the scene: every node is matched against the
        // theme's rules as it joins, and again whenever the scene's stylesheets change, so setting
        // them afterwards did the whole window's matching twice before the first frame.
        Themes.apply(model.themeProperty().get(), scene);
        root.getChildren().setAll(frame, overlay);
        // Below this width the rail shows icons only and the places tighten ("compact" on the root).
        scene.widthProperty().addListener((o, was, now) -> compact(root, rail, now.doubleValue() < COMPACT_WIDTH));
        compact(root, rail, false);

        model.themeProperty().addListener((o, old, now) -> Themes.apply(now, scene));
        scene.addEventHandler(KeyEvent.KEY_PRESSED, this::dispatchKey);
        scene.addEventHandler(KeyEvent.KEY_TYPED, this::dispatchKey);
        context.fullScreenProperty().addListener((o, was, alone) -> showPlaceAlone(alone, menuBar, rail, notices));
        stage.fullScreenProperty().addListener((o, was, full) -> {
            if (!full) {
                context.fullScreenProperty().set(false);
            }
        });
        model.navigation().currentProperty().addListener((o, old, now) -> context.fullScreenProperty().set(false));
        stage.setTitle(TITLE);
        stage.setScene(scene);
        WindowPlacement.restore(stage, context.settings().get().window());
        WindowPlacement.track(stage, context.settings());
        // The close box asks the places first, as Quit does (unsaved changes to a file).
        stage.setOnCloseRequest(e -> {
            if (!placesAgreeToClose()) {
                e.consume();
            }
        });
        // Whatever closes the window (Quit, the title bar, the OS), the settings are saved first.
        // Then nothing in it may go on running: the place shown stops its clocks and animations
        // (see PlaceHost), and the keyboard leaves whatever had it, since a focused editor's caret
        // blinks on a timer (a closed window can still count as focused). A running timer is held
        // by JavaFX's pulse timer, and with it everything its handlers reach, the window included.
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            context.settings().flush();
            host.windowClosed();
            root.requestFocus();
        });
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> host.windowShown());
    }

    /** Windows narrower than this (1024 to about 1200 pixels) get the compact frame. */
    static final double COMPACT_WIDTH = 1200;

    private static void compact(StackPane root, NavigationRail rail, boolean on) {
        if (on != root.getStyleClass().contains("compact")) {
            if (on) {
                root.getStyleClass().add("compact");
            } else {
                root.getStyleClass().remove("compact");
            }
        }
        rail.setCompact(on);
    }

    public void show() {
        stage.show();
    }

    private void closeIfPlacesAgree() {
        if (placesAgreeToClose()) {
            stage.close();
        }
    }

    /** Every place agrees (the first that does not stops the asking). */
    private boolean placesAgreeToClose() {
        return context.places().all().stream().allMatch(Place::mayClose);
    }

    /** The frame's view-model, for the few things outside the frame that steer it. */
    public FrameModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }

    /**
     * Full screen with the current place alone, or the normal frame. The chrome is hidden rather
     * than removed, so the menus' accelerators keep working. The place handles Esc itself (it
     * knows what leaving means), hence no exit key and no platform hint about one.
     */
    private void showPlaceAlone(boolean alone, Node... chrome) {
        for (Node n : chrome) {
            n.setVisible(!alone);
            n.setManaged(!alone);
        }
        stage.setFullScreenExitKeyCombination(alone ? KeyCombination.NO_MATCH : null);
        stage.setFullScreenExitHint(alone ? "" : null);
        stage.setFullScreen(alone);
    }

    /** Ctrl+1 to Ctrl+9 for the places, in order; returns the keys' display text for the rail. */
    private List<String> registerPlaceShortcuts() {
        ShortcutRegistry shortcuts = context.shortcuts();
        NavigationModel navigation = model.navigation();
        List<String> placeKeys = new ArrayList<>();
        List<Place> places = navigation.places();
        for (int i = 0; i < Math.min(places.size(), NUMBERED_PLACES); i++) {
            int number = i + 1;
            KeyCombination keys = new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(number)), KeyCombination.SHORTCUT_DOWN);
            shortcuts.register(ShortcutRegistry.EVERYWHERE, keys, "Go to " + places.get(i).title(), () -> navigation.showNumber(number));
            placeKeys.add(keys.getDisplayText());
        }
        return placeKeys;
    }

    /** The help keys no menu item carries: "?" beside F1 (which the menu has), and Esc for the overlay. */
    private void registerHelpShortcuts() {
        ShortcutRegistry shortcuts = context.shortcuts();
        shortcuts.register(ShortcutRegistry.EVERYWHERE, new KeyCharacterCombination("?"), "Show keyboard shortcuts", model::showShortcuts);
        shortcuts.describe(ShortcutRegistry.EVERYWHERE, new KeyCodeCombination(KeyCode.ESCAPE), "Close this panel");
    }

    private void dispatchKey(KeyEvent event) {
        if (event.isConsumed()) {
            return;
        }
        if (model.overlayProperty().get() != FrameModel.Overlay.NONE
                && event.getEventType() == KeyEvent.KEY_PRESSED && event.getCode() == KeyCode.ESCAPE) {
            model.closeOverlay();
            event.consume();
            return;
        }
        // A bare "?", "[", a digit or Delete typed into a text field or the YAML editor is text, not a
        // request for help, a step or a deletion; only shortcuts with Ctrl, Alt or Meta reach past it.
        javafx.scene.Node focus = scene.getFocusOwner();
        boolean typing = focus instanceof TextInputControl || focus instanceof org.fxmisc.richtext.GenericStyledArea;
        context.shortcuts().find(event, model.navigation().current().id())
                .filter(shortcut -> !(typing && shortcut.isUnmodified()))
                .ifPresent(shortcut -> {
                    event.consume();
                    shortcut.action().orElseThrow().run();
                });
    }
}
