package io.netpoldojo.ui.playground.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.diagram.Box;
import io.netpoldojo.diagram.Curve;
import io.netpoldojo.diagram.Sizes;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.workspace.Drawings;
import io.netpoldojo.workspace.NamespaceZone;
import io.netpoldojo.workspace.PlacedEndpoint;
import io.netpoldojo.workspace.Point;
import io.netpoldojo.workspace.Rect;
import io.netpoldojo.workspace.Workspace;
import org.junit.jupiter.api.Test;

/** Where a pod lands: in its zone, on no card, and, when it is new, off the arrows already drawn. */
class ZoneLandingTest {
    /** The empty canvas's zone, with frontend near its top-left corner and backend near its bottom-right. */
    private static final Workspace TWO_CORNERS = Workspace.EMPTY
            .withZone(new NamespaceZone(Namespace.named("default"), new Rect(220, 40, 520, 380)))
            .withEndpoint(pod("frontend", 311, 115))
            .withEndpoint(pod("backend", 649, 375));

    @Test
    void aNewPodDroppedOnTheArrowBetweenTwoCardsLandsNearItButOffIt() {
        Curve line = Drawings.router(TWO_CORNERS).route("default/frontend", "default/backend");
        Point dropped = new Point(line.midX(), line.midY());

        ZoneLanding.Landing landing = ZoneLanding.forNewPod(TWO_CORNERS, dropped);

        Box card = Box.centredOn(landing.at().x(), landing.at().y(), Sizes.CARD_WIDTH, Sizes.CARD_HEIGHT);
        assertFalse(crossed(card, line), "landed at " + landing.at() + ", on the line");
        assertFalse(crossed(card, Drawings.router(TWO_CORNERS).route("default/backend", "default/frontend")));
        assertTrue(Math.hypot(landing.at().x() - dropped.x(), landing.at().y() - dropped.y())
                <= ZoneLanding.OFF_THE_ARROWS, "near where it was let go: " + landing.at());
        assertEquals("default", landing.namespace());
    }

    @Test
    void aMovedPodGoesWhereItIsPutWhenThatIsOnNoCard() {
        Curve line = Drawings.router(TWO_CORNERS).route("default/frontend", "default/backend");
        Workspace three = TWO_CORNERS.withEndpoint(pod("redis", 649, 115));
        Point put = new Point(line.midX(), line.midY());

        assertEquals(put, ZoneLanding.forMovedPod(three, "default/redis", "default", put).at());
    }

    @Test
    void aNewPodWithNoArrowAroundLandsWhereItIsDropped() {
        Workspace one = TWO_CORNERS.withoutEndpoint("default/backend");
        Point dropped = new Point(560, 330);

        assertEquals(dropped, ZoneLanding.forNewPod(one, dropped).at());
    }

    private static PlacedEndpoint pod(String name, double x, double y) {
        return new PlacedEndpoint(Pod.of("default", name, io.netpoldojo.engine.model.Labels.of("app", name),
                "10.244.1." + (10 + name.length())), new Point(x, y));
    }

    private static boolean crossed(Box box, Curve line) {
        for (int i = 1; i <= 64; i++) {
            if (box.crossedBy(line.x((i - 1) / 64.0), line.y((i - 1) / 64.0), line.x(i / 64.0), line.y(i / 64.0))) {
                return true;
            }
        }
        return false;
    }
}
