package io.netpoldojo.ui.classroom;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Waits on what the teacher's screen says: the vote's views follow the room a frame or two later. */
public final class Waits {
    private Waits() {}

    /** Waits up to 10 s for the label {@code query} to read {@code expected}; fails saying what it reads. */
    public static void forText(FxRobot robot, String query, String expected) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQueryAs(Label.class)
                    .map(l -> l.getText().equals(expected)).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(query + " never said \"" + expected + "\"; it says \""
                    + robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse("(nothing)") + "\"", e);
        }
    }
}
