package io.netpoldojo.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A question's diagram drawn without its answer ({@link SvgWriter#asking}): whatever the engine
 * says of the asked arrow and of the arrows that would give it away, the picture is the same, byte
 * for byte; the arrows that tell nothing keep their colours.
 */
class SvgWriterQuestionTest {
    private static final SvgWriter.Question ASKED = new SvgWriter.Question(
            new SvgWriter.Ends("backend", "redis"), Set.of(new SvgWriter.Ends("frontend", "redis")));

    private static Drawing drawing(Drawing.State asked, Drawing.State spoiler) {
        Drawing.Card frontend = new Drawing.Card("frontend", false, new Box(24, 24, 200, 66), "frontend", "app=web",
                "8080");
        Drawing.Card backend = new Drawing.Card("backend", false, new Box(300, 24, 200, 66), "backend", "app=api",
                "8080");
        Drawing.Card redis = new Drawing.Card("redis", false, new Box(300, 200, 200, 66), "redis", "app=redis",
                "6379");
        return new Drawing(540, 300, List.of(), List.of(frontend, backend, redis), List.of(
                arrow("frontend", "backend", Drawing.State.ALLOWED, 224, 57, 300, 57),
                arrow("backend", "redis", asked, 400, 90, 400, 200),
                arrow("frontend", "redis", spoiler, 124, 90, 300, 233)));
    }

    private static Drawing.Arrow arrow(String from, String to, Drawing.State state, double x1, double y1, double x2,
                                       double y2) {
        String ports = from.equals("frontend") && to.equals("backend") ? "8080/TCP" : "6379/TCP";
        return new Drawing.Arrow(from, to, state, Curve.straight(x1, y1, x2, y2),
                state == Drawing.State.DENIED ? "" : ports, state == Drawing.State.ALLOWED ? "" : ports);
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void theQuestionsPictureIsTheSameWhateverTheAnswer(String theme) {
        SvgWriter writer = new SvgWriter(Theme.load(theme), 1).asking(ASKED);
        String allowed = writer.write(drawing(Drawing.State.ALLOWED, Drawing.State.ALLOWED));
        for (Drawing.State asked : Drawing.State.values()) {
            for (Drawing.State spoiler : Drawing.State.values()) {
                assertEquals(allowed, writer.write(drawing(asked, spoiler)),
                        "asked " + asked + ", spoiler " + spoiler + " must draw the same picture");
            }
        }
    }

    @Test
    void theAskedArrowIsDrawnAsAskedAndTheOthersKeepTheirVerdicts() throws Exception {
        String svg = new SvgWriter(Theme.light(), 1).asking(ASKED)
                .write(drawing(Drawing.State.DENIED, Drawing.State.DENIED));
        SvgDiagram read = new SvgDiagram(svg);
        assertEquals(List.of("frontend->backend allowed", "frontend->redis unrevealed", "backend->redis asked"),
                read.arrows.stream().map(a -> a.from() + "->" + a.to() + " " + a.state()).toList());
        assertTrue(svg.contains("class=\"asked-mark\""), "a ? on the asked arrow");
        assertTrue(svg.contains("class=\"endpoint pod asked-end\" data-id=\"backend\""));
        assertTrue(svg.contains("class=\"endpoint pod asked-end\" data-id=\"redis\""));
        assertFalse(svg.contains("6379/TCP"), "no port list of a secret arrow: " + svg);
        assertFalse(svg.contains("<text class=\"arrow-marker"), "no \u2715 on a secret arrow");
    }

    @Test
    void withoutAQuestionEveryArrowShowsItsVerdict() throws Exception {
        SvgDiagram read = new SvgDiagram(new SvgWriter(Theme.light(), 1)
                .write(drawing(Drawing.State.DENIED, Drawing.State.PARTLY)));
        assertEquals(Set.of("frontend->backend allowed", "frontend->redis partly", "backend->redis denied"),
                Set.copyOf(read.arrows.stream().map(a -> a.from() + "->" + a.to() + " " + a.state()).toList()));
    }
}
