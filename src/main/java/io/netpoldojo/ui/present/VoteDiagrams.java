package io.netpoldojo.ui.present;

import io.netpoldojo.classroom.PollDiagram;
import io.netpoldojo.diagram.Drawing;
import io.netpoldojo.diagram.SvgWriter;
import io.netpoldojo.diagram.Theme;
import io.netpoldojo.workspace.PolicyDrafts;
import io.netpoldojo.workspace.PortFilter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The pictures a class vote puts on the phones for a presentation's asked steps, as the stage
 * draws that step: before the reveal without the answer ({@link SvgWriter#asking}, keeping to itself
 * the same arrows the stage's {@link Spoilers} hide), and from the reveal on with every verdict.
 * Each is made once per step, when first asked for, in the light and the dark theme.
 */
public final class VoteDiagrams {
    private static final System.Logger LOG = System.getLogger(VoteDiagrams.class.getName());

    private final StepDrawings steps;
    private final Map<Integer, Optional<PollDiagram>> questions = new HashMap<>();
    private final Map<Integer, Optional<PollDiagram>> answers = new HashMap<>();
    private Theme light;
    private Theme dark;

    /** @param ports the port filter the stage's canvas draws its arrows with */
    public VoteDiagrams(Script script, PolicyDrafts drafts, PortFilter ports) {
        this.steps = new StepDrawings(script, drafts, ports);
    }

    /** Step {@code step}'s diagram for the vote: no verdict on the asked arrow nor on any that would tell it. */
    public Optional<PollDiagram> question(int step) {
        return questions.computeIfAbsent(step, i -> steps.question(i).flatMap(q -> draw(i, Optional.of(q))));
    }

    /** Step {@code step}'s diagram once its answer is revealed: every arrow with its verdict, as the stage shows it. */
    public Optional<PollDiagram> answer(int step) {
        return answers.computeIfAbsent(step, i -> draw(i, Optional.empty()));
    }

    private Optional<PollDiagram> draw(int step, Optional<SvgWriter.Question> question) {
        try {
            Drawing d = steps.drawing(step);
            if (light == null) {
                light = Theme.light();
                dark = Theme.dark();
            }
            return Optional.of(new PollDiagram(writer(light, question).write(d), writer(dark, question).write(d)));
        } catch (RuntimeException e) {
            // The vote goes on without a picture: the question's text still says what is asked.
            LOG.log(System.Logger.Level.WARNING, "no diagram for the class vote at step " + step, e);
            return Optional.empty();
        }
    }

    private static SvgWriter writer(Theme theme, Optional<SvgWriter.Question> question) {
        SvgWriter w = new SvgWriter(theme, 1);
        return question.map(w::asking).orElse(w);
    }
}
