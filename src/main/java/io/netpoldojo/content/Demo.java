package io.netpoldojo.content;

import io.netpoldojo.engine.model.NetworkPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A scripted classroom demo from {@code content/demos/<id>.yaml}. It starts with none of the
 * scenario's policies applied; each step may apply or remove one.
 */
public record Demo(String id, String title, String description, String scenario, List<DemoStep> steps) {
    public Demo {
        steps = List.copyOf(steps);
    }

    /**
     * The scenario's policies in force once steps 0..{@code stepIndex} have run, in the
     * scenario's order (the order does not change any verdict; it keeps the display stable).
     */
    public List<NetworkPolicy> policiesAfterStep(Scenario s, int stepIndex) {
        List<String> applied = new ArrayList<>();
        for (int i = 0; i <= stepIndex && i < steps.size(); i++) {
            DemoStep step = steps.get(i);
            step.remove().ifPresent(applied::remove);
            step.apply().ifPresent(applied::add);
        }
        List<NetworkPolicy> out = new ArrayList<>();
        for (String ref : applied) {
            s.policy(ref).ifPresent(out::add);
        }
        out.sort(java.util.Comparator.comparingInt(s.policiesInOrder()::indexOf));
        return out;
    }

    /**
     * One step of a demo.
     *
     * @param highlight       endpoint ids to point at
     * @param highlightArrows connections to point at ({@code from -> to} in the file)
     * @param question        a predict-then-reveal question: the class answers, then the engine does
     */
    public record DemoStep(String title, String narration, Optional<String> apply, Optional<String> remove,
                           List<String> highlight, List<Arrow> highlightArrows, Optional<Question> question) {
        public DemoStep {
            highlight = List.copyOf(highlight);
            highlightArrows = List.copyOf(highlightArrows);
        }
    }

    /** A connection on the canvas, from one endpoint to another, whatever the port. */
    public record Arrow(String from, String to) {
        @Override
        public String toString() {
            return from + " -> " + to;
        }
    }

    /**
     * {@code ask: {question, from, to, port, hide}}.
     *
     * @param hide arrows the author also wants kept hidden until the answer is revealed, beyond
     *             the ones the stage always hides (the asked pair's, and those the step changes)
     */
    public record Question(String text, Ask ask, List<Arrow> hide) {
        public Question {
            hide = List.copyOf(hide);
        }

        public Question(String text, Ask ask) {
            this(text, ask, List.of());
        }
    }
}
