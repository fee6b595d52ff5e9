package io.netpoldojo.quiz;

import io.netpoldojo.content.Ask;
import io.netpoldojo.content.Trap;
import io.netpoldojo.engine.DirectionVerdict;
import io.netpoldojo.engine.RuleCheck;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.PolicyPeer;
import io.netpoldojo.engine.model.PolicyPort;
import io.netpoldojo.engine.model.PolicyRule;
import io.netpoldojo.engine.model.PortRef;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which traps a "can A reach B?" question on a cluster puts to the test, judged from the rules
 * the engine weighed for it: the answer hangs on a peer with two selectors or two peers (AND
 * versus OR), a podSelector alone facing a pod of another namespace, a named port, a protocol or
 * a port range, an ipBlock, a policy whose policyTypes were left to defaulting, the two ends or
 * two policies disagreeing, or an empty list. The prediction generator uses it to aim a question
 * at a trap; traps about things a cluster cannot show (DNS, replies, plugins) are not among them.
 */
final class TrapFinder {
    /** The traps a generated question can be aimed at. */
    static final Set<Trap> GENERATABLE = EnumSet.of(Trap.AND_VS_OR, Trap.NAMESPACE_SCOPE, Trap.NAMED_PORT,
            Trap.PORT_PROTOCOL, Trap.IPBLOCK_VS_PODS, Trap.POLICYTYPES_DEFAULT, Trap.ADDITIVE_PER_DIRECTION,
            Trap.EMPTY_VS_MISSING);

    private TrapFinder() {}

    static Set<Trap> tested(Cluster cluster, Ask ask, Verdict verdict) {
        Set<Trap> out = EnumSet.noneOf(Trap.class);
        Optional<Endpoint> from = cluster.endpoint(ask.from());
        Optional<Endpoint> to = cluster.endpoint(ask.to());
        if (from.isEmpty() || to.isEmpty()) {
            return out;
        }
        side(cluster, verdict.egress(), from.get(), to.get(), ask, out);
        side(cluster, verdict.ingress(), to.get(), from.get(), ask, out);
        boolean split = verdict.egress().isolated() && verdict.ingress().isolated()
                && verdict.egress().allowed() != verdict.ingress().allowed();
        if (split || verdict.egress().isolatingPolicies().size() > 1 || verdict.ingress().isolatingPolicies().size() > 1) {
            out.add(Trap.ADDITIVE_PER_DIRECTION);
        }
        return out;
    }

    /** One end's rules: {@code self} is the end the policies select, {@code other} the peer they must name. */
    private static void side(Cluster cluster, DirectionVerdict side, Endpoint self, Endpoint other, Ask ask,
                             Set<Trap> out) {
        if (!side.isolated()) {
            return;
        }
        for (String name : side.isolatingPolicies()) {
            policy(cluster, self, name).filter(p -> p.declaredPolicyTypes().isEmpty())
                    .ifPresent(p -> out.add(Trap.POLICYTYPES_DEFAULT));
        }
        if (side.checks().isEmpty()) {
            out.add(Trap.EMPTY_VS_MISSING); // isolated with no rule at all: a default deny
        }
        for (RuleCheck check : side.checks()) {
            Optional<PolicyRule> rule = rule(cluster, check);
            if (rule.isEmpty()) {
                continue;
            }
            PolicyRule r = rule.get();
            if (r.peers().isEmpty() || r.ports().isEmpty()) {
                out.add(Trap.EMPTY_VS_MISSING);
            }
            peers(r, other, check.rule().namespace(), out);
            if (check.peerMatches()) {
                ports(r, ask, out);
            }
        }
    }

    private static void peers(PolicyRule rule, Endpoint other, String policyNamespace, Set<Trap> out) {
        boolean podsOnly = false;
        boolean namespacesOnly = false;
        for (PolicyPeer peer : rule.peers()) {
            if (peer instanceof PolicyPeer.IpBlock) {
                out.add(Trap.IPBLOCK_VS_PODS);
            } else if (peer instanceof PolicyPeer.Selector s) {
                if (s.podSelector().isPresent() && s.namespaceSelector().isPresent()) {
                    out.add(Trap.AND_VS_OR);
                }
                podsOnly |= s.podSelector().isPresent() && s.namespaceSelector().isEmpty();
                namespacesOnly |= s.namespaceSelector().isPresent() && s.podSelector().isEmpty();
                // A podSelector alone looks in the policy's namespace: a matching pod elsewhere is left out.
                if (s.namespaceSelector().isEmpty() && other instanceof Pod pod
                        && !pod.namespace().equals(policyNamespace)
                        && s.podSelector().map(sel -> sel.matches(pod.labels())).orElse(false)) {
                    out.add(Trap.NAMESPACE_SCOPE);
                }
            }
        }
        if (podsOnly && namespacesOnly) {
            out.add(Trap.AND_VS_OR);
        }
        if (other instanceof Pod && rule.peers().stream().anyMatch(p -> p instanceof PolicyPeer.IpBlock)) {
            out.add(Trap.IPBLOCK_VS_PODS);
        }
    }

    private static void ports(PolicyRule rule, Ask ask, Set<Trap> out) {
        for (PolicyPort port : rule.ports()) {
            if (port.port() instanceof PortRef.Named) {
                out.add(Trap.NAMED_PORT);
            }
            boolean range = port.port() instanceof PortRef.Numbered n && n.isRange();
            if (range || port.protocol() != ask.port().protocol()) {
                out.add(Trap.PORT_PROTOCOL);
            }
        }
    }

    private static Optional<NetworkPolicy> policy(Cluster cluster, Endpoint self, String name) {
        List<NetworkPolicy> found = new ArrayList<>();
        for (NetworkPolicy p : cluster.policies()) {
            if (p.name().equals(name) && self instanceof Pod pod && p.namespace().equals(pod.namespace())) {
                found.add(p);
            }
        }
        return found.stream().findFirst();
    }

    private static Optional<PolicyRule> rule(Cluster cluster, RuleCheck check) {
        return cluster.policies().stream()
                .filter(p -> p.namespace().equals(check.rule().namespace()) && p.name().equals(check.rule().policy()))
                .findFirst()
                .map(p -> p.rules(check.rule().direction()))
                .filter(rules -> check.rule().index() < rules.size())
                .map(rules -> rules.get(check.rule().index()));
    }
}
