package io.netpoldojo.content;

import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.NetworkPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A scripted classroom demo from {@code content/demos/<id>.yaml}. It starts with none of the
 * scenario's policies applied; each step may apply or remove one, a NetworkPolicy or a
 * ClusterNetworkPolicy. Its {@code order} is its place in the Present list, as a course would
 * run the demos ({@link #UNORDERED} when the file gives none).
 */
public record Demo(String id, String title, String description, String scenario, List<DemoStep> steps, int order) {
    /** Where a demo without an {@code order} goes in the list: after the numbered ones, by id. */
    public static final int UNORDERED = Integer.MAX_VALUE;

    /** The list of demos as a course runs them: by {@code order}, then by id. */
    public static final Comparator<Demo> COURSE_ORDER = Comparator.comparingInt(Demo::order).thenComparing(Demo::id);

    public Demo {
        steps = List.copyOf(steps);
    }

    /** A demo with no place of its own in the course (one saved by a teacher). */
    public Demo(String id, String title, String description, String scenario, List<DemoStep> steps) {
        this(id, title, description, scenario, steps, UNORDERED);
    }

    /**
     * The references ({@code apply}, {@code remove}) in force once steps 0..{@code stepIndex} have
     * run, in the order they were applied; none at {@code -1}.
     */
    public List<String> appliedAfterStep(int stepIndex) {
        List<String> applied = new ArrayList<>();
        for (int i = 0; i <= stepIndex && i < steps.size(); i++) {
            DemoStep step = steps.get(i);
            step.remove().ifPresent(applied::remove);
            step.apply().ifPresent(applied::add);
        }
        return applied;
    }

    /**
     * The scenario's NetworkPolicies in force once steps 0..{@code stepIndex} have run, in the
     * scenario's order (the order does not change any verdict; it keeps the display stable).
     */
    public List<NetworkPolicy> policiesAfterStep(Scenario s, int stepIndex) {
        List<NetworkPolicy> out = new ArrayList<>();
        for (String ref : appliedAfterStep(stepIndex)) {
            s.policy(ref).ifPresent(out::add);
        }
        out.sort(Comparator.comparingInt(s.policiesInOrder()::indexOf));
        return out;
    }

    /**
     * The scenario's ClusterNetworkPolicies in force once steps 0..{@code stepIndex} have run, in
     * the scenario's order. A reference names a ClusterNetworkPolicy when it names no
     * NetworkPolicy (the reader refuses a name that could be either).
     */
    public List<ClusterNetworkPolicy> clusterPoliciesAfterStep(Scenario s, int stepIndex) {
        List<ClusterNetworkPolicy> out = new ArrayList<>();
        for (String ref : appliedAfterStep(stepIndex)) {
            if (s.policy(ref).isEmpty()) {
                s.clusterPolicy(ref).ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparingInt(s.clusterPoliciesInOrder()::indexOf));
        return out;
    }

    /** The scenario's cluster once steps 0..{@code stepIndex} have run: both kinds of policy the steps applied, and no other. */
    public Cluster clusterAfterStep(Scenario s, int stepIndex) {
        return s.empty().withPolicies(policiesAfterStep(s, stepIndex))
                .withClusterPolicies(clusterPoliciesAfterStep(s, stepIndex));
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
