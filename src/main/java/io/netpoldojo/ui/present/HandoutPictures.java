package io.netpoldojo.ui.present;

import io.netpoldojo.diagram.Drawing;
import io.netpoldojo.diagram.SvgWriter;
import io.netpoldojo.diagram.Theme;
import io.netpoldojo.workspace.PolicyDrafts;
import io.netpoldojo.workspace.PortFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The handout's pictures: each step's canvas through the app's one diagram export (the drawing
 * {@code render} and "Export picture" make, as SVG), in the light colours for paper, marked as the
 * stage marks it ({@link StepDrawings}). A step that asks has two: as the class saw it when asked
 * (the arrow asked about dotted with a "?", every arrow that would tell the answer grey), and once
 * the answer was revealed (the asked arrow and the arrows the step changed marked). No nodes and
 * no FX thread: the handout is written in the background.
 */
final class HandoutPictures {
    /** A step's pictures, as SVG: when asked (only a step that asks), and once it has run and any answer is shown. */
    record Step(Optional<String> asked, String shown) {}

    private HandoutPictures() {}

    static List<Step> of(Script script, PolicyDrafts drafts) {
        // The stage's canvas draws its arrows with the Playground's default filter: each pod's own ports.
        StepDrawings steps = new StepDrawings(script, drafts, PortFilter.OWN_PORTS);
        SvgWriter paper = new SvgWriter(Theme.light(), 1);
        List<Step> out = new ArrayList<>();
        for (int i = 0; i < script.steps().size(); i++) {
            int step = i;
            Drawing d = steps.drawing(i);
            Optional<String> asked = steps.question(i).map(q -> paper.asking(q).marking(steps.marks(step, false)).write(d));
            out.add(new Step(asked, paper.marking(steps.marks(i, true)).write(d)));
        }
        return List.copyOf(out);
    }
}
