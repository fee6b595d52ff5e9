package io.netpoldojo.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.content.Scenario;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.workspace.NamespaceZone;
import io.netpoldojo.workspace.PlacedEndpoint;
import io.netpoldojo.workspace.Rect;
import io.netpoldojo.workspace.ScenarioFiles;
import io.netpoldojo.workspace.Workspace;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The projector layout keeps what the canvas relies on, for every scenario in content/. */
class StageLayoutTest {

    static Stream<Scenario> scenarios() {
        return new ContentLoader().load(Path.of("content")).scenarios().stream();
    }

    private static Rect card(PlacedEndpoint e) {
        return new Rect(e.at().x() - StageLayout.CARD_WIDTH / 2, e.at().y() - StageLayout.CARD_HEIGHT / 2,
                StageLayout.CARD_WIDTH, StageLayout.CARD_HEIGHT);
    }

    private static boolean inside(Rect inner, Rect outer) {
        return inner.x() >= outer.x() && inner.y() >= outer.y() && inner.x() + inner.width() <= outer.x() + outer.width()
                && inner.y() + inner.height() <= outer.y() + outer.height();
    }

    private static boolean overlap(Rect a, Rect b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }

    /** Each scenario on the usual stage, and on the squarer one of a 1024×768 projector. */
    static Stream<Arguments> scenariosAndShapes() {
        return scenarios().flatMap(s -> Stream.of(Arguments.of(s, Script.STAGE_ASPECT), Arguments.of(s, 1.0)));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("scenariosAndShapes")
    void podsStayInTheirZonesAndNothingOverlaps(Scenario scenario, double aspect) {
        Workspace read = new ScenarioFiles().read(scenario.id() + ".yaml", scenario.yaml()).workspace().orElseThrow();
        Workspace ws = StageLayout.arrange(read, aspect);

        assertEquals(read.endpoints().stream().map(PlacedEndpoint::id).toList(),
                ws.endpoints().stream().map(PlacedEndpoint::id).toList(), "same endpoints, same order");
        assertEquals(read.policies(), ws.policies());
        for (PlacedEndpoint e : ws.endpoints()) {
            if (e.endpoint() instanceof Pod pod) {
                NamespaceZone zone = ws.zone(pod.namespace()).orElseThrow();
                assertTrue(inside(card(e), zone.rect()), e.id() + " inside namespace " + zone.name());
                assertEquals(pod.namespace(), ws.zoneAt(e.at()).orElseThrow().name(), e.id() + " is found in its zone");
            } else {
                for (NamespaceZone z : ws.namespaces()) {
                    assertFalse(overlap(card(e), z.rect()), e.id() + " stands outside namespace " + z.name());
                }
            }
            for (PlacedEndpoint other : ws.endpoints()) {
                assertTrue(e == other || !overlap(card(e), card(other)), e.id() + " and " + other.id());
            }
        }
        for (NamespaceZone a : ws.namespaces()) {
            for (NamespaceZone b : ws.namespaces()) {
                assertTrue(a == b || !overlap(a.rect(), b.rect()), a.name() + " and " + b.name());
            }
        }
    }
}
