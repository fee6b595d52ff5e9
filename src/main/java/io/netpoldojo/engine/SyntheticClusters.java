package io.netpoldojo.engine;

import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.ContainerPort;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.External;
import io.netpoldojo.engine.model.IpAddress;
import io.netpoldojo.engine.model.Labels;
import io.netpoldojo.engine.model.LabelSelector;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.PolicyPeer;
import io.netpoldojo.engine.model.PolicyPort;
import io.netpoldojo.engine.model.PolicyRule;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.engine.model.Protocol;
import io.netpoldojo.engine.model.SelectorRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded, reproducible clusters of any size that use every feature of the API: for benchmarks and
 * for cross-checking the compiled engine against a naive reading of the rules.
 */
public final class SyntheticClusters {
    /** The four tiers and the ports their pods listen on, as in the classic microservice set. */
    static final String[] TIERS = {"web", "api", "db", "cache"};
    static final int[] TIER_PORTS = {80, 8080, 3306, 6379};
    static final String[] TIER_PORT_NAMES = {"http", "api", "mysql", "redis"};
    static final String[] ENVS = {"prod", "staging", "dev"};

    /** The ports the benchmark asks about: one per tier. */
    public static final List<Port> TIER_PORT_LIST = List.of(Port.tcp(80), Port.tcp(8080), Port.tcp(3306), Port.tcp(6379));

    private SyntheticClusters() {}

    /**
     * A cluster of {@code pods} pods over {@code namespaces} namespaces with {@code policies}
     * policies: one default-deny-all per namespace (while there is budget) and allow rules of every
     * shape for the rest, plus two outside endpoints.
     */
    public static Cluster generate(int pods, int namespaces, int policies, long seed) {
        return generate(pods, namespaces, policies, 0, seed);
    }

    /**
     * As {@link #generate(int, int, int, long)}, plus {@code clusterPolicies} ClusterNetworkPolicies
     * in both tiers: every subject and peer kind, Accept, Deny and Pass, numbered, ranged and named
     * ports, and priorities that sometimes tie.
     */
    public static Cluster generate(int pods, int namespaces, int policies, int clusterPolicies, long seed) {
        Random random = new Random(seed);
        List<Namespace> nsList = new ArrayList<>();
        for (int i = 0; i < namespaces; i++) {
            nsList.add(new Namespace("ns-" + i, Labels.of("team", "team-" + (i % 7), "env", ENVS[i % ENVS.length])));
        }
        int apps = Math.max(1, pods / 20);
        List<Endpoint> endpoints = new ArrayList<>();
        for (int i = 0; i < pods; i++) {
            int tier = random.nextInt(TIERS.length);
            Labels labels = Labels.of("app", "app-" + random.nextInt(apps), "tier", TIERS[tier]);
            if (random.nextInt(3) == 0) {
                labels = labels.with("version", "v" + random.nextInt(3));
            }
            IpAddress ip = IpAddress.of("10.244.0.0").plus(256L + i);
            endpoints.add(new Pod("ns-" + (i % namespaces), "pod-" + i, labels, ip,
                    List.of(ContainerPort.named(TIER_PORT_NAMES[tier], TIER_PORTS[tier], Protocol.TCP)), "Pod"));
        }
        endpoints.add(External.of("alb", "203.0.113.10"));
        endpoints.add(External.of("internet", "198.51.100.7"));
        List<NetworkPolicy> policyList = new ArrayList<>();
        for (int i = 0; i < namespaces && policyList.size() < policies; i++) {
            policyList.add(new NetworkPolicy("ns-" + i, "default-deny-all", LabelSelector.EVERYTHING,
                    List.of(Direction.INGRESS, Direction.EGRESS), List.of(), List.of()));
        }
        while (policyList.size() < policies) {
            policyList.add(randomPolicy(random, "allow-" + policyList.size(), namespaces, apps));
        }
        List<ClusterNetworkPolicy> cnps = new ArrayList<>();
        for (int i = 0; i < clusterPolicies; i++) {
            cnps.add(SyntheticTiers.randomClusterPolicy(random, "cnp-" + i, namespaces, apps));
        }
        return new Cluster(nsList, endpoints, policyList, cnps);
    }

