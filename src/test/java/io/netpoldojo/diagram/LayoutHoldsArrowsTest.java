package io.netpoldojo.diagram;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.workspace.AutoLayout;
import io.netpoldojo.workspace.Drawings;
import io.netpoldojo.workspace.NamespaceZone;
import io.netpoldojo.workspace.ScenarioFiles;
import io.netpoldojo.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A layout's size is that of everything drawn, its arrows included: every arrow routed between
 * the cards where the layout put them lies inside the drawing, {@link Sizes#ARROW_MARGIN} from
 * its edge, so a view that fits the drawing to its pane (a quiz card's, a lesson's column) shows
 * each line whole. The quiz cards' bowed arrows used to run past the drawing's edge, as only the
 * cards and zones counted in its size.
 */
class LayoutHoldsArrowsTest {
    /** The frames the app lays scenarios out for: a quiz prediction's and policy task's panes, a lesson's column, the Playground. */
    private static final List<DiagramLayout.Frame> FRAMES = List.of(new DiagramLayout.Frame(735, 504).compact(),
            new DiagramLayout.Frame(635, 710).compact(), AutoLayout.LESSON, AutoLayout.CANVAS);

    static Stream<Arguments> scenarios() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("content/scenarios"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                for (int i = 0; i < FRAMES.size(); i++) {
                    out.add(Arguments.of(f.getFileName().toString(), i));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}, frame {1}")
    @MethodSource("scenarios")
    void everyRoutedArrowLiesInsideTheDrawing(String file, int frame) throws IOException {
        ScenarioFiles.Opened opened = new ScenarioFiles().read(file, Files.readString(Path.of("content/scenarios", file)));
        Workspace ws = opened.workspace().orElseThrow();
        List<DiagramLayout.Zone> zones = ws.namespaces().stream()
                .map(z -> new DiagramLayout.Zone(z.name(), AutoLayout.labelWidth(z))).toList();
        List<DiagramLayout.Card> cards = ws.endpoints().stream().map(e -> new DiagramLayout.Card(e.id(),
                e.endpoint() instanceof io.netpoldojo.engine.model.Pod p ? p.namespace() : "")).toList();
        List<String[]> arrows = AutoLayout.arrows(ws);
        DiagramLayout.Placement placed = DiagramLayout.arrange(zones, cards, arrows, FRAMES.get(frame));

        List<Box> titles = new ArrayList<>();
        for (NamespaceZone z : ws.namespaces()) {
            titles.add(Sizes.zoneLabelBox(placed.zones().get(z.name()), AutoLayout.labelWidth(z)));
        }
        ArrowRouter router = new ArrowRouter(placed.cards(), titles);
        Box inside = new Box(0, 0, placed.width(), placed.height()).inflate(-Sizes.ARROW_MARGIN);
        List<String> out = new ArrayList<>();
        for (String[] a : arrows) {
            Box line = router.route(a[0], a[1]).extent().inflate(Sizes.ARROW_REACH);
            if (line.x() < inside.x() - 0.01 || line.y() < inside.y() - 0.01 || line.maxX() > inside.maxX() + 0.01
                    || line.maxY() > inside.maxY() + 0.01) {
                out.add(String.format("%s -> %s reaches %.0f,%.0f to %.0f,%.0f", a[0], a[1], line.x(), line.y(),
                        line.maxX(), line.maxY()));
            }
        }
        assertTrue(out.isEmpty(), file + " laid out " + Math.round(placed.width()) + " x "
                + Math.round(placed.height()) + ":\n  " + String.join("\n  ", out));
        // And the picture exported of it is the same size: the app and the export draw one drawing.
        Workspace laidOut = AutoLayout.arrange(ws, FRAMES.get(frame));
        Drawing d = Drawings.at(laidOut, -1, io.netpoldojo.workspace.PortFilter.OWN_PORTS);
        assertTrue(Math.abs(d.width() - placed.width()) < 1 && Math.abs(d.height() - placed.height()) < 1,
                file + ": the export is " + d.width() + " x " + d.height() + ", the layout " + placed.width() + " x "
                        + placed.height());
    }
}
