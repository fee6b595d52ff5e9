package io.netpoldojo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The app loads its lessons from here once the window is on screen: it must run, once, on the JavaFX thread, after the frame. */
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {
    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void runsEachWaitingActionOnceAfterTheWindowIsDrawn() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        Stage[] stage = new Stage[1];
        WaitForAsyncUtils.asyncFx(() -> {
            stage[0] = new Stage();
            Scene scene = new Scene(new StackPane(new Label("first frame")), 300, 200);
            stage[0].setScene(scene);
            FirstFrame.whenDrawn(scene, () -> ran.add("load" + (Platform.isFxApplicationThread() ? " on fx" : " elsewhere")
                    + (stage[0].isShowing() ? " after show" : " before show")));
            FirstFrame.whenDrawn(scene, () -> ran.add("second"));
            assertTrue(ran.isEmpty(), "nothing runs before the window is shown");
            stage[0].show();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ran.size() == 2);
        // Later frames (a change on screen) run nothing again.
        WaitForAsyncUtils.asyncFx(() -> ((Label) ((StackPane) stage[0].getScene().getRoot()).getChildren().get(0)).setText("changed"))
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents(10);
        assertEquals(List.of("load on fx after show", "second"), ran);
    }
}
