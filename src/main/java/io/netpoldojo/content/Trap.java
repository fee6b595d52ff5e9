package io.netpoldojo.content;

import java.util.Optional;

/**
 * The misconceptions a wrong answer reveals, as a card's content tags them ({@code trap:} on a
 * wrong option, or on a true/false, prediction or policy card for a wrong answer). The quiz
 * counts them per learner and aims practice at the weakest; the prediction generator can build
 * a question around most of them. The list is closed so that a typo in the content is an error
 * and every trap has words the home screen can show.
 */
public enum Trap {
    AND_VS_OR("and-vs-or", "AND versus OR in peers",
            "Two selectors under one dash must both match; under two dashes either one does."),
    POLICYTYPES_DEFAULT("policytypes-default", "What policyTypes defaults to",
            "Without policyTypes a policy isolates ingress always, and egress only when it has egress rules."),
    EMPTY_VS_MISSING("empty-vs-missing", "Empty versus missing",
            "{} selects everything, [] lists nothing, and a missing from or to matches every peer."),
    NAMED_PORT("named-port", "Named ports",
            "A port name is looked up on the destination pod, so one name can mean different numbers."),
    IPBLOCK_VS_PODS("ipblock-vs-pods", "ipBlock versus selectors",
            "Selectors match pods, ipBlock matches outside addresses; pod IPs and Service IPs are not stable peers."),
    DNS_EGRESS("dns-egress", "DNS under a default deny egress",
            "Name lookups are connections to CoreDNS on UDP and TCP 53, and need an egress rule of their own."),
    STATEFUL("stateful", "Replies need no rule",
            "Replies on an allowed connection come back by themselves; a new connection the other way is judged anew."),
    ADDITIVE_PER_DIRECTION("additive-per-direction", "Union of policies, per direction",
            "Policies only add allowed traffic, with no order and no deny; each direction, and each end, counts on its own."),
    DEFAULT_ALLOW("default-allow", "The flat network",
            "With no policy selecting a pod, everything may reach it: namespaces and Services are not walls."),
    NAMESPACE_SCOPE("namespace-scope", "A policy's own namespace",
            "spec.podSelector, and a peer's podSelector without namespaceSelector, only see the policy's namespace."),
    POD_LABELS("pod-labels", "Policies see pods and their labels",
            "Policies select pods by the pods' own labels: not Deployments, not Services, not images or accounts."),
    PORT_PROTOCOL("port-protocol", "Ports and protocols",
            "A rule's port is the pod's port, not the Service's; a port without a protocol means TCP."),
    PLUGIN_ENFORCES("plugin-enforces", "Who enforces a policy",
            "The network plugin enforces policies, if it supports them; the API server only stores them."),
    L3_L4_ONLY("l3-l4-only", "Layers 3 and 4 only",
            "NetworkPolicies see addresses, ports and protocols: no host names, HTTP paths, TLS or logging.");

    private final String id;
    private final String title;
    private final String mistake;

    Trap(String id, String title, String mistake) {
        this.id = id;
        this.title = title;
        this.mistake = mistake;
    }

    /** The tag as the content writes it, e.g. {@code and-vs-or}. */
    public String id() {
        return id;
    }

    /** A few words for a list: "AND versus OR in peers". */
    public String title() {
        return title;
    }

    /** One sentence: what is true that the trap gets wrong. */
    public String mistake() {
        return mistake;
    }

    public static Optional<Trap> parse(String id) {
        for (Trap t : values()) {
            if (t.id.equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    static String ids() {
        StringBuilder sb = new StringBuilder();
        for (Trap t : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(t.id);
        }
        return sb.toString();
    }
}