    private static NetworkPolicy randomPolicy(Random r, String name, int namespaces, int apps) {
        String ns = "ns-" + r.nextInt(namespaces);
        LabelSelector selected = r.nextInt(4) == 0 ? LabelSelector.EVERYTHING : randomPodSelector(r, apps);
        List<PolicyRule> ingress = new ArrayList<>();
        List<PolicyRule> egress = new ArrayList<>();
        int ingressRules = r.nextInt(3);
        for (int i = 0; i < ingressRules; i++) {
            ingress.add(randomRule(r, apps));
        }
        int egressRules = r.nextInt(3) == 0 ? 1 + r.nextInt(2) : 0;
        for (int i = 0; i < egressRules; i++) {
            egress.add(randomRule(r, apps));
        }
        List<Direction> types = switch (r.nextInt(4)) {
            case 0 -> List.of(Direction.INGRESS);
            case 1 -> List.of(Direction.INGRESS, Direction.EGRESS);
            default -> List.of(); // leave it to defaulting
        };
        return new NetworkPolicy(ns, name, selected, types, ingress, egress);
    }

    private static PolicyRule randomRule(Random r, int apps) {
        if (r.nextInt(40) == 0) {
            return PolicyRule.ALLOW_ALL;
        }
        List<PolicyPeer> peers = new ArrayList<>();
        int peerCount = r.nextInt(20) == 0 ? 0 : 1 + r.nextInt(2);
        for (int i = 0; i < peerCount; i++) {
            peers.add(switch (r.nextInt(5)) {
                case 0 -> PolicyPeer.Selector.pods(randomPodSelector(r, apps));
                case 1 -> PolicyPeer.Selector.namespaces(randomNamespaceSelector(r));
                case 2 -> PolicyPeer.Selector.podsInNamespaces(randomPodSelector(r, apps), randomNamespaceSelector(r));
                case 3 -> {
                    String block = "10.244." + (1 + r.nextInt(20));
                    yield PolicyPeer.IpBlock.of(block + ".0/24", block + ".0/26");
                }
                default -> PolicyPeer.IpBlock.of("0.0.0.0/0", "10.0.0.0/8");
            });
        }
        List<PolicyPort> ports = new ArrayList<>();
        int portCount = r.nextInt(3);
        for (int i = 0; i < portCount; i++) {
            int tier = r.nextInt(TIERS.length);
            ports.add(switch (r.nextInt(4)) {
                case 0 -> PolicyPort.named(Protocol.TCP, TIER_PORT_NAMES[tier]);
                case 1 -> PolicyPort.range(Protocol.TCP, TIER_PORTS[tier] - 10, TIER_PORTS[tier] + 10);
                case 2 -> PolicyPort.of(r.nextInt(6) == 0 ? Protocol.UDP : Protocol.TCP, TIER_PORTS[tier]);
                default -> PolicyPort.tcp(TIER_PORTS[tier]);
            });
        }
        return new PolicyRule(peers, ports);
    }

    static LabelSelector randomPodSelector(Random r, int apps) {
        return switch (r.nextInt(8)) {
            case 0 -> r.nextInt(4) == 0 ? LabelSelector.EVERYTHING : LabelSelector.matchLabels("app", "app-" + r.nextInt(apps));
            case 1 -> new LabelSelector(Labels.NONE, List.of(new SelectorRequirement("tier",
                    SelectorRequirement.Operator.IN, List.of(TIERS[r.nextInt(4)], TIERS[r.nextInt(4)]))));
            case 2 -> new LabelSelector(Labels.of("tier", TIERS[r.nextInt(4)]), List.of(new SelectorRequirement(
                    "version", r.nextBoolean() ? SelectorRequirement.Operator.DOES_NOT_EXIST
                            : SelectorRequirement.Operator.EXISTS, List.of())));
            case 3 -> new LabelSelector(Labels.NONE, List.of(new SelectorRequirement("version",
                    SelectorRequirement.Operator.NOT_IN, List.of("v" + r.nextInt(3)))));
            default -> LabelSelector.matchLabels("app", "app-" + r.nextInt(apps));
        };
    }

    static LabelSelector randomNamespaceSelector(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> LabelSelector.EVERYTHING;
            case 1, 2 -> LabelSelector.matchLabels(Namespace.NAME_LABEL, "ns-" + r.nextInt(20));
            case 3 -> LabelSelector.matchLabels("env", ENVS[r.nextInt(ENVS.length)]);
            default -> LabelSelector.matchLabels("team", "team-" + r.nextInt(7));
        };
    }
}
