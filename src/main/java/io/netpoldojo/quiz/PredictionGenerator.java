package io.netpoldojo.quiz;

import io.netpoldojo.content.Ask;
import io.netpoldojo.content.Card;
import io.netpoldojo.content.CardKind;
import io.netpoldojo.content.Scenario;
import io.netpoldojo.content.Trap;
import io.netpoldojo.engine.DirectionVerdict;
import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.RuleCheck;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.ContainerPort;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.manifest.ExportMode;
import io.netpoldojo.manifest.LoadResult;
import io.netpoldojo.manifest.ManifestLoader;
import io.netpoldojo.manifest.ManifestWriter;
import io.netpoldojo.manifest.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Fresh "can A reach B?" questions from a seed, so a learner never runs out: a small random
 * cluster ({@link RandomClusters}), written out as the Kubernetes YAML a learner could apply and
 * loaded back with the same validation as any file, then one connection to ask about, answered
 * by the engine. The same seed and difficulty always give the same question. It keeps no state
 * between calls (nor do the loader and writer), so background threads may share one.
 *
 * <p>Questions are never trivially "yes": the connection asked about always has an isolated end,
 * so the answer depends on the policies; a coin decides whether to look for an allowed or a
 * denied connection; and near misses (the peer matches but not the port, or the other way round;
 * one side allows and the other does not) are preferred.
 */
public final class PredictionGenerator {
    /** The topic of every generated card, for the history and the topic picker. */
    public static final String TOPIC = "generated";
    private static final int CLUSTERS_PER_SEED = 50;
    /** Aimed at a trap, more clusters may be needed before one puts it to the test. */
    private static final int AIMED_CLUSTERS_PER_SEED = 400;
    private static final String IP_ANNOTATION = "netpoldojo.io/ip";

    private final ManifestWriter writer = new ManifestWriter();
    private final ManifestLoader loader = new ManifestLoader();

    /** A question of {@code difficulty} (1 to 3) for {@code seed}. */
    public Question generate(long seed, int difficulty) {
        return generate(seed, difficulty, Optional.empty());
    }

    /** The traps {@link #generate(long, int, Optional)} can aim a question at. */
    public static Set<Trap> aimable() {
        return TrapFinder.GENERATABLE;
    }

    /**
     * A question of {@code difficulty} for {@code seed}, aimed at {@code trap} when given: the
     * answer then hangs on the trap ({@link TrapFinder}), and a wrong one counts against it. The
     * features some traps need (named ports, ipBlock, defaulted policyTypes, protocols and ranges)
     * come at difficulty 3, and a podSelector's namespace or two selectors in a peer from 2, so the
     * difficulty is raised to that where needed.
     */
    public Question generate(long seed, int difficulty, Optional<Trap> trap) {
        if (difficulty < 1 || difficulty > 3) {
            throw new IllegalArgumentException("difficulty is 1 to 3: " + difficulty);
        }
        if (trap.isPresent() && !TrapFinder.GENERATABLE.contains(trap.get())) {
            throw new IllegalArgumentException("no generated question can test " + trap.get().id());
        }
        int level = trap.map(t -> Math.max(difficulty, levelFor(t))).orElse(difficulty);
        Random random = new Random(seed * 31 + level + trap.map(t -> 7L * (t.ordinal() + 1)).orElse(0L));
        String id = "generated-" + level + "-" + trap.map(t -> t.id() + "-").orElse("")
                + Long.toUnsignedString(seed, 36);
        int tries = trap.isPresent() ? AIMED_CLUSTERS_PER_SEED : CLUSTERS_PER_SEED;
        for (int i = 0; i < tries; i++) {
            Scenario scenario = scenarioOf(id, new RandomClusters(random, level).build());
            Optional<Candidate> pick = pick(scenario, random, trap);
            if (pick.isPresent()) {
                return question(id, level, scenario, pick.get(), trap);
            }
        }
        if (trap.isPresent()) {
            return generate(seed, difficulty, Optional.empty()); // never seen in the tests; better a question than none
        }
        // Every cluster has at least one policy that selects a pod, so this is never reached in practice.
        throw new IllegalStateException("no question could be generated for seed " + seed);
    }

    private static int levelFor(Trap trap) {
        switch (trap) {
            case NAMED_PORT:
            case PORT_PROTOCOL:
            case IPBLOCK_VS_PODS:
            case POLICYTYPES_DEFAULT:
                return 3;
            case AND_VS_OR:
            case NAMESPACE_SCOPE:
                return 2;
            default:
                return 1;
        }
    }

    /** One connection the question could ask about, with the engine's answer. */
    private record Candidate(Ask ask, Verdict verdict, int weight) {}

