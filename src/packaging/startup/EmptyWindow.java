import io.netpoldojo.ui.StartupProbe;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor for start-up: an empty JavaFX window of the app's default size, timed by the app's own
 * {@link StartupProbe}. src/packaging/measure-startup compiles it against the app's jar and runs it
 * with the same JVM and flags as the app. Like the app's Main, the main class does not extend
 * Application, so JavaFX can come from the class path.
 */
public final class EmptyWindow {
    private EmptyWindow() {}

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(), 1360, 860);
            stage.setTitle("Empty window");
            stage.setScene(scene);
            StartupProbe.watch(scene);
            stage.show();
        }
    }
}
