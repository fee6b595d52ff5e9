package io.netpoldojo.quiz;

import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.ContainerPort;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.External;
import io.netpoldojo.engine.model.IpAddress;
import io.netpoldojo.engine.model.LabelSelector;
import io.netpoldojo.engine.model.Labels;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.PolicyPeer;
import io.netpoldojo.engine.model.PolicyPort;
import io.netpoldojo.engine.model.PolicyRule;
import io.netpoldojo.engine.model.Protocol;
import io.netpoldojo.engine.model.SelectorRequirement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Small random clusters for generated questions, built the way people build real ones: apps with
 * an {@code app} and a {@code tier} label listening on their usual port, namespaces labelled by
 * team, and policies aimed at those labels, so most selectors match something and the misses are
 * the instructive ones (a podSelector alone looking only in its own namespace, a port or protocol
 * off by one, two peers where one was meant). Difficulty adds features:
 * <ol>
 *   <li>one namespace, ingress policies with pod selectors and ports;</li>
 *   <li>two namespaces: namespace selectors, pod-and-namespace peers, default deny, egress;</li>
 *   <li>up to three namespaces and outside endpoints: ipBlock with except, matchExpressions, named
 *   ports and port ranges, UDP, split peers, policyTypes left to defaulting.</li>
 * </ol>
 */
final class RandomClusters {
    record App(String name, int port, String portName, String tier) {}

    static final List<App> APPS = List.of(
            new App("web", 80, "http", "frontend"),
            new App("api", 8080, "http-api", "backend"),
            new App("auth", 9000, "auth", "backend"),
            new App("db", 5432, "postgres", "data"),
            new App("cache", 6379, "redis", "data"),
            new App("queue", 5672, "amqp", "data"),
            new App("metrics", 9090, "metrics", "ops"));
    static final List<Namespace> NAMESPACES = List.of(
            new Namespace("shop", Labels.of("team", "shop", "env", "prod")),
            new Namespace("payments", Labels.of("team", "payments", "env", "prod")),
            new Namespace("staging", Labels.of("team", "shop", "env", "staging")),
            new Namespace("monitoring", Labels.of("team", "ops", "purpose", "monitoring")));
    static final List<External> EXTERNALS = List.of(
            External.of("alb", "203.0.113.10"),
            External.of("partner", "198.51.100.20"));

    private final Random r;
    private final int difficulty;
    private final List<Namespace> namespaces = new ArrayList<>();
    private final List<Pod> pods = new ArrayList<>();
    private final List<External> externals = new ArrayList<>();

    RandomClusters(Random random, int difficulty) {
        this.r = random;
        this.difficulty = difficulty;
    }

    Cluster build() {
        List<Namespace> nsPool = new ArrayList<>(NAMESPACES);
        Collections.shuffle(nsPool, r);
        int nsCount = difficulty == 1 ? 1 : difficulty == 2 ? 2 : 2 + r.nextInt(2);
        for (int n = 0; n < nsCount; n++) {
            Namespace ns = nsPool.get(n);
            namespaces.add(ns);
            List<App> apps = new ArrayList<>(APPS);
            Collections.shuffle(apps, r);
            int count = nsCount == 1 ? 3 + r.nextInt(2) : 2 + r.nextInt(2);
            for (int i = 0; i < count; i++) {
                App app = apps.get(i);
                pods.add(new Pod(ns.name(), app.name(), Labels.of("app", app.name(), "tier", app.tier()),
                        IpAddress.of("10.244." + (n + 1) + "." + (10 + i)),
                        List.of(ContainerPort.named(app.portName(), app.port(), Protocol.TCP)), "Pod"));
            }
        }
        if (difficulty == 3) {
            externals.addAll(EXTERNALS.subList(0, 1 + r.nextInt(EXTERNALS.size())));
        }
        List<NetworkPolicy> policies = new ArrayList<>();
        int count = difficulty == 1 ? 1 + r.nextInt(2) : difficulty + r.nextInt(2);
        for (int i = 0; i < count; i++) {
            policies.add(policy(i, policies));
        }
        List<Endpoint> endpoints = new ArrayList<>(externals);
        endpoints.addAll(pods);
        return new Cluster(namespaces, endpoints, policies);
    }

    private NetworkPolicy policy(int index, List<NetworkPolicy> earlier) {
        int roll = r.nextInt(10);
        Namespace ns = pick(namespaces);
        boolean denyThere = earlier.stream()
                .anyMatch(p -> p.namespace().equals(ns.name()) && p.name().startsWith("default-deny"));
        if (roll < 2 && !denyThere) {
            boolean egressToo = difficulty >= 2 && r.nextBoolean();
            return new NetworkPolicy(ns.name(), egressToo ? "default-deny-all" : "default-deny-ingress",
                    LabelSelector.EVERYTHING, egressToo ? List.of(Direction.INGRESS, Direction.EGRESS)
                    : List.of(Direction.INGRESS), List.of(), List.of());
        }
        boolean egress = difficulty >= 2 && roll >= 7;
        Pod subject = pick(pods);
        Pod other = pickOtherThan(subject);
        LabelSelector selected = selectorFor(subject);
        Pod listener = egress ? other : subject;
        PolicyRule rule = new PolicyRule(peers(subject.namespace(), other, !egress), ports(listener));
        String name = (egress ? subject.name() + "-egress-" : subject.name() + "-ingress-") + index;
        List<Direction> types;
        List<PolicyRule> ingress = egress ? List.of() : List.of(rule);
        List<PolicyRule> egressRules = egress ? List.of(rule) : List.of();
        if (difficulty == 3 && r.nextInt(3) == 0) {
            // Left to defaulting: Ingress always, Egress because there are egress rules.
            types = List.of();
        } else {
            types = List.of(egress ? Direction.EGRESS : Direction.INGRESS);
        }
        return new NetworkPolicy(subject.namespace(), name, selected, types, ingress, egressRules);
    }

