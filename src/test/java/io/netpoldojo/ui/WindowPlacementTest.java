package io.netpoldojo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netpoldojo.userdata.WindowGeometry;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1440, 870);
    private static final Rectangle2D MONITOR_RIGHT = new Rectangle2D(1440, 0, 2560, 1410);

    @Test
    void theFirstStartCentresTheDefaultSize() {
        Rectangle2D r = WindowPlacement.fit(Optional.empty(), List.of(LAPTOP), LAPTOP);
        assertEquals(new Rectangle2D(40, 5, 1360, 860), r);
    }

    @Test
    void aSavedPlaceOnAnyScreenIsKept() {
        WindowGeometry onMonitor = new WindowGeometry(2000, 100, 1000, 700, false);
        assertEquals(new Rectangle2D(2000, 100, 1000, 700), WindowPlacement.fit(Optional.of(onMonitor), List.of(LAPTOP, MONITOR_RIGHT), LAPTOP));
    }

    @Test
    void aSavedPlaceOnAnUnpluggedMonitorIsCentredOnThePrimaryScreen() {
        WindowGeometry onMonitor = new WindowGeometry(2000, 100, 1000, 700, false);
        assertEquals(new Rectangle2D(220, 85, 1000, 700), WindowPlacement.fit(Optional.of(onMonitor), List.of(LAPTOP), LAPTOP));
    }

    @Test
    void aWindowWhoseTitleBarIsAboveTheScreenIsBroughtBack() {
        WindowGeometry tooHigh = new WindowGeometry(100, -300, 800, 600, false);
        assertEquals(new Rectangle2D(320, 135, 800, 600), WindowPlacement.fit(Optional.of(tooHigh), List.of(LAPTOP), LAPTOP));
    }

    @Test
    void aWindowLargerThanTheScreenIsShrunkToIt() {
        WindowGeometry huge = new WindowGeometry(0, 0, 2500, 1400, false);
        assertEquals(new Rectangle2D(0, 0, 1440, 870), WindowPlacement.fit(Optional.of(huge), List.of(LAPTOP), LAPTOP));
    }
}
