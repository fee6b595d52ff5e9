package io.netpoldojo.ui.present;

import io.netpoldojo.content.Demo;
import io.netpoldojo.diagram.Drawing;
import io.netpoldojo.diagram.SvgWriter;
import io.netpoldojo.workspace.ConnectionMap;
import io.netpoldojo.workspace.Drawings;
import io.netpoldojo.workspace.PolicyDrafts;
import io.netpoldojo.workspace.PortFilter;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A presentation's steps as the app's one diagram export draws them ({@link Drawings} for the
 * places and lines, {@link SvgWriter} for the picture), with what the stage shows on them: the
 * question's arrow and the arrows its {@link Spoilers} keep secret until the reveal, and the
 * cards and arrows the step points at. The class vote's phones and the handout draw from here.
 */
final class StepDrawings {
    private final Script script;
    private final PolicyDrafts drafts;
    private final PortFilter ports;
    private final Spoilers spoilers;

    /** @param ports the port filter the stage's canvas draws its arrows with */
    StepDrawings(Script script, PolicyDrafts drafts, PortFilter ports) {
        this.script = script;
        this.drafts = drafts;
        this.ports = ports;
        this.spoilers = new Spoilers(script, drafts, ports);
    }

    /** The canvas once step {@code step} has run, every arrow with its verdict. */
    Drawing drawing(int step) {
        return Drawings.of(script.workspaceAt(step), ConnectionMap.compute(script.engineAt(step, drafts), ports));
    }

    /** Step {@code step}'s question as the stage asks it: its arrow, and the arrows hidden until the reveal; empty when it asks nothing. */
    Optional<SvgWriter.Question> question(int step) {
        return script.steps().get(step).question().map(q -> new SvgWriter.Question(
                new SvgWriter.Ends(q.ask().from(), q.ask().to()),
                spoilers.hiddenAt(step).stream().map(StepDrawings::ends).collect(Collectors.toSet())));
    }

    /**
     * What the stage marks at step {@code step}: the cards and arrows it points at and the
     * question's two ends; once revealed, also the question's arrow and the arrows the step changed
     * (before the reveal those are drawn without their verdict, and take no mark).
     */
    SvgWriter.Marks marks(int step, boolean revealed) {
        Script.Step s = script.steps().get(step);
        Set<String> cards = new HashSet<>(s.highlight());
        Set<SvgWriter.Ends> arrows = new HashSet<>();
        for (Demo.Arrow a : s.highlightArrows()) {
            arrows.add(new SvgWriter.Ends(a.from(), a.to()));
        }
        s.question().ifPresent(q -> {
            cards.add(q.ask().from());
            cards.add(q.ask().to());
            if (revealed) {
                arrows.add(new SvgWriter.Ends(q.ask().from(), q.ask().to()));
            }
        });
        Set<SvgWriter.Ends> changed = !revealed && s.question().isPresent() ? Set.of()
                : spoilers.changeAt(step).changed().stream().map(StepDrawings::ends).collect(Collectors.toSet());
        return new SvgWriter.Marks(cards, arrows, changed);
    }

    /** {@code from->to}, as {@link io.netpoldojo.workspace.Connection#key} writes it. */
    static SvgWriter.Ends ends(String key) {
        String[] parts = key.split("->", 2);
        return new SvgWriter.Ends(parts[0], parts.length > 1 ? parts[1] : "");
    }
}