    private LabelSelector selectorFor(Pod pod) {
        if (difficulty == 3 && r.nextInt(3) == 0) {
            App app = appOf(pod);
            return new LabelSelector(Labels.NONE, List.of(new SelectorRequirement("tier",
                    SelectorRequirement.Operator.IN, List.of(app.tier()))));
        }
        return LabelSelector.matchLabels("app", pod.name());
    }

    /** The peers of a rule meant to let {@code other} in (or out to it), with the classic slips mixed in. */
    private List<PolicyPeer> peers(String policyNamespace, Pod other, boolean ingress) {
        LabelSelector pod = LabelSelector.matchLabels("app", other.name());
        if (difficulty == 1) {
            return List.of(PolicyPeer.Selector.pods(pod));
        }
        LabelSelector ns = namespaceSelector(other.namespace());
        int kinds = difficulty == 2 ? 3 : 6;
        switch (r.nextInt(kinds)) {
            case 0:
                // Only looks in the policy's own namespace: the trap when other lives elsewhere.
                return List.of(PolicyPeer.Selector.pods(pod));
            case 1:
                return List.of(PolicyPeer.Selector.namespaces(ns));
            case 2:
                return List.of(PolicyPeer.Selector.podsInNamespaces(pod, ns));
            case 3:
                // Two peers, ORed: everything in the namespace, or app=other in the policy's namespace.
                return List.of(PolicyPeer.Selector.namespaces(ns), PolicyPeer.Selector.pods(pod));
            case 4:
                return List.of(PolicyPeer.Selector.pods(new LabelSelector(Labels.NONE, List.of(
                        new SelectorRequirement("tier", SelectorRequirement.Operator.NOT_IN,
                                List.of(appOf(other).tier()))))));
            default:
                return List.of(ipBlock(ingress));
        }
    }

    /** An address range around an outside endpoint, sometimes with the endpoint itself cut out. */
    private PolicyPeer ipBlock(boolean ingress) {
        if (externals.isEmpty() || (!ingress && r.nextInt(3) == 0)) {
            // The usual "the internet, not the cluster" egress block.
            return PolicyPeer.IpBlock.of("0.0.0.0/0", "10.0.0.0/8");
        }
        External x = pick(externals);
        String[] octets = x.ip().toString().split("\\.");
        String net = octets[0] + "." + octets[1] + "." + octets[2] + ".0/24";
        return r.nextBoolean() ? PolicyPeer.IpBlock.of(net) : PolicyPeer.IpBlock.of(net, x.ip() + "/32");
    }

    private LabelSelector namespaceSelector(String namespace) {
        Namespace ns = namespaces.stream().filter(n -> n.name().equals(namespace)).findFirst().orElseThrow();
        return r.nextBoolean() ? LabelSelector.matchLabels(Namespace.NAME_LABEL, namespace)
                : LabelSelector.matchLabels("team", ns.labels().get("team"));
    }

    /** The ports of a rule for traffic to {@code listener}: its own port mostly, sometimes a near miss. */
    private List<PolicyPort> ports(Pod listener) {
        App app = appOf(listener);
        int roll = r.nextInt(difficulty == 1 ? 5 : 8);
        switch (roll) {
            case 0:
                return List.of(); // all ports
            case 1:
            case 2:
            case 3:
                return List.of(PolicyPort.tcp(app.port()));
            case 4:
                return List.of(PolicyPort.tcp(pickOther(app).port()));
            case 5:
                return difficulty == 3 ? List.of(PolicyPort.named(Protocol.TCP, app.portName()))
                        : List.of(PolicyPort.tcp(app.port()));
            case 6:
                return difficulty == 3 ? List.of(PolicyPort.of(Protocol.UDP, app.port()))
                        : List.of(PolicyPort.tcp(pickOther(app).port()));
            default:
                return difficulty == 3 ? List.of(PolicyPort.range(Protocol.TCP, app.port() - 10, app.port() + 10))
                        : List.of(PolicyPort.tcp(app.port()), PolicyPort.tcp(pickOther(app).port()));
        }
    }

    static App appOf(Pod pod) {
        return APPS.stream().filter(a -> a.name().equals(pod.name())).findFirst().orElseThrow();
    }

    private App pickOther(App app) {
        App other = pick(APPS);
        return other.equals(app) ? APPS.get((APPS.indexOf(app) + 1) % APPS.size()) : other;
    }

    private Pod pickOtherThan(Pod pod) {
        List<Pod> others = pods.stream().filter(p -> !p.equals(pod)).toList();
        return pick(others);
    }

    private <T> T pick(List<T> list) {
        return list.get(r.nextInt(list.size()));
    }
}
