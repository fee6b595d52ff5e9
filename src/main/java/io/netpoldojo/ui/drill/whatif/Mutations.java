package io.netpoldojo.ui.drill.whatif;

import io.netpoldojo.content.Ask;
import io.netpoldojo.engine.DirectionVerdict;
import io.netpoldojo.engine.NetworkPolicyRules;
import io.netpoldojo.engine.RuleRef;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.ContainerPort;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.LabelSelector;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.PolicyPeer;
import io.netpoldojo.engine.model.PolicyPort;
import io.netpoldojo.engine.model.PolicyRule;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.engine.model.PortRef;
import io.netpoldojo.engine.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The changes an interviewer makes to a scenario, each a small function from the cluster and the
 * connection asked about to candidate changes. Whether a candidate is offered is decided on the
 * engine's verdicts before and after ({@link Candidate#reason}): a change is offered when it
 * changes the answer, or when its not changing it is the lesson (policies add up; a named port
 * resolves on the destination).
 */
final class Mutations {
    /** The label CoreDNS pods carry; "to the DNS pods" means these. */
    static final String DNS_LABEL_KEY = "k8s-app";
    static final String DNS_LABEL_VALUE = "kube-dns";

    /** The name a container port of this number usually has, for a named port the pod may not declare. */
    private static final Map<Integer, String> USUAL_NAMES = Map.of(80, "http", 8080, "http", 443, "https",
            8443, "https", 5432, "postgres", 3306, "mysql", 6379, "redis", 53, "dns", 9090, "metrics");

    private Mutations() {}

    /**
     * One change to the cluster: {@code removed} policies replaced by {@code added} ones (either may
     * be empty), and the connection to ask about afterwards.
     *
     * @param reason given the verdicts before and after, why the answer changes or, when its not
     *               changing teaches something, why not; empty when the change is not worth asking
     */
    record Candidate(WhatIf.Kind kind, String change, List<NetworkPolicy> removed, List<NetworkPolicy> added, Ask ask,
                     BiFunction<Verdict, Verdict, Optional<String>> reason) {
        Cluster apply(Cluster cluster) {
            List<NetworkPolicy> policies = new ArrayList<>();
            for (NetworkPolicy p : cluster.policies()) {
                int at = removed.indexOf(p);
                if (at < 0) {
                    policies.add(p);
                } else if (at < added.size()) {
                    policies.add(added.get(at)); // a changed policy keeps its place
                }
            }
            added.subList(Math.min(removed.size(), added.size()), added.size()).forEach(policies::add);
            return cluster.withPolicies(policies);
        }
    }

    static List<Candidate> all(Cluster cluster, Ask ask) {
        List<Candidate> out = new ArrayList<>();
        out.addAll(noPolicyTypes(cluster, ask));
        out.addAll(andPeers(cluster, ask));
        out.addAll(noDnsEgress(cluster, ask));
        out.addAll(secondPolicy(cluster, ask));
        out.addAll(namedPort(cluster, ask));
        out.addAll(defaultDenyElsewhere(cluster, ask));
        return out;
    }

    private static BiFunction<Verdict, Verdict, Optional<String>> ifChanged(String why) {
        return (before, after) -> before.allowed() != after.allowed() ? Optional.of(why) : Optional.empty();
    }

    /**
     * policyTypes omitted: "If this field is not specified, it will default based on the existence
     * of ingress or egress rules; policies that contain an egress section are assumed to affect
     * egress, and all policies (whether or not they contain an ingress section) are assumed to
     * affect ingress."
     */
    static List<Candidate> noPolicyTypes(Cluster cluster, Ask ask) {
        List<Candidate> out = new ArrayList<>();
        for (NetworkPolicy p : cluster.policies()) {
            if (p.declaredPolicyTypes().isEmpty()) {
                continue;
            }
            NetworkPolicy without = new NetworkPolicy(p.namespace(), p.name(), p.podSelector(), List.of(),
                    p.ingress(), p.egress());
            Set<Direction> was = NetworkPolicyRules.effectivePolicyTypes(p);
            Set<Direction> now = NetworkPolicyRules.effectivePolicyTypes(without);
            if (was.equals(now)) {
                continue;
            }
            out.add(new Candidate(WhatIf.Kind.NO_POLICY_TYPES, "Suppose " + p.id() + " had been applied without its"
                    + " policyTypes field.", List.of(p), List.of(without), ask, ifChanged("Without policyTypes the"
                    + " API server sets Ingress always, and Egress only when the policy has egress rules: " + p.name()
                    + " now has policyTypes " + types(now) + " instead of " + types(was) + ".")));
        }
        return out;
    }

