package io.netpoldojo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The start-up probe's tour, which the class-data archive's training run uses: from the place the
 * window opened on, it shows every other place in turn, each until its first frame is drawn, then
 * says it is done; every place has been built by then (their classes are what the archive needs).
 */
class PlaceTourTest extends WindowFixture {
    @Start
    void start(Stage stage) {
        openWithContent();
    }

    @Test
    void visitsEveryOtherPlaceInTurnAndThenFinishes(FxRobot robot) throws InterruptedException {
        NavigationModel navigation = window.model().navigation();
        List<String> shown = new ArrayList<>();
        robot.interact(() -> navigation.currentProperty().addListener((o, was, now) -> shown.add(now.id())));
        assertEquals("learn", navigation.current().id());
        assertEquals(1, context.places().builtCount(), "only the place shown is built at first");

        CountDownLatch done = new CountDownLatch(1);
        robot.interact(() -> new PlaceTour(window.stage().getScene(), navigation, context.content()).run(done::countDown));
        assertTrue(done.await(60, TimeUnit.SECONDS), "the tour finished; it had shown " + shown);

        assertEquals(List.of("playground", "quiz", "present"), shown);
        assertEquals(4, context.places().builtCount());
    }
}
