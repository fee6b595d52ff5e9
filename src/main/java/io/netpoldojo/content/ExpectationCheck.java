package io.netpoldojo.content;

import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Port;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks expectations with the engine. A scenario's expectations are checked when content loads
 * (a failure is a content error at the expectation's line); a card's goal is checked against the
 * learner's policies by the quiz, and against the model answer when content loads.
 */
public final class ExpectationCheck {
    private ExpectationCheck() {}

    /** Empty when the engine confirms the expectation in the scenario state it names. */
    public static Optional<String> check(Scenario scenario, Expectation e) {
        Optional<Integer> applied = scenario.appliedCount(e.after());
        if (applied.isEmpty()) {
            return Optional.of("the scenario has no policy named \"" + e.after().orElse("") + "\"");
        }
        return check(scenario.clusterAfter(e.after()), e);
    }

    /** Empty when the engine confirms the expectation on this cluster ({@code after} is not consulted). */
    public static Optional<String> check(Cluster cluster, Expectation e) {
        Engine engine = new Engine(cluster);
        Optional<String> unknown = unknownEndpoints(engine, e);
        if (unknown.isPresent()) {
            return unknown;
        }
        if (e instanceof Expectation.Reach r) {
            Verdict v = engine.evaluate(r.from(), r.to(), r.port());
            if (v.allowed() == r.allowed()) {
                return Optional.empty();
            }
            return Optional.of("expected " + r.from() + " -> " + r.to() + " on " + r.port() + " to be "
                    + (r.allowed() ? "allowed" : "denied") + ", but the engine says: " + v.reason());
        }
        if (e instanceof Expectation.OnlyFrom o) {
            List<String> actual = new ArrayList<>();
            for (Endpoint source : engine.endpoints()) {
                if (!source.id().equals(o.to()) && engine.evaluate(source.id(), o.to(), o.port()).allowed()) {
                    actual.add(source.id());
                }
            }
            return compare(o.sources(), actual, "only " + o.sources() + " to reach " + o.to() + " on " + o.port(), "lets in");
        }
        Expectation.OnlyTo o = (Expectation.OnlyTo) e;
        List<String> actual = new ArrayList<>();
        for (Endpoint dest : engine.endpoints()) {
            if (!dest.id().equals(o.from()) && engine.evaluate(o.from(), dest.id(), o.port()).allowed()) {
                actual.add(dest.id());
            }
        }
        return compare(o.destinations(), actual, o.from() + " to reach only " + o.destinations() + " on " + o.port(),
                "lets it reach");
    }

    /**
     * Judges policies against a card's goal: the scenario in the state {@code after} plus
     * {@code policies} (replacing any of the same namespace and name). One sentence per unmet
     * expectation, prefixed with its index in the goal; empty when the goal is met.
     */
    public static List<String> checkGoal(Scenario scenario, Optional<String> after, List<NetworkPolicy> policies,
                                         List<Expectation> goal) {
        Cluster cluster = scenario.clusterWith(after, policies);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < goal.size(); i++) {
            int index = i;
            check(cluster, goal.get(i)).ifPresent(f -> failures.add("goal[" + index + "]: " + f));
        }
        return failures;
    }

    /** {@code expected} and {@code actual} as sets: what the engine lets through beyond, and short of, the list. */
    private static Optional<String> compare(List<String> expected, List<String> actual, String expectation,
                                            String verb) {
        String base = verb.replaceFirst("^lets", "let");
        Set<String> extra = new LinkedHashSet<>(actual);
        extra.removeAll(expected);
        Set<String> absent = new LinkedHashSet<>(expected);
        absent.removeAll(actual);
        if (extra.isEmpty() && absent.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder("expected " + expectation);
        if (!extra.isEmpty()) {
            sb.append("; the engine also ").append(verb).append(": ").append(String.join(", ", extra));
        }
        if (!absent.isEmpty()) {
            sb.append("; the engine does not ").append(base).append(": ").append(String.join(", ", absent));
        }
        return Optional.of(sb.toString());
    }

    private static Optional<String> unknownEndpoints(Engine engine, Expectation e) {
        List<String> ids = new ArrayList<>();
        if (e instanceof Expectation.Reach r) {
            ids.add(r.from());
            ids.add(r.to());
        } else if (e instanceof Expectation.OnlyFrom o) {
            ids.add(o.to());
            ids.addAll(o.sources());
        } else {
            Expectation.OnlyTo o = (Expectation.OnlyTo) e;
            ids.add(o.from());
            ids.addAll(o.destinations());
        }
        for (String id : ids) {
            if (engine.endpoint(id).isEmpty()) {
                return Optional.of("no endpoint \"" + id + "\" in the scenario");
            }
        }
        return Optional.empty();
    }

    /** Parses {@code 8080/TCP}, {@code 53/UDP} or {@code 80} (TCP). */
    static Optional<Port> port(String text) {
        return Port.parse(text);
    }
}