    /**
     * A peer with both selectors is an AND ("pods matching podSelector in namespaces matching
     * namespaceSelector"); two entries of {@code from}/{@code to} are ORed; a podSelector alone
     * "selects particular Pods in the same namespace as the NetworkPolicy".
     */
    static List<Candidate> andPeers(Cluster cluster, Ask ask) {
        List<Candidate> out = new ArrayList<>();
        for (NetworkPolicy p : cluster.policies()) {
            for (Direction d : Direction.values()) {
                List<PolicyRule> rules = p.rules(d);
                for (int r = 0; r < rules.size(); r++) {
                    List<PolicyPeer> peers = rules.get(r).peers();
                    for (int i = 0; i < peers.size(); i++) {
                        if (!(peers.get(i) instanceof PolicyPeer.Selector s) || s.podSelector().isEmpty()
                                || s.namespaceSelector().isEmpty()) {
                            continue;
                        }
                        String where = p.id() + "'s " + d.fieldName() + " rule " + (r + 1);
                        List<PolicyPeer> split = new ArrayList<>(peers);
                        split.set(i, PolicyPeer.Selector.namespaces(s.namespaceSelector().get()));
                        split.add(i + 1, PolicyPeer.Selector.pods(s.podSelector().get()));
                        out.add(new Candidate(WhatIf.Kind.OR_PEER, "Suppose a dash had slipped in before podSelector in " + where
                                + ", so that its one peer (namespaceSelector AND podSelector) became two.", List.of(p),
                                List.of(withRule(p, d, r, new PolicyRule(split, rules.get(r).ports()))), ask,
                                ifChanged("Two entries of " + peerField(d) + " are ORed: the namespaceSelector alone"
                                        + " now matches every pod in those namespaces, and the podSelector alone matches"
                                        + " pods in " + p.namespace() + ", the policy's own namespace.")));
                        List<PolicyPeer> podsOnly = new ArrayList<>(peers);
                        podsOnly.set(i, PolicyPeer.Selector.pods(s.podSelector().get()));
                        out.add(new Candidate(WhatIf.Kind.NO_NAMESPACE_SELECTOR, "Suppose the namespaceSelector were left out of"
                                + " the peer in " + where + ", leaving only its podSelector.", List.of(p),
                                List.of(withRule(p, d, r, new PolicyRule(podsOnly, rules.get(r).ports()))), ask,
                                ifChanged("A podSelector on its own selects pods in the policy's own namespace ("
                                        + p.namespace() + "), never in another.")));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The egress ports 53 that let a pod reach the cluster DNS removed (with their rule when nothing
     * else is left of it): the question is then
     * about the lookup itself, from the asked source to a DNS pod on 53/UDP.
     */
    static List<Candidate> noDnsEgress(Cluster cluster, Ask ask) {
        Optional<Endpoint> dns = cluster.pods().stream().filter(p -> DNS_LABEL_VALUE.equals(p.labels().get(DNS_LABEL_KEY)))
                .map(Endpoint.class::cast).findFirst();
        if (dns.isEmpty() || !(cluster.endpoint(ask.from()).orElse(null) instanceof Pod)) {
            return List.of();
        }
        Ask lookup = new Ask(ask.from(), dns.get().id(), new Port(53, Protocol.UDP));
        List<Candidate> out = new ArrayList<>();
        for (NetworkPolicy p : cluster.policies()) {
            List<PolicyRule> kept = new ArrayList<>();
            for (PolicyRule r : p.egress()) {
                List<PolicyPort> ports = r.ports().stream().filter(pp -> !isDns(pp)).toList();
                if (ports.size() == r.ports().size()) {
                    kept.add(r);
                } else if (!ports.isEmpty()) {
                    kept.add(new PolicyRule(r.peers(), ports)); // a rule for DNS and more keeps the rest
                }
            }
            if (kept.equals(p.egress())) {
                continue;
            }
            NetworkPolicy without = new NetworkPolicy(p.namespace(), p.name(), p.podSelector(),
                    // With no egress rule left, an unset policyTypes would stop isolating egress: a second
                    // change. Say Egress explicitly so that the rule's removal is the only one.
                    p.declaredPolicyTypes().isEmpty() && kept.isEmpty()
                            ? List.copyOf(NetworkPolicyRules.effectivePolicyTypes(p)) : p.declaredPolicyTypes(),
                    p.ingress(), kept);
            out.add(new Candidate(WhatIf.Kind.NO_DNS_EGRESS, "Suppose " + p.id() + " no longer allowed egress to port 53"
                    + " (its DNS rule removed).", List.of(p), List.of(without), lookup, ifChanged("Every name lookup goes to the"
                    + " cluster DNS first: with " + lookup.from() + " isolated for egress and nothing else allowing"
                    + " port 53, the lookup fails, so a connection by Service name fails even where the connection"
                    + " itself would be allowed.")));
        }
        return out;
    }

    private static boolean isDns(PolicyPort port) {
        return port.port().equals(PortRef.Numbered.single(53));
    }

    /**
     * Another team's policy selecting the destination for ingress from other pods only. "Network
     * policies do not conflict; they are additive": it isolates a pod that was open, and takes
     * nothing away from a pod that some rule already lets the source reach.
     */
    static List<Candidate> secondPolicy(Cluster cluster, Ask ask) {
        if (!(cluster.endpoint(ask.to()).orElse(null) instanceof Pod to) || to.labels().isEmpty()) {
            return List.of();
        }
        Optional<Endpoint> from = cluster.endpoint(ask.from());
        String monitor = from.filter(f -> f instanceof Pod p && "monitoring".equals(p.labels().get("app"))).isPresent()
                ? "metrics" : "monitoring";
        String name = unusedName(cluster, to.namespace(), "allow-" + monitor);
        String key = to.labels().asMap().firstKey();
        NetworkPolicy second = new NetworkPolicy(to.namespace(), name,
                LabelSelector.matchLabels(key, to.labels().get(key)), List.of(Direction.INGRESS),
                List.of(new PolicyRule(List.of(PolicyPeer.Selector.pods(LabelSelector.matchLabels("app", monitor))),
                        List.of(PolicyPort.tcp(9090)))), List.of());
        return List.of(new Candidate(WhatIf.Kind.SECOND_POLICY, "Suppose another team also applies " + name + " in "
                + to.namespace() + ": it selects pods labelled " + key + "=" + to.labels().get(key) + " and allows"
                + " ingress only from pods labelled app=" + monitor + " on TCP 9090.", List.of(), List.of(second), ask,
                (before, after) -> {
                    if (before.allowed() && !after.allowed()) {
                        return Optional.of(ask.to() + " was not isolated for ingress. A policy that selects it for"
                                + " Ingress isolates it, and from then on only what some policy allows gets in.");
                    }
                    if (before.allowed() && before.ingress().status() == DirectionVerdict.Status.ALLOWED_BY_RULE) {
                        return Optional.of("Policies add up and never conflict: " + ask.to() + " was already isolated"
                                + " and a rule still allows " + ask.from() + "; a second policy can only allow more.");
                    }
                    return Optional.empty();
                }));
    }

    /**
     * A rule's numbered port written as a named port: the name is resolved on each destination pod
     * ("a named port on a pod"), so it matches where the pod names that port and nowhere else.
     */
    static List<Candidate> namedPort(Cluster cluster, Ask ask) {
        Verdict verdict = new io.netpoldojo.engine.Engine(cluster).evaluate(ask.from(), ask.to(), ask.port());
        if (!(verdict.to() instanceof Pod to)) {
            return List.of();
        }
        Optional<String> declared = to.ports().stream().filter(c -> c.number() == ask.port().number()
                && c.protocol() == ask.port().protocol() && !c.name().isEmpty()).map(ContainerPort::name).findFirst();
        String name = declared.orElse(USUAL_NAMES.getOrDefault(ask.port().number(), "app-port"));
        List<Candidate> out = new ArrayList<>();
        List<RuleRef> allowing = new ArrayList<>(verdict.egress().allowingRules());
        allowing.addAll(verdict.ingress().allowingRules());
        for (RuleRef ref : allowing) {
            NetworkPolicy p = cluster.policy(ref.namespace(), ref.policy()).orElseThrow();
            PolicyRule rule = p.rules(ref.direction()).get(ref.index());
            List<PolicyPort> ports = rule.ports().stream().map(pp -> pp.protocol() == ask.port().protocol()
                    && pp.port().equals(PortRef.Numbered.single(ask.port().number()))
                    ? PolicyPort.named(pp.protocol(), name) : pp).toList();
            if (ports.equals(rule.ports())) {
                continue;
            }
            out.add(new Candidate(WhatIf.Kind.NAMED_PORT, "Suppose " + p.id() + "'s " + ref.direction().fieldName() + " rule "
                    + (ref.index() + 1) + " named the port (port: " + name + ") instead of giving its number "
                    + ask.port().number() + ".", List.of(p), List.of(withRule(p, ref.direction(), ref.index(),
                    new PolicyRule(rule.peers(), ports))), ask, (before, after) -> declared.isPresent()
                    // Unchanged is only worth asking when the connection was allowed and still is.
                    ? before.allowed() && after.allowed() ? Optional.of("A named port is resolved on the destination pod: " + to.id() + " declares "
                    + ask.port() + " as '" + name + "', so the rule matches as before.") : Optional.empty()
                    : before.allowed() != after.allowed() ? Optional.of("A named port is resolved on the destination"
                    + " pod, and " + to.id() + " declares no container port named '" + name + "': the rule no longer"
                    + " matches any port of it.") : Optional.empty()));
        }
        return out;
    }

    /**
     * A default deny for both directions ({@code podSelector: {}}, policyTypes Ingress and Egress) in
     * the namespace of either end: both the source's egress and the destination's ingress must allow.
     */
    static List<Candidate> defaultDenyElsewhere(Cluster cluster, Ask ask) {
        List<String> namespaces = new ArrayList<>();
        for (String id : List.of(ask.from(), ask.to())) {
            if (cluster.endpoint(id).orElse(null) instanceof Pod pod && !namespaces.contains(pod.namespace())) {
                namespaces.add(pod.namespace());
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (String ns : namespaces) {
            String name = unusedName(cluster, ns, "default-deny-all");
            NetworkPolicy deny = new NetworkPolicy(ns, name, LabelSelector.EVERYTHING,
                    List.of(Direction.INGRESS, Direction.EGRESS), List.of(), List.of());
            boolean source = cluster.endpoint(ask.from()).orElse(null) instanceof Pod p && p.namespace().equals(ns);
            out.add(new Candidate(WhatIf.Kind.DEFAULT_DENY, "Suppose " + ns + " also gets a default deny for ingress and egress"
                    + " (" + name + ": podSelector {}, no rules).", List.of(), List.of(deny), ask,
                    ifChanged("Both ends must allow a connection: " + (source ? ask.from() + " is now isolated for"
                            + " egress, and no egress rule of a policy in " + ns + " allows this connection out."
                            : ask.to() + " is now isolated for ingress, and no ingress rule of a policy in " + ns
                            + " lets this connection in."))));
        }
        return out;
    }

    private static NetworkPolicy withRule(NetworkPolicy p, Direction d, int index, PolicyRule rule) {
        List<PolicyRule> rules = new ArrayList<>(p.rules(d));
        rules.set(index, rule);
        return d == Direction.INGRESS
                ? new NetworkPolicy(p.namespace(), p.name(), p.podSelector(), p.declaredPolicyTypes(), rules, p.egress())
                : new NetworkPolicy(p.namespace(), p.name(), p.podSelector(), p.declaredPolicyTypes(), p.ingress(), rules);
    }

    private static String unusedName(Cluster cluster, String namespace, String name) {
        String candidate = name;
        for (int n = 2; cluster.policy(namespace, candidate).isPresent(); n++) {
            candidate = name + "-" + n;
        }
        return candidate;
    }

    private static String peerField(Direction d) {
        return d == Direction.INGRESS ? "from" : "to";
    }

    private static String types(Set<Direction> types) {
        return types.stream().map(Direction::policyType).collect(Collectors.joining(", ", "[", "]"));
    }
}
