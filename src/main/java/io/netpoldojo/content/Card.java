package io.netpoldojo.content;

import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.manifest.SourcePosition;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One quiz card from {@code content/quiz/<topic>.yaml}. What a learner answers, and how it is
 * judged, depends on the kind and lives in {@link #body()}.
 *
 * @param lesson   the id of the lesson that teaches it
 * @param position where the card starts, for editors and error markers
 */
public record Card(String id, CardKind kind, String topic, int difficulty, String lesson, String question,
                   String explanation, Body body, SourcePosition position) {

    /** Every trap the card is tagged with, in the order written: what answering it can reveal. */
    public Set<Trap> traps() {
        Set<Trap> out = new LinkedHashSet<>();
        if (body instanceof Choice c) {
            c.options().forEach(o -> o.trap().ifPresent(out::add));
        } else if (body instanceof TrueFalse t) {
            t.trap().ifPresent(out::add);
        } else if (body instanceof Predict p) {
            p.trap().ifPresent(out::add);
        } else if (body instanceof PolicyTask t) {
            t.trap().ifPresent(out::add);
        } else if (body instanceof Explain e) {
            out.addAll(e.traps().values());
        }
        return out;
    }

    /** The kind-specific part of a card. */
    public sealed interface Body permits Choice, TrueFalse, Predict, PolicyTask, Explain {}

    /**
     * {@code single} (one index in {@code answer}) or {@code multiple} (one or more), indexes into
     * {@code options} as written. The quiz shows the options in a fresh order each time, unless
     * {@code keepOrder} says their order carries meaning (a scale, "all of the above").
     */
    public record Choice(List<Option> options, List<Integer> answer, boolean keepOrder) implements Body {
        public Choice {
            options = List.copyOf(options);
            answer = List.copyOf(answer);
        }

        /** The options' words, as written. */
        public List<String> choices() {
            return options.stream().map(Option::text).toList();
        }
    }

    /** One option of a choice card; a wrong one may name the {@link Trap} that picking it reveals. */
    public record Option(String text, Optional<Trap> trap) {
        public Option {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(trap, "trap");
        }

        public static Option of(String text) {
            return new Option(text, Optional.empty());
        }
    }

    /** @param trap what a wrong answer reveals, if the content says */
    public record TrueFalse(boolean answer, Optional<Trap> trap) implements Body {}

    /**
     * "Can A reach B?" on a scenario in the state {@code after} (see {@link Scenario#clusterAfter}).
     * The answer is the engine's, never typed: {@link Scenario#evaluate(Optional, Ask)}.
     *
     * @param trap what a wrong prediction reveals, if the content (or the generator) says
     */
    public record Predict(String scenario, Optional<String> after, Ask ask, Optional<Trap> trap) implements Body {}

    /**
     * {@code write-policy} or {@code fix-policy}: the learner's policies, added to the scenario in
     * the state {@code after}, must meet every expectation of {@code goal}
     * ({@link ExpectationCheck#checkGoal}). The loader has checked that {@code solution} meets the
     * goal, and that a fix-policy's {@code starter} does not. {@code trap} is what an attempt that
     * fails the goal reveals, if the content says.
     */
    public record PolicyTask(String scenario, Optional<String> after, List<Expectation> goal, String starter,
                             String solution, List<NetworkPolicy> starterPolicies,
                             List<NetworkPolicy> solutionPolicies, Optional<Trap> trap) implements Body {
        public PolicyTask {
            goal = List.copyOf(goal);
            starterPolicies = List.copyOf(starterPolicies);
            solutionPolicies = List.copyOf(solutionPolicies);
        }
    }

    /**
     * {@code explain}: the learner explains in their own words, against a visible timer, and the
     * answer is graded against the rubric's key points and misconceptions
     * ({@link io.netpoldojo.explain.ExplainGrader}). Read from {@code content/explain/<id>.yaml}
     * ({@link ExplainReader}); the card's question is the prompt and its explanation the one-minute
     * model answer.
     *
     * @param seconds the time the prompt asks for ("in about a minute": 60)
     * @param traps   for a misconception that has one, the quiz trap that asserting it reveals
     */
    public record Explain(int seconds, io.netpoldojo.explain.Rubric rubric, java.util.Map<String, Trap> traps,
                          ModelAnswer model) implements Body {
        public Explain {
            traps = java.util.Map.copyOf(traps);
            Objects.requireNonNull(rubric, "rubric");
            Objects.requireNonNull(model, "model");
        }
    }

    /**
     * An explain card's model answer at three depths: what fits in 20 seconds, the one-minute
     * explanation, and what a senior engineer adds (production, trade-offs, the follow-ups).
     */
    public record ModelAnswer(String twentySeconds, String oneMinute, String seniorAddOn) {
        public ModelAnswer {
            Objects.requireNonNull(twentySeconds, "twentySeconds");
            Objects.requireNonNull(oneMinute, "oneMinute");
            Objects.requireNonNull(seniorAddOn, "seniorAddOn");
        }
    }
}
