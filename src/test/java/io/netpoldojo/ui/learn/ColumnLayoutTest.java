package io.netpoldojo.ui.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.content.Scenario;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.workspace.NamespaceZone;
import io.netpoldojo.workspace.PlacedEndpoint;
import io.netpoldojo.workspace.ScenarioFiles;
import io.netpoldojo.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every lesson scenario flowed into a column: within the width, pods still in their zones, nothing overlapping. */
class ColumnLayoutTest {
    private static final double WIDTH = 820;
    private static final double MIN_WIDTH = 740;
    private static List<Scenario> scenarios;

    @BeforeAll
    static void load() {
        scenarios = new ContentLoader().load(Path.of("content")).scenarios();
    }

    static Stream<Arguments> lessonScenarios() {
        return Stream.of("and-vs-or", "ipblock", "microservices", "microservices-open", "pod-selection", "policy-types",
                "ports", "recipes-tour", "replies").map(Arguments::of);
    }

    private static Workspace workspace(String id) {
        Scenario s = scenarios.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        return new ScenarioFiles().read(s.id() + ".yaml", s.yaml()).workspace().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessonScenarios")
    void fitsTheColumnAndKeepsEachPodInItsZone(String id) {
        Workspace before = workspace(id);
        ColumnLayout.Arranged arranged = ColumnLayout.fit(before, WIDTH, MIN_WIDTH);
        Workspace after = arranged.workspace();
        assertTrue(arranged.width() <= WIDTH || after.namespaces().size() == 1,
                id + " is " + arranged.width() + " wide; only a single zone wider than the column may overflow");
        for (NamespaceZone zone : after.namespaces()) {
            assertTrue(zone.rect().x() + zone.rect().width() <= arranged.width(), zone.name());
            assertTrue(zone.rect().y() + zone.rect().height() <= arranged.height(), zone.name());
            for (NamespaceZone other : after.namespaces()) {
                if (other != zone) {
                    assertTrue(!overlap(zone, other), zone.name() + " overlaps " + other.name());
                }
            }
        }
        for (PlacedEndpoint e : after.endpoints()) {
            if (e.endpoint() instanceof Pod pod) {
                NamespaceZone zone = after.zone(pod.namespace()).orElseThrow();
                NamespaceZone was = before.zone(pod.namespace()).orElseThrow();
                PlacedEndpoint old = before.endpoint(e.id()).orElseThrow();
                // Moved with its zone, by exactly the zone's move.
                assertEquals(old.at().x() - was.rect().x(), e.at().x() - zone.rect().x(), 1e-9, e.id());
                assertEquals(old.at().y() - was.rect().y(), e.at().y() - zone.rect().y(), 1e-9, e.id());
            } else {
                assertTrue(e.at().x() < after.namespaces().stream().mapToDouble(z -> z.rect().x()).min().orElse(1e9),
                        "outside endpoints stay left of the zones: " + e.id());
            }
        }
        assertEquals(before.endpoints().stream().map(PlacedEndpoint::id).toList(),
                after.endpoints().stream().map(PlacedEndpoint::id).toList(), "same endpoints, same order");
        assertEquals(before.policies(), after.policies());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessonScenarios")
    void aNarrowDrawingSitsInTheMiddleOfItsFrame(String id) {
        ColumnLayout.Arranged tight = ColumnLayout.fit(workspace(id), WIDTH);
        ColumnLayout.Arranged framed = ColumnLayout.fit(workspace(id), WIDTH, MIN_WIDTH);
        assertEquals(Math.max(MIN_WIDTH, tight.width()), framed.width(), 1e-9);
        double left = left(framed.workspace());
        double right = framed.width() - right(framed.workspace());
        assertEquals(left, right, 1e-6, "as much room on the left as on the right");
        if (tight.width() < MIN_WIDTH) {
            assertTrue(left > ColumnLayout.MARGIN, id + " moved to the middle");
        }
    }

    private static double left(Workspace ws) {
        double zones = ws.namespaces().stream().mapToDouble(z -> z.rect().x()).min().orElse(1e9);
        double outside = ws.endpoints().stream().filter(e -> !(e.endpoint() instanceof Pod))
                .mapToDouble(e -> e.at().x() - ColumnLayout.ENDPOINT_WIDTH / 2).min().orElse(1e9);
        return Math.min(zones, outside);
    }

    private static double right(Workspace ws) {
        double zones = ws.namespaces().stream().mapToDouble(z -> z.rect().x() + z.rect().width()).max().orElse(0);
        double outside = ws.endpoints().stream().filter(e -> !(e.endpoint() instanceof Pod))
                .mapToDouble(e -> e.at().x() + ColumnLayout.ENDPOINT_WIDTH / 2).max().orElse(0);
        return Math.max(zones, outside);
    }

    private static boolean overlap(NamespaceZone a, NamespaceZone b) {
        return a.rect().x() < b.rect().x() + b.rect().width() && b.rect().x() < a.rect().x() + a.rect().width()
                && a.rect().y() < b.rect().y() + b.rect().height() && b.rect().y() < a.rect().y() + a.rect().height();
    }
}
