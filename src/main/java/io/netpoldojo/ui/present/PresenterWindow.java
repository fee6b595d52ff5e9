package io.netpoldojo.ui.present;

import io.netpoldojo.ui.ShortcutRegistry;
import io.netpoldojo.ui.Themes;
import io.netpoldojo.userdata.ThemeMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The presenter window: {@code presenter.fxml} in a window of its own on the teacher's screen,
 * in the app's colours, with the stage's keys. Its timer ticks once a second while it is open.
 */
final class PresenterWindow {
    static final String TITLE = "NetPol Dojo \u00b7 presenter";

    private final Stage window = new Stage();
    private final PresenterModel model;
    private final Timeline ticking;
    private final ObservableValue<ThemeMode> theme;
    private final ChangeListener<ThemeMode> onTheme;

    /**
     * @param owner  the app's window (the presenter window closes with it)
     * @param screen where to open: the laptop's screen
     */
    PresenterWindow(PresenterModel model, String keysText, ShortcutRegistry shortcuts, String scope,
                    ObservableValue<ThemeMode> theme, Window owner, Rectangle2D screen) {
        this.model = model;
        this.theme = theme;
        FXMLLoader loader = new FXMLLoader(PresenterWindow.class.getResource("presenter.fxml"));
        loader.setController(new PresenterController(model, keysText));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            // The form ships inside the jar: failing to read it is a broken build, not a user's problem.
            throw new UncheckedIOException("presenter.fxml could not be loaded", e);
        }
        Scene scene = new Scene(root);
        onTheme = (o, was, now) -> style(scene, now);
        style(scene, theme.getValue());
        theme.addListener(onTheme);
        StageKeys.forward(scene, shortcuts, scope);
        window.setTitle(TITLE);
        window.initOwner(owner);
        window.setScene(scene);
        window.setX(screen.getMinX() + screen.getWidth() * 0.05);
        window.setY(screen.getMinY() + screen.getHeight() * 0.05);
        window.setWidth(screen.getWidth() * 0.9);
        window.setHeight(screen.getHeight() * 0.9);
        ticking = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        ticking.setCycleCount(Animation.INDEFINITE);
        window.setOnShown(e -> ticking.play());
        window.setOnHidden(e -> {
            ticking.stop();
            theme.removeListener(onTheme);
        });
    }

    private static void style(Scene scene, ThemeMode mode) {
        Themes.apply(mode, scene);
        scene.getStylesheets().addAll(PresenterWindow.class.getResource("present.css").toExternalForm(),
                PresenterWindow.class.getResource("presenter.css").toExternalForm());
    }

    void show() {
        model.tick();
        window.show();
    }

    void close() {
        window.close();
    }

    boolean isShowing() {
        return window.isShowing();
    }

    Stage window() {
        return window;
    }

    PresenterModel model() {
        return model;
    }
}
