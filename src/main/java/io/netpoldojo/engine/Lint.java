package io.netpoldojo.engine;

import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.Labels;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.PolicyPeer;
import io.netpoldojo.engine.model.PolicyPort;
import io.netpoldojo.engine.model.PolicyRule;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.engine.model.PortRef;
import io.netpoldojo.engine.model.Protocol;
import io.netpoldojo.engine.tiers.ClusterLint;
import io.netpoldojo.engine.tiers.ClusterPolicyRules;
import io.netpoldojo.engine.tiers.TierDecision;
import io.netpoldojo.engine.tiers.TierFinding;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Warnings about valid policies that likely do not do what their author meant. */
public final class Lint {
    /** Where cluster DNS lives in nearly every cluster: CoreDNS pods keep the kube-dns label. */
    static final String DNS_NAMESPACE = "kube-system";
    static final Labels DNS_LABELS = Labels.of("k8s-app", "kube-dns");
    private static final Port DNS_UDP = new Port(53, Protocol.UDP);
    private static final Port DNS_TCP = new Port(53, Protocol.TCP);
    private static final int MAX_NAMED = 3;

    private Lint() {}

    public static List<LintWarning> check(Engine engine) {
        List<LintWarning> out = new ArrayList<>();
        for (NetworkPolicy p : engine.cluster().policies()) {
            selectsNoPod(engine, p, out);
            rulesIgnoredByPolicyTypes(p, out);
            for (Direction d : Direction.values()) {
                List<PolicyRule> rules = p.rules(d);
                for (int i = 0; i < rules.size(); i++) {
                    String rulePath = "spec." + d.fieldName() + "[" + i + "]";
                    peers(engine, p, rules.get(i), rulePath + (d == Direction.INGRESS ? ".from" : ".to"), out);
                    ports(engine, p, d, rules.get(i), rulePath + ".ports", out);
                }
            }
        }
        for (TierFinding f : ClusterLint.check(engine.tiers(), (i, d) -> engine.isIsolated(engine.endpoints().get(i), d),
                peer -> ClusterPolicyRules.peerMatches(peer, assumedDnsPod(), ns -> Namespace.named(ns).labels()))) {
            out.add(new LintWarning(LintWarning.Code.valueOf(f.kind().name()), "", f.policy(), f.fieldPath(),
                    f.message()));
        }
        dnsEgress(engine, out, true);
        return out;
    }

    private static void selectsNoPod(Engine engine, NetworkPolicy p, List<LintWarning> out) {
        if (engine.selectedBy(p).isEmpty()) {
            out.add(new LintWarning(LintWarning.Code.SELECTS_NO_POD, p.namespace(), p.name(), "spec.podSelector",
                    "selects no pod: podSelector " + p.podSelector() + " matches nothing in namespace "
                            + p.namespace() + ", so this policy has no effect"));
        }
    }

    /** Rules for a direction left out of an explicit policyTypes are ignored by Kubernetes. */
    private static void rulesIgnoredByPolicyTypes(NetworkPolicy p, List<LintWarning> out) {
        Set<Direction> types = NetworkPolicyRules.effectivePolicyTypes(p);
        for (Direction d : Direction.values()) {
            if (!types.contains(d) && !p.rules(d).isEmpty()) {
                out.add(new LintWarning(LintWarning.Code.RULES_IGNORED_BY_POLICY_TYPES, p.namespace(), p.name(),
                        "spec." + d.fieldName(), "these " + d.fieldName() + " rules are ignored, because policyTypes"
                                + " does not include " + d.policyType()));
            }
        }
    }

    private static void peers(Engine engine, NetworkPolicy p, PolicyRule rule, String path, List<LintWarning> out) {
        for (int j = 0; j < rule.peers().size(); j++) {
            PolicyPeer peer = rule.peers().get(j);
            List<Endpoint> matched = engine.matchedBy(peer, p.namespace());
            String peerPath = path + "[" + j + "]";
            if (peer instanceof PolicyPeer.Selector && matched.isEmpty() && !selectsClusterDns(peer, p.namespace())) {
                out.add(new LintWarning(LintWarning.Code.PEER_MATCHES_NOTHING, p.namespace(), p.name(), peerPath,
                        "this peer matches no pod in this scenario (" + peer + "); check the labels for a typo"));
            }
            if (peer instanceof PolicyPeer.IpBlock block) {
                List<Endpoint> pods = matched.stream().filter(e -> e instanceof Pod).toList();
                if (!pods.isEmpty()) {
                    Endpoint example = pods.get(0);
                    out.add(new LintWarning(LintWarning.Code.IPBLOCK_COVERS_POD_IPS, p.namespace(), p.name(),
                            peerPath + ".ipBlock", "ipBlock " + block.cidr() + " covers pod IPs (e.g. " + example.id()
                                    + " at " + example.ip() + "); ipBlock is meant for addresses outside the cluster,"
                                    + " and whether it matches pod traffic depends on the CNI plugin"));
                }
            }
        }
    }