    private Scenario scenarioOf(String id, Cluster cluster) {
        // Pod addresses ride in annotations, so ipBlock peers match the pods the learner sees.
        String yaml = writer.writeScenario(cluster, key -> key.kind().equals("Pod")
                ? cluster.endpoint(key.namespace() + "/" + key.name())
                        .map(e -> Map.of(IP_ANNOTATION, e.ip().toString())).orElse(Map.of())
                : Map.of(), null, ExportMode.SCENARIO);
        String file = "generated/" + id + ".yaml";
        LoadResult loaded = loader.load(file, yaml);
        if (loaded.hasErrors()) {
            throw new IllegalStateException("a generated scenario does not load: " + loaded.errors().get(0));
        }
        return new Scenario(id, "Generated scenario", "A cluster made up for this question.", loaded, List.of(),
                loaded.cluster().policies(), file, yaml);
    }

    private static Optional<Candidate> pick(Scenario scenario, Random random, Optional<Trap> trap) {
        List<Candidate> allowed = new ArrayList<>();
        List<Candidate> denied = new ArrayList<>();
        Cluster cluster = scenario.clusterAfter(Optional.empty());
        Engine engine = new Engine(cluster);
        for (Endpoint from : cluster.endpoints()) {
            for (Endpoint to : cluster.endpoints()) {
                if (from.equals(to) || !(to instanceof Pod pod)) {
                    continue;
                }
                for (ContainerPort cp : pod.ports()) {
                    Ask ask = new Ask(from.id(), to.id(), cp.asPort());
                    Verdict v = engine.evaluate(from, to, ask.port());
                    boolean aimed = trap.map(t -> TrapFinder.tested(cluster, ask, v).contains(t)).orElse(true);
                    if (aimed && (v.egress().isolated() || v.ingress().isolated())) {
                        (v.allowed() ? allowed : denied).add(new Candidate(ask, v, weight(v)));
                    }
                }
            }
        }
        boolean wantAllowed = random.nextBoolean();
        List<Candidate> first = wantAllowed ? allowed : denied;
        List<Candidate> pool = first.isEmpty() ? (wantAllowed ? denied : allowed) : first;
        if (pool.isEmpty()) {
            return Optional.empty();
        }
        int total = pool.stream().mapToInt(Candidate::weight).sum();
        int ticket = random.nextInt(total);
        for (Candidate c : pool) {
            ticket -= c.weight();
            if (ticket < 0) {
                return Optional.of(c);
            }
        }
        throw new AssertionError("weights add up");
    }

    /**
     * How instructive a connection is: a near miss (a rule whose peers match but not its ports, or
     * its ports but not its peers) or one side allowing while the other denies teaches most; a
     * connection a rule allows teaches more than one nothing mentions.
     */
    private static int weight(Verdict v) {
        boolean nearMiss = nearMiss(v.egress()) || nearMiss(v.ingress());
        boolean split = v.egress().allowed() != v.ingress().allowed();
        if (nearMiss || split) {
            return 4;
        }
        boolean byRule = v.egress().status() == DirectionVerdict.Status.ALLOWED_BY_RULE
                || v.ingress().status() == DirectionVerdict.Status.ALLOWED_BY_RULE;
        return byRule ? 3 : 1;
    }

    private static boolean nearMiss(DirectionVerdict side) {
        return side.checks().stream().anyMatch(c -> c.peerMatches() != c.portMatches());
    }

    private static Question question(String id, int difficulty, Scenario scenario, Candidate c, Optional<Trap> trap) {
        Ask ask = c.ask();
        String text = "Can " + ask.from() + " open a connection to " + ask.to() + " on " + portText(ask.port()) + "?";
        Card card = new Card(id, CardKind.PREDICT, TOPIC, difficulty, lessonFor(c.verdict()), text,
                c.verdict().reason(), new Card.Predict(scenario.id(), Optional.empty(), ask, trap),
                SourcePosition.ofFile(scenario.file()));
        return new Question(card, Optional.of(scenario), true);
    }

    private static String portText(Port port) {
        return port.protocol() + " " + port.number();
    }

    /** The lesson that explains what decided the answer. */
    private static String lessonFor(Verdict v) {
        if (v.egress().isolated()) {
            return "isolation-per-direction";
        }
        List<RuleCheck> checks = new ArrayList<>(v.egress().checks());
        checks.addAll(v.ingress().checks());
        if (checks.stream().anyMatch(c -> c.peerMatches() && !c.portMatches())) {
            return "ports";
        }
        if (checks.stream().anyMatch(c -> !c.peerMatches() && c.portMatches())) {
            return "peers";
        }
        return "selecting-pods";
    }
}
