package io.netpoldojo.engine;

import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.External;
import io.netpoldojo.engine.model.Labels;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.PolicyPeer;
import io.netpoldojo.engine.model.PolicyPort;
import io.netpoldojo.engine.model.PolicyRule;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.engine.model.PortRef;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The networking.k8s.io/v1 NetworkPolicy rules, one small function each, with the wording of the
 * Kubernetes API reference and docs beside it. The compiled engine calls these once per policy and
 * endpoint; tests call them directly.
 */
public final class NetworkPolicyRules {
    private NetworkPolicyRules() {}

    /**
     * policyTypes defaulting (API reference, NetworkPolicySpec.policyTypes): "If this field is not
     * specified, it will default based on the existence of ingress or egress rules; policies that
     * contain an egress section are assumed to affect egress, and all policies (whether or not
     * they contain an ingress section) are assumed to affect ingress." The apiserver treats an
     * empty list as unset, and an empty {@code egress: []} as no egress section.
     */
    public static Set<Direction> effectivePolicyTypes(NetworkPolicy policy) {
        if (!policy.declaredPolicyTypes().isEmpty()) {
            return EnumSet.copyOf(policy.declaredPolicyTypes());
        }
        Set<Direction> types = EnumSet.of(Direction.INGRESS);
        if (!policy.egress().isEmpty()) {
            types.add(Direction.EGRESS);
        }
        return types;
    }

    /**
     * spec.podSelector: "Selects the pods to which this NetworkPolicy object applies ... An empty
     * podSelector matches all pods in this namespace." A policy never selects pods in another
     * namespace, and never selects an endpoint outside the cluster.
     */
    public static boolean selects(NetworkPolicy policy, Endpoint endpoint) {
        return endpoint instanceof Pod pod
                && pod.namespace().equals(policy.namespace())
                && policy.podSelector().matches(pod.labels());
    }

    /**
     * "A pod is isolated for [a direction] if there is any NetworkPolicy that both selects the pod
     * and has [that direction] in its policyTypes." (docs: The two sorts of pod isolation)
     */
    public static boolean isolates(NetworkPolicy policy, Endpoint endpoint, Direction direction) {
        return selects(policy, endpoint) && effectivePolicyTypes(policy).contains(direction);
    }

    /**
     * A rule's peers: "If this field is empty or missing, this rule matches all sources
     * (traffic not restricted by source). If this field is present and contains at least one
     * item, this rule allows traffic only if the traffic matches at least one item" (an OR).
     */
    public static boolean peersMatch(PolicyRule rule, String policyNamespace, Endpoint peer,
                                     Function<String, Labels> namespaceLabels) {
        if (rule.peers().isEmpty()) {
            return true;
        }
        for (PolicyPeer p : rule.peers()) {
            if (peerMatches(p, policyNamespace, peer, namespaceLabels)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One peer (API reference, NetworkPolicyPeer):
     * <ul>
     * <li>podSelector alone: "selects particular Pods in the same namespace as the
     *     NetworkPolicy";</li>
     * <li>namespaceSelector alone: "selects particular namespaces for which all Pods should be
     *     allowed";</li>
     * <li>both: "selects particular Pods within particular namespaces" (an AND in one peer);</li>
     * <li>ipBlock: "particular IP CIDR ranges"; the except entries are carved out.</li>
     * </ul>
     * Selectors only ever match pods: an address outside the cluster matches only an ipBlock.
     */
    public static boolean peerMatches(PolicyPeer peer, String policyNamespace, Endpoint endpoint,
                                      Function<String, Labels> namespaceLabels) {
        if (peer instanceof PolicyPeer.IpBlock block) {
            return block.matches(endpoint.ip());
        }
        PolicyPeer.Selector sel = (PolicyPeer.Selector) peer;
        if (!(endpoint instanceof Pod pod)) {
            return false;
        }
        boolean namespaceOk = sel.namespaceSelector()
                .map(ns -> ns.matches(namespaceLabels.apply(pod.namespace())))
                .orElse(pod.namespace().equals(policyNamespace));
        return namespaceOk && sel.podSelector().map(ps -> ps.matches(pod.labels())).orElse(true);
    }

    /**
     * A rule's ports: "If this field is empty or missing, this rule matches all ports ... If this
     * field is present and contains at least one item, then this rule allows traffic only if the
     * traffic matches at least one port in the list."
     */
    public static boolean portsMatch(PolicyRule rule, Port port, Endpoint destination) {
        if (rule.ports().isEmpty()) {
            return true;
        }
        for (PolicyPort p : rule.ports()) {
            if (portMatches(p, port, destination)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One NetworkPolicyPort: the protocol must match (it defaults to TCP); "If this field is not
     * provided, this matches all port names and numbers"; a number matches itself or, with
     * endPort, the inclusive range port..endPort; a name is a named port on the destination pod
     * (a container port with that name and the rule's protocol). An address outside the cluster
     * has no named ports, so a named port never matches it.
     */
    public static boolean portMatches(PolicyPort policyPort, Port port, Endpoint destination) {
        if (policyPort.protocol() != port.protocol()) {
            return false;
        }
        PortRef ref = policyPort.port();
        if (ref instanceof PortRef.Numbered n) {
            return port.number() >= n.port() && port.number() <= n.endPort();
        }
        if (ref instanceof PortRef.Named named) {
            return resolveNamedPort(named.name(), policyPort, destination)
                    .map(number -> number == port.number())
                    .orElse(false);
        }
        return true; // AnyPort
    }

    /** The number a named port resolves to on the destination; empty when it does not declare it. */
    public static Optional<Integer> resolveNamedPort(String name, PolicyPort policyPort, Endpoint destination) {
        if (destination instanceof External) {
            return Optional.empty();
        }
        return ((Pod) destination).resolveNamedPort(name, policyPort.protocol());
    }

    /** All ports numbered (not named) in a rule list, each range contributing its ends. */
    static void addNumberedPorts(List<PolicyRule> rules, Set<Port> into) {
        for (PolicyRule r : rules) {
            for (PolicyPort p : r.ports()) {
                if (p.port() instanceof PortRef.Numbered n) {
                    into.add(new Port(n.port(), p.protocol()));
                    into.add(new Port(n.endPort(), p.protocol()));
                }
            }
        }
    }
}
