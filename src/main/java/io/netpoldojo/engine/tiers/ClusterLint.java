package io.netpoldojo.engine.tiers;

import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.ClusterPeer;
import io.netpoldojo.engine.model.ClusterPort;
import io.netpoldojo.engine.model.ClusterRule;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.RuleAction;
import io.netpoldojo.engine.model.Tier;
import io.netpoldojo.engine.tiers.CompiledTiers.Compiled;
import io.netpoldojo.engine.tiers.CompiledTiers.CompiledRule;
import io.netpoldojo.engine.tiers.TierFinding.Kind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * The lint for ClusterNetworkPolicies, judged on the cluster at hand: subjects and peers that
 * match nothing, two policies of one tier and priority matching the same traffic ("the
 * implementation can apply any of the matching policies"), rules that an earlier rule always
 * matches first, a Pass with nothing after it, a Baseline policy every selected pod's
 * NetworkPolicies override, and networks peers that also catch pod traffic.
 */
public final class ClusterLint {
    private static final int MAX_NAMED = 3;

    private final CompiledTiers tiers;
    private final List<Endpoint> endpoints;
    private final BiPredicate<Integer, Direction> isolatedByNetworkPolicy;
    private final Predicate<ClusterPeer> aimsAtClusterDns;
    private final List<TierFinding> out = new ArrayList<>();

    private ClusterLint(CompiledTiers tiers, BiPredicate<Integer, Direction> isolatedByNetworkPolicy,
                        Predicate<ClusterPeer> aimsAtClusterDns) {
        this.tiers = tiers;
        this.endpoints = tiers.sets().endpoints();
        this.isolatedByNetworkPolicy = isolatedByNetworkPolicy;
        this.aimsAtClusterDns = aimsAtClusterDns;
    }

    /**
     * @param isolatedByNetworkPolicy whether a NetworkPolicy isolates the endpoint (by index) in a direction
     * @param aimsAtClusterDns        whether a peer is meant for cluster DNS, which scenarios often leave out
     */
    public static List<TierFinding> check(CompiledTiers tiers, BiPredicate<Integer, Direction> isolatedByNetworkPolicy,
                                          Predicate<ClusterPeer> aimsAtClusterDns) {
        ClusterLint lint = new ClusterLint(tiers, isolatedByNetworkPolicy, aimsAtClusterDns);
        for (Tier tier : Tier.values()) {
            List<Compiled> policies = tiers.tier(tier);
            for (int i = 0; i < policies.size(); i++) {
                lint.policy(policies, i);
            }
            lint.equalPriorities(policies);
        }
        return lint.out;
    }

    private void add(Kind kind, ClusterNetworkPolicy p, String path, String message) {
        out.add(new TierFinding(kind, p.name(), path, message));
    }

    private void policy(List<Compiled> tier, int index) {
        Compiled c = tier.get(index);
        ClusterNetworkPolicy p = c.policy;
        if (c.subject.isEmpty()) {
            add(Kind.SELECTS_NO_POD, p, "spec.subject", "selects no pod: its subject (" + p.subject()
                    + ") matches nothing in this scenario, so this policy has no effect");
            return;
        }
        for (Direction d : Direction.values()) {
            List<CompiledRule> rules = c.rules(d);
            for (int r = 0; r < rules.size(); r++) {
                String rulePath = "spec." + d.fieldName() + "[" + r + "]";
                peers(p, rules.get(r), d, rulePath);
                namedPorts(c, rules.get(r), d, rulePath);
                shadowed(tier, index, d, r, rulePath);
                if (rules.get(r).rule.action() == RuleAction.PASS) {
                    passWithNothingBelow(tier, index, d, r, rulePath);
                }
            }
            networksCatchPods(c, d);
            if (p.tier() == Tier.BASELINE && !rules.isEmpty()) {
                baselineOverridden(c, d);
            }
        }
    }

    private void peers(ClusterNetworkPolicy p, CompiledRule r, Direction d, String rulePath) {
        List<ClusterPeer> peers = r.rule.peers();
        for (int j = 0; j < peers.size(); j++) {
            ClusterPeer peer = peers.get(j);
            boolean selector = peer instanceof ClusterPeer.Namespaces || peer instanceof ClusterPeer.Pods;
            if (selector && tiers.peerSet(peer).isEmpty() && !aimsAtClusterDns.test(peer)) {
                add(Kind.PEER_MATCHES_NOTHING, p, rulePath + (d == Direction.INGRESS ? ".from[" : ".to[") + j + "]",
                        "this peer matches no pod in this scenario (" + peer + "); check the labels for a typo");
            }
        }
    }

    /** destinationNamedPort: ingress resolves it on the selected pods, egress on the rule's peers. */
    private void namedPorts(Compiled c, CompiledRule r, Direction d, String rulePath) {
        BitSet candidates = d == Direction.INGRESS ? c.subject : r.peers;
        List<ClusterPort> ports = r.rule.ports();
        for (int j = 0; j < ports.size(); j++) {
            if (!(ports.get(j) instanceof ClusterPort.Named named)) {
                continue;
            }
            boolean declared = candidates.stream().anyMatch(i -> endpoints.get(i) instanceof Pod pod
                    && pod.ports().stream().anyMatch(cp -> cp.name().equals(named.name())));
            if (!declared) {
                add(Kind.NAMED_PORT_NOT_DECLARED, c.policy, rulePath + ".protocols[" + j + "].destinationNamedPort",
                        (d == Direction.INGRESS ? "no selected pod" : "no pod this rule's peers match")
                                + " declares a container port named \"" + named.name() + "\", so this entry matches"
                                + " nothing");
            }
        }
    }

    /**
     * A rule never matches when an earlier one, in this policy or in a policy of the tier checked
     * before it whose subject covers this one's, matches all of its peers on all of its ports.
     */
    private void shadowed(List<Compiled> tier, int index, Direction d, int r, String rulePath) {
        Compiled c = tier.get(index);
        CompiledRule rule = c.rules(d).get(r);
        if (rule.peers.isEmpty()) {
            return;
        }
        for (int k = 0; k <= index; k++) {
            Compiled earlier = tier.get(k);
            if (k < index && (earlier.policy.priority() == c.policy.priority() || !covers(earlier.subject, c.subject))) {
                continue;
            }
            List<CompiledRule> rules = earlier.rules(d);
            int limit = k == index ? r : rules.size();
            for (int e = 0; e < limit; e++) {
                CompiledRule first = rules.get(e);
                if (covers(first.peers, rule.peers) && ClusterPorts.cover(first.rule.ports(), rule.rule.ports())) {
                    String who = k == index ? "rule " + ruleLabel(first, d) + " before it"
                            : "rule " + ruleLabel(first, d) + " of " + earlier.policy.label();
                    add(Kind.SHADOWED_RULE, c.policy, rulePath, "rule " + ruleLabel(rule, d) + " never matches: "
                            + who + " matches all of its"
                            + " traffic first (" + first.rule.action().apiName() + "), so this "
                            + rule.rule.action().apiName() + " has no effect");
                    return;
                }
            }
        }
    }

    /**
     * A Pass changes something only when a later rule of its tier could match the same traffic
     * (it skips that rule) or, in the Admin tier, when a NetworkPolicy or a Baseline policy has a
     * say for the selected pods (it hands the traffic to them). Without either it is the same as
     * no rule at all: the traffic is allowed either way.
     */
    private void passWithNothingBelow(List<Compiled> tier, int index, Direction d, int r, String rulePath) {
        Compiled c = tier.get(index);
        CompiledRule pass = c.rules(d).get(r);
        for (int k = index; k < tier.size(); k++) {
            Compiled later = tier.get(k);
            if (!later.subject.intersects(c.subject)) {
                continue;
            }
            List<CompiledRule> rules = later.rules(d);
            for (int e = k == index ? r + 1 : 0; e < rules.size(); e++) {
                if (rules.get(e).peers.intersects(pass.peers)) {
                    return;
                }
            }
        }
        if (c.policy.tier() == Tier.BASELINE) {
            add(Kind.PASS_WITH_NOTHING_BELOW, c.policy, rulePath, "changes nothing: no later Baseline rule could"
                    + " match this traffic, so it is allowed either way");
            return;
        }
        for (int s = c.subject.nextSetBit(0); s >= 0; s = c.subject.nextSetBit(s + 1)) {
            if (isolatedByNetworkPolicy.test(s, d)) {
                return;
            }
        }
        for (Compiled b : tiers.tier(Tier.BASELINE)) {
            if (!b.rules(d).isEmpty() && b.subject.intersects(c.subject)) {
                return;
            }
        }
        add(Kind.PASS_WITH_NOTHING_BELOW, c.policy, rulePath, "changes nothing yet: no later Admin rule matches this"
                + " traffic, and no NetworkPolicy or Baseline policy has a say on " + d.fieldName() + " for "
                + names(c.subject) + ", so it is allowed either way (once a namespace owner adds a NetworkPolicy,"
                + " that decides)");
    }

    /** Every pod the Baseline policy selects is isolated by NetworkPolicies, which decide before it. */
    private void baselineOverridden(Compiled c, Direction d) {
        for (int s = c.subject.nextSetBit(0); s >= 0; s = c.subject.nextSetBit(s + 1)) {
            if (!isolatedByNetworkPolicy.test(s, d)) {
                return;
            }
        }
        add(Kind.BASELINE_OVERRIDDEN, c.policy, "spec." + d.fieldName(), "never applies to " + d.fieldName()
                + ": every pod it selects (" + names(c.subject) + ") is isolated for " + d.fieldName()
                + " by NetworkPolicies, which decide before the Baseline tier");
    }

    /**
     * "Cluster-internal traffic will be checked against the rule as well. So if you Accept or Deny
     * traffic to 0.0.0.0/0, that will allow or deny all IPv4 pod-to-pod traffic as well."
     */
    private void networksCatchPods(Compiled c, Direction d) {
        BitSet decidedBefore = new BitSet();
        List<CompiledRule> rules = c.rules(d);
        for (int r = 0; r < rules.size(); r++) {
            CompiledRule rule = rules.get(r);
            List<ClusterPeer> peers = rule.rule.peers();
            for (int j = 0; j < peers.size(); j++) {
                if (!(peers.get(j) instanceof ClusterPeer.Networks networks) || rule.rule.action() == RuleAction.PASS) {
                    continue;
                }
                BitSet caught = (BitSet) tiers.peerSet(networks).clone();
                caught.andNot(decidedBefore);
                int pod = caught.stream().filter(i -> endpoints.get(i) instanceof Pod).findFirst().orElse(-1);
                if (pod >= 0) {
                    Endpoint example = endpoints.get(pod);
                    add(Kind.NETWORKS_COVER_POD_IPS, c.policy, "spec." + d.fieldName() + "[" + r + "].to[" + j + "]",
                            networks + " also matches pods (e.g. " + example.id() + " at " + example.ip() + "), so"
                                    + " this " + rule.rule.action().apiName() + " applies to pod-to-pod traffic too;"
                                    + " put a Pass for pod traffic before it if that is not meant");
                }
            }
            decidedBefore.or(rule.peers);
        }
    }

    /** Two policies of one tier and one priority whose rules match some of the same connections. */
    private void equalPriorities(List<Compiled> tier) {
        for (int a = 0; a < tier.size(); a++) {
            for (int b = a + 1; b < tier.size(); b++) {
                Compiled first = tier.get(a);
                Compiled second = tier.get(b);
                if (first.policy.priority() != second.policy.priority() || !first.subject.intersects(second.subject)) {
                    continue;
                }
                String clash = clash(first, second);
                if (clash != null) {
                    add(Kind.EQUAL_PRIORITY, second.policy, "spec.priority", "has the same priority ("
                            + second.policy.priority() + ") as " + first.policy.name() + " in the "
                            + second.policy.tier().apiName() + " tier, and both match " + clash + ": which one a"
                            + " network plugin applies first is not defined; give them different priorities");
                }
            }
        }
    }

    private String clash(Compiled first, Compiled second) {
        BitSet common = (BitSet) first.subject.clone();
        common.and(second.subject);
        for (Direction d : Direction.values()) {
            for (CompiledRule x : first.rules(d)) {
                for (CompiledRule y : second.rules(d)) {
                    if (x.peers.intersects(y.peers) && ClusterPorts.overlap(x.rule.ports(), y.rule.ports())) {
                        String actions = x.rule.action() == y.rule.action() ? ""
                                : " (one " + verb(x.rule.action()) + ", the other " + verb(y.rule.action()) + ")";
                        return "some of the same " + d.fieldName() + " traffic of " + names(common) + actions;
                    }
                }
            }
        }
        return null;
    }

    private static String verb(RuleAction action) {
        return switch (action) {
            case ACCEPT -> "accepts";
            case DENY -> "denies";
            case PASS -> "passes";
        };
    }

    private static boolean covers(BitSet outer, BitSet inner) {
        BitSet rest = (BitSet) inner.clone();
        rest.andNot(outer);
        return rest.isEmpty();
    }

    private static String ruleLabel(CompiledRule r, Direction d) {
        return r.rule.name().isEmpty() ? d.fieldName() + "[" + r.index + "]" : r.rule.name();
    }

    /** "prod/a, prod/b and 3 more". */
    private String names(BitSet set) {
        List<String> ids = set.stream().limit(MAX_NAMED + 1L).mapToObj(i -> endpoints.get(i).id()).toList();
        int total = set.cardinality();
        if (total <= MAX_NAMED) {
            return TierText.and(ids);
        }
        return String.join(", ", ids.subList(0, MAX_NAMED)) + " and " + (total - MAX_NAMED) + " more";
    }
}