    /**
     * A peer aimed at cluster DNS matches nothing when the scenario leaves kube-system out, as most
     * do; that is the recommended DNS rule, not a typo.
     */
    private static boolean selectsClusterDns(PolicyPeer peer, String policyNamespace) {
        Pod coredns = assumedDnsPod();
        return NetworkPolicyRules.peerMatches(peer, policyNamespace, coredns,
                ns -> Namespace.named(ns).labels());
    }

    private static Pod assumedDnsPod() {
        return new Pod(DNS_NAMESPACE, "coredns (assumed)", DNS_LABELS,
                io.netpoldojo.engine.model.IpAddress.of("10.244.0.2"), List.of(), "Pod");
    }

    private static void ports(Engine engine, NetworkPolicy p, Direction d, PolicyRule rule, String path,
                              List<LintWarning> out) {
        for (int j = 0; j < rule.ports().size(); j++) {
            PolicyPort port = rule.ports().get(j);
            String portPath = path + "[" + j + "]";
            if (port.port() instanceof PortRef.Numbered n && n.isRange()) {
                out.add(new LintWarning(LintWarning.Code.END_PORT_SUPPORT, p.namespace(), p.name(),
                        portPath + ".endPort", "endPort needs a CNI plugin that supports it (stable since"
                                + " Kubernetes 1.25); a plugin that does not will allow only port " + n.port()));
            }
            if (port.port() instanceof PortRef.Named named) {
                // Ingress: resolved on the selected pods. Egress: on the destination pods.
                List<Endpoint> candidates = d == Direction.INGRESS ? engine.selectedBy(p) : engine.endpoints();
                boolean declared = candidates.stream().anyMatch(e -> e instanceof Pod pod
                        && pod.resolveNamedPort(named.name(), port.protocol()).isPresent());
                if (!declared) {
                    out.add(new LintWarning(LintWarning.Code.NAMED_PORT_NOT_DECLARED, p.namespace(), p.name(),
                            portPath + ".port", (d == Direction.INGRESS ? "no selected pod" : "no pod")
                                    + " declares a " + port.protocol() + " container port named \"" + named.name()
                                    + "\", so this entry matches nothing"));
                }
            }
        }
    }

    /**
     * Default-deny egress without a DNS allowance: the pods can no longer resolve Service names.
     * Each pod that lacks DNS is reported once, under the first policy that isolates its egress.
     */
    static void dnsEgress(Engine engine, List<LintWarning> out, boolean fastPath) {
        List<Pod> dnsPods = engine.cluster().pods().stream()
                .filter(pod -> pod.namespace().equals(DNS_NAMESPACE) && "kube-dns".equals(pod.labels().get("k8s-app")))
                .toList();
        Engine dnsEngine = engine;
        if (dnsPods.isEmpty()) {
            // The scenario has no DNS pod: ask as if the usual CoreDNS pod were there.
            // Its policies are already compiled: only whether each set holds the new pod is worked out.
            Pod coredns = assumedDnsPod();
            dnsEngine = engine.withEndpoint(coredns);
            dnsPods = List.of(coredns);
        }
        Map<NetworkPolicy, List<String>> missingByPolicy = new LinkedHashMap<>();
        Map<NetworkPolicy, Boolean> udpOnly = new LinkedHashMap<>();
        Map<String, List<String>> deniedByTier = new LinkedHashMap<>();
        boolean tiers = !engine.cluster().clusterPolicies().isEmpty();
        Optional<DnsReach> reach = tiers || !fastPath ? Optional.empty()
                : Optional.of(new DnsReach(dnsEngine, dnsPods));
        for (Pod pod : engine.cluster().pods()) {
            boolean isolated = dnsEngine.isIsolated(pod, Direction.EGRESS);
            if ((!isolated && !tiers) || dnsPods.contains(pod)) {
                continue;
            }
            if (reach.isPresent()) {
                // No tiers: whether the pod's egress reaches DNS, read from sets made once for all pods.
                DnsReach r = reach.get();
                int i = dnsEngine.indexOf(pod);
                if (r.egressOk(i, true) && r.egressOk(i, false)) {
                    continue;
                }
                NetworkPolicy first = firstEgressPolicy(dnsEngine, pod);
                missingByPolicy.computeIfAbsent(first, k -> new ArrayList<>()).add(pod.name());
                udpOnly.merge(first, r.egressOk(i, true), Boolean::logicalAnd);
                continue;
            }
            Verdict udp = toDns(dnsEngine, pod, dnsPods, DNS_UDP);
            Verdict tcp = toDns(dnsEngine, pod, dnsPods, DNS_TCP);
            if (udp.allowed() && tcp.allowed()) {
                continue;
            }
            Optional<TierDecision> tierDenial = tierDenial(udp).or(() -> tierDenial(tcp));
            if (tierDenial.isPresent()) {
                TierDecision d = tierDenial.get();
                deniedByTier.computeIfAbsent(d.policy().name() + " " + d.fieldPath(), k -> new ArrayList<>())
                        .add(pod.id());
                continue;
            }
            if (udp.egress().allowed() && tcp.egress().allowed()) {
                continue; // denied at the DNS pod's ingress by a NetworkPolicy there: not this lint's concern
            }
            if (!isolated) {
                continue;
            }
            NetworkPolicy first = firstEgressPolicy(dnsEngine, pod);
            missingByPolicy.computeIfAbsent(first, k -> new ArrayList<>()).add(pod.name());
            udpOnly.merge(first, udp.egress().allowed(), Boolean::logicalAnd);
        }
        missingByPolicy.forEach((p, pods) -> {
            String who = who(pods);
            String message = udpOnly.get(p)
                    ? "isolates egress for " + who + ", and DNS is allowed on 53/UDP but not 53/TCP; large DNS answers"
                            + " fall back to TCP and will fail"
                    : "isolates egress for " + who + ", and no egress rule allows DNS (53/UDP and 53/TCP to kube-dns"
                            + " in kube-system), so these pods cannot resolve Service names";
            out.add(new LintWarning(LintWarning.Code.NO_DNS_EGRESS, p.namespace(), p.name(), "spec.policyTypes",
                    message));
        });
        deniedByTier.forEach((key, pods) -> {
            String[] policyAndPath = key.split(" ", 2);
            out.add(new LintWarning(LintWarning.Code.TIER_DENIES_DNS, "", policyAndPath[0], policyAndPath[1],
                    "denies DNS (53/UDP or 53/TCP to kube-dns in kube-system) for " + who(pods)
                            + (policyAndPath[1].startsWith("spec.ingress") ? " at kube-dns's ingress" : "")
                            + ", so these pods cannot resolve Service names; Accept DNS in an Admin policy checked"
                            + " before it"));
        });
    }

