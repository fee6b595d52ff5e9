package io.netpoldojo.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.workspace.AutoLayout;
import io.netpoldojo.workspace.Drawings;
import io.netpoldojo.workspace.PortFilter;
import io.netpoldojo.workspace.ScenarioFiles;
import io.netpoldojo.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario under {@code content/scenarios/}, drawn as File > Open lays it out and as a lesson
 * lays it out, read back from its SVG: cards apart, zones around their cards, outside endpoints at
 * the left or top edge, and every arrow visible (no third card over it, no zone title under it, a run of its
 * own between its cards). New scenarios are picked up as they are added.
 */
class ScenarioDiagramRulesTest {
    /** Cards at least this far apart. */
    private static final double CARD_GAP = 24;
    /** An arrow's line outside its two cards is at least this long. */
    private static final double MIN_RUN = 20;

    static Stream<Arguments> diagrams() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("content/scenarios"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                out.add(Arguments.of(f.getFileName().toString(), "opened"));
                out.add(Arguments.of(f.getFileName().toString(), "lesson"));
            }
        }
        return out.stream();
    }

    private static String render(String file, String how) throws IOException {
        String text = Files.readString(Path.of("content/scenarios", file));
        ScenarioFiles.Opened opened = new ScenarioFiles().read(file, text);
        assertTrue(opened.workspace().isPresent(), file + " opens: " + opened.diagnostics());
        Workspace ws = how.equals("lesson") ? AutoLayout.forLesson(opened) : opened.workspace().get();
        return new SvgWriter(Theme.light(), 1).write(Drawings.at(ws, -1, PortFilter.OWN_PORTS));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("diagrams")
    void everyArrowCanBeSeenAndCardsHaveRoom(String file, String how) throws Exception {
        String svg = render(file, how);
        assertEquals(svg, render(file, how), "the same scenario is drawn the same way every time");
        SvgDiagram d = new SvgDiagram(svg);
        assertFalse(d.cards.isEmpty(), "cards are drawn");
        List<String> problems = problems(d);
        assertTrue(problems.isEmpty(), file + " (" + how + "):\n  " + String.join("\n  ", problems));
    }

    /** The checks catch what the first layouts did wrong: cards that touch, an arrow under a card, one over a title. */
    @org.junit.jupiter.api.Test
    void theRulesCatchTouchingCardsAnArrowUnderACardAndOneOverATitle() throws Exception {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" width="600" height="300">
                <g class="zone" data-namespace="app" data-label-box="38 30 134 20"><rect x="24" y="24" width="560" height="200"/></g>
                <path class="arrow allowed" data-from="app/a" data-to="app/c" d="M182 113 C300 113 300 113 420 113"/>
                <path class="arrow allowed" data-from="app/a" data-to="app/b" d="M100 80 C100 20 100 20 200 80"/>
                <g class="endpoint pod" data-id="app/a"><rect x="24" y="80" width="158" height="66"/></g>
                <g class="endpoint pod" data-id="app/b"><rect x="184" y="80" width="158" height="66"/></g>
                <g class="endpoint pod" data-id="app/c"><rect x="420" y="80" width="158" height="66"/></g>
                </svg>
                """;
        String found = String.join("\n", problems(new SvgDiagram(svg)));
        assertTrue(found.contains("app/a and app/b are 2 px apart"), found);
        assertTrue(found.contains("app/a -> app/c runs under app/b"), found);
        assertTrue(found.contains("app/a -> app/b crosses the title of namespace app"), found);
    }

    private static List<String> problems(SvgDiagram d) {
        List<String> problems = new ArrayList<>();
        cardsApart(d, problems);
        zonesFitTheirCards(d, problems);
        outsideAtTheEdge(d, problems);
        for (SvgDiagram.Arrow a : d.arrows) {
            arrowVisible(d, a, problems);
        }
        return problems;
    }

    private static void cardsApart(SvgDiagram d, List<String> problems) {
        List<Map.Entry<String, Box>> cards = new ArrayList<>(d.cards.entrySet());
        for (int i = 0; i < cards.size(); i++) {
            for (int j = i + 1; j < cards.size(); j++) {
                double gap = cards.get(i).getValue().gap(cards.get(j).getValue());
                if (gap < CARD_GAP) {
                    problems.add(cards.get(i).getKey() + " and " + cards.get(j).getKey() + " are " + Math.round(gap)
                            + " px apart");
                }
            }
        }
    }

    private static void zonesFitTheirCards(SvgDiagram d, List<String> problems) {
        for (SvgDiagram.Zone z : d.zones) {
            Box around = null;
            for (Map.Entry<String, Box> c : d.cards.entrySet()) {
                if (c.getKey().startsWith(z.namespace() + "/")) {
                    Box card = c.getValue();
                    if (!z.box().inflate(-12).contains(card.x(), card.y())
                            || !z.box().inflate(-12).contains(card.maxX(), card.maxY())) {
                        problems.add(c.getKey() + " is not well inside namespace " + z.namespace());
                    }
                    around = around == null ? card : around.union(card);
                }
            }
            if (around != null) {
                // No more room than a header, a margin, and the title's width need.
                double width = Math.max(around.width() + 2 * 40, z.label().width() + 2 * Sizes.LABEL_LEFT + 1);
                if (z.box().width() > width || z.box().height() > around.height() + 2 * 40 + Sizes.ZONE_HEADER) {
                    problems.add("namespace " + z.namespace() + " is much larger than its cards");
                }
            }
            if (z.label().maxX() > z.box().maxX() + 0.5) {
                problems.add("the title of namespace " + z.namespace() + " sticks out of its zone");
            }
        }
    }

    private static void outsideAtTheEdge(SvgDiagram d, List<String> problems) {
        double zonesLeft = d.zones.stream().mapToDouble(z -> z.box().x()).min().orElse(Double.MAX_VALUE);
        double zonesTop = d.zones.stream().mapToDouble(z -> z.box().y()).min().orElse(Double.MAX_VALUE);
        d.outside.forEach((id, out) -> {
            Box card = d.cards.get(id);
            // A column at the left edge, or (a narrow frame such as a lesson's column) a row along the top.
            if (out && card.maxX() > zonesLeft && card.maxY() > zonesTop) {
                problems.add("outside endpoint " + id + " is not at the left or top edge, beside the zones");
            }
            if (out && d.zones.stream().anyMatch(z -> z.box().overlaps(card))) {
                problems.add("outside endpoint " + id + " stands in a namespace");
            }
        });
    }

    private static void arrowVisible(SvgDiagram d, SvgDiagram.Arrow a, List<String> problems) {
        String name = a.from() + " -> " + a.to();
        Box from = d.cards.get(a.from());
        Box to = d.cards.get(a.to());
        if (from == null || to == null) {
            problems.add(name + " has no card at one end");
            return;
        }
        List<double[]> p = a.points();
        double run = 0;
        for (int i = 1; i < p.size(); i++) {
            double[] s = p.get(i - 1);
            double[] e = p.get(i);
            for (Map.Entry<String, Box> c : d.cards.entrySet()) {
                if (!c.getKey().equals(a.from()) && !c.getKey().equals(a.to())
                        && c.getValue().crossedBy(s[0], s[1], e[0], e[1])) {
                    problems.add(name + " runs under " + c.getKey());
                    return;
                }
            }
            for (SvgDiagram.Zone z : d.zones) {
                if (z.label().crossedBy(s[0], s[1], e[0], e[1])) {
                    problems.add(name + " crosses the title of namespace " + z.namespace());
                    return;
                }
            }
            boolean inside = from.contains(e[0], e[1]) || to.contains(e[0], e[1]);
            run += inside ? 0 : Math.hypot(e[0] - s[0], e[1] - s[1]);
        }
        if (run < MIN_RUN) {
            problems.add(name + " has only " + Math.round(run) + " px of line between its cards");
        }
        double[] start = p.get(0);
        double[] end = p.get(p.size() - 1);
        if (from.gap(new Box(start[0], start[1], 0, 0)) > 12 || to.gap(new Box(end[0], end[1], 0, 0)) > 12) {
            problems.add(name + " does not start at its source card and end at its destination");
        }
    }
}
