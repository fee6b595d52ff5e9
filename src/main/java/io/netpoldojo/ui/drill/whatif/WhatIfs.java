package io.netpoldojo.ui.drill.whatif;

import io.netpoldojo.content.Ask;
import io.netpoldojo.content.Card;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.Expectation;
import io.netpoldojo.content.Scenario;
import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.manifest.ManifestWriter;
import io.netpoldojo.synthesis.YamlDiff;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Generates the "what if ...?" follow-ups of a prediction or a policy task: every change of
 * {@link Mutations} that is worth asking, with the engine's verdicts before and after and the
 * changed YAML as a diff.
 */
public final class WhatIfs {
    private WhatIfs() {}

    /** The cluster a card is about and the connection its follow-ups ask about, when it has both. */
    public record Subject(Cluster cluster, Ask ask) {}

    /**
     * A prediction: the scenario in the card's state and its question. A policy task: the scenario
     * with the card's model solution applied (the follow-up is on a policy that meets the goal, not
     * on the candidate's, which may not load), asking about the goal's first connection.
     */
    public static Optional<Subject> subject(Card card, Content content) {
        if (card.body() instanceof Card.Predict p) {
            return content.scenario(p.scenario()).map(s -> new Subject(s.clusterAfter(p.after()), p.ask()));
        }
        if (card.body() instanceof Card.PolicyTask t) {
            Optional<Scenario> s = content.scenario(t.scenario());
            return s.flatMap(sc -> t.goal().stream().map(WhatIfs::askOf).flatMap(Optional::stream).findFirst()
                    .map(ask -> new Subject(sc.clusterWith(t.after(), t.solutionPolicies()), ask)));
        }
        return Optional.empty();
    }

    private static Optional<Ask> askOf(Expectation e) {
        if (e instanceof Expectation.Reach r) {
            return Optional.of(new Ask(r.from(), r.to(), r.port()));
        }
        if (e instanceof Expectation.OnlyTo o && !o.destinations().isEmpty()) {
            return Optional.of(new Ask(o.from(), o.destinations().get(0), o.port()));
        }
        if (e instanceof Expectation.OnlyFrom o && !o.sources().isEmpty()) {
            return Optional.of(new Ask(o.sources().get(0), o.to(), o.port()));
        }
        return Optional.empty();
    }

    /** Every follow-up worth asking on this cluster about this connection, in {@link Mutations}' order. */
    public static List<WhatIf> generate(Cluster cluster, Ask ask) {
        List<WhatIf> out = new ArrayList<>();
        Map<Ask, Verdict> before = new LinkedHashMap<>();
        for (Mutations.Candidate c : Mutations.all(cluster, ask)) {
            Verdict was = before.computeIfAbsent(c.ask(), a -> evaluate(cluster, a));
            Cluster changed = c.apply(cluster);
            Verdict now = evaluate(changed, c.ask());
            c.reason().apply(was, now).ifPresent(why -> out.add(new WhatIf(c.kind(), c.change(), c.ask(),
                    diff(c.removed(), c.added()), was, now, why)));
        }
        return out;
    }

    /**
     * One follow-up for the card, or none. The answer first, allowed or denied at even odds when
     * both occur (most changes close a connection, and "always denied" must not win), then a kind
     * (so that every kind comes up), then one of it.
     */
    public static Optional<WhatIf> pick(Card card, Content content, Random random) {
        List<WhatIf> generated = subject(card, content).map(s -> generate(s.cluster(), s.ask())).orElse(List.of());
        List<WhatIf> allowed = generated.stream().filter(WhatIf::answer).toList();
        List<WhatIf> denied = generated.stream().filter(w -> !w.answer()).toList();
        boolean pickAllowed = random.nextBoolean();
        List<WhatIf> all = allowed.isEmpty() ? denied : denied.isEmpty() ? allowed : pickAllowed ? allowed : denied;
        List<WhatIf.Kind> kinds = all.stream().map(WhatIf::kind).distinct().toList();
        if (kinds.isEmpty()) {
            return Optional.empty();
        }
        WhatIf.Kind kind = weighted(kinds, random);
        List<WhatIf> ofKind = all.stream().filter(w -> w.kind().equals(kind)).toList();
        return Optional.of(ofKind.get(random.nextInt(ofKind.size())));
    }

    /**
     * A kind at random, the rarer ones in the deck weighted up: a second policy or a default deny can
     * be added to almost any scenario, a missing policyTypes or an AND peer only to a few, and those
     * are the classic follow-ups.
     */
    private static WhatIf.Kind weighted(List<WhatIf.Kind> kinds, Random random) {
        int total = kinds.stream().mapToInt(WhatIf.Kind::weight).sum();
        int at = random.nextInt(total);
        for (WhatIf.Kind k : kinds) {
            at -= k.weight();
            if (at < 0) {
                return k;
            }
        }
        throw new IllegalStateException("weights");
    }

    private static Verdict evaluate(Cluster cluster, Ask ask) {
        return new Engine(cluster).evaluate(ask.from(), ask.to(), ask.port());
    }

    /** The policies' YAML before and after, as {@code diff -u} marks lines; an added policy is all "+". */
    static List<String> diff(List<NetworkPolicy> removed, List<NetworkPolicy> added) {
        ManifestWriter writer = new ManifestWriter();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.max(removed.size(), added.size()); i++) {
            String was = i < removed.size() ? writer.writePolicy(removed.get(i)) : "";
            String now = i < added.size() ? writer.writePolicy(added.get(i)) : "";
            if (!out.isEmpty()) {
                out.add("  ---");
            }
            YamlDiff.lines(was, now).forEach(l -> out.add(l.toString()));
        }
        return out;
    }
}