    private static NetworkPolicy firstEgressPolicy(Engine engine, Pod pod) {
        return engine.firstPolicyIsolating(pod, Direction.EGRESS).orElseThrow();
    }

    /**
     * Who reaches DNS, for a cluster without ClusterNetworkPolicies: the same answers as asking the
     * engine pod by pod ({@link #toDns}, then that verdict's egress side), worked out once per DNS pod
     * and protocol as sets. A pod's egress counts as reaching DNS when some DNS pod admits it end to
     * end, or else when its egress allows the first DNS pod. {@code LintTest} holds both ways equal.
     */
    private static final class DnsReach {
        private final BitSet fullUdp = new BitSet();
        private final BitSet fullTcp = new BitSet();
        private final BitSet firstEgressUdp;
        private final BitSet firstEgressTcp;

        DnsReach(Engine engine, List<Pod> dnsPods) {
            for (Pod dns : dnsPods) {
                fullUdp.or(both(engine, dns, DNS_UDP));
                fullTcp.or(both(engine, dns, DNS_TCP));
            }
            firstEgressUdp = engine.egressSourcesTo(dnsPods.get(0), DNS_UDP);
            firstEgressTcp = engine.egressSourcesTo(dnsPods.get(0), DNS_TCP);
        }

        private static BitSet both(Engine engine, Pod dns, Port port) {
            BitSet sources = engine.egressSourcesTo(dns, port);
            sources.and(engine.ingressSourcesAt(dns, port));
            return sources;
        }

        boolean egressOk(int pod, boolean udp) {
            return udp ? fullUdp.get(pod) || firstEgressUdp.get(pod) : fullTcp.get(pod) || firstEgressTcp.get(pod);
        }
    }

    private static String who(List<String> pods) {
        return pods.size() == 1 ? pods.get(0)
                : pods.size() <= MAX_NAMED ? String.join(", ", pods.subList(0, pods.size() - 1)) + " and "
                        + pods.get(pods.size() - 1)
                : String.join(", ", pods.subList(0, MAX_NAMED)) + " and " + (pods.size() - MAX_NAMED) + " more";
    }

    /** The pod's connection to DNS: an allowed one if any DNS pod is reachable, else the first. */
    private static Verdict toDns(Engine engine, Pod from, List<Pod> targets, Port port) {
        Verdict first = null;
        for (Pod target : targets) {
            Verdict v = engine.evaluate(from, target, port);
            if (v.allowed()) {
                return v;
            }
            first = first == null ? v : first;
        }
        return first;
    }

    /** The ClusterNetworkPolicy rule that denied the connection, when a tier decided on either side. */
    private static Optional<TierDecision> tierDenial(Verdict v) {
        return tierDenial(v.egress()).or(() -> tierDenial(v.ingress()));
    }

    /** The ClusterNetworkPolicy rule that denied a side, when a tier decided it. */
    private static Optional<TierDecision> tierDenial(DirectionVerdict side) {
        if (side.allowed()) {
            return Optional.empty();
        }
        return switch (side.decider()) {
            case ADMIN_TIER -> side.tiers().admin().decision();
            case BASELINE_TIER -> side.tiers().baseline().decision();
            default -> Optional.empty();
        };
    }
}
