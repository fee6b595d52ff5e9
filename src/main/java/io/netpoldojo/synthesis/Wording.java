package io.netpoldojo.synthesis;

import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.LabelSelector;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.PolicyPeer;
import io.netpoldojo.engine.model.PolicyPort;
import io.netpoldojo.engine.model.PortRef;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Plain-English phrases for what generated rules select: "the pods labelled app=backend in default
 * (backend)", "every pod in namespace monitoring", "the address 203.0.113.10/32 (alb)". Each names
 * the endpoints it matches on the canvas, so a reader can check the sentence against the arrows.
 */
final class Wording {
    private static final int NAMES_SHOWN = 4;
    private final List<Endpoint> endpoints;

    Wording(List<Endpoint> endpoints) {
        this.endpoints = endpoints;
    }

    /** The pods a policy's podSelector picks out. */
    String subject(LabelSelector selector, String namespace, BitSet pods) {
        if (selector.isEmpty()) {
            return "every pod in namespace " + namespace;
        }
        return "the pods " + labelled(selector) + " in namespace " + namespace + names(pods, namespace);
    }

    /** What one peer matches, seen from a policy in {@code policyNamespace}. */
    String peer(PolicyPeer peer, String policyNamespace, BitSet matched) {
        if (peer instanceof PolicyPeer.IpBlock block) {
            String range = block.cidr().prefix() == block.cidr().base().bitLength()
                    ? "the address " + block.cidr() : "the addresses in " + block.cidr();
            if (!block.except().isEmpty()) {
                range += " except " + String.join(", ", block.except().stream().map(Object::toString).toList());
            }
            return range + names(matched, policyNamespace);
        }
        PolicyPeer.Selector s = (PolicyPeer.Selector) peer;
        String where;
        if (s.namespaceSelector().isEmpty()) {
            where = "this namespace";
        } else if (s.namespaceSelector().get().isEmpty()) {
            where = "every namespace";
        } else {
            where = namespaces(s.namespaceSelector().get());
        }
        if (s.podSelector().isEmpty() || s.podSelector().get().isEmpty()) {
            return "every pod in " + where + (s.namespaceSelector().isPresent()
                    && !s.namespaceSelector().get().isEmpty() && !isNameSelector(s.namespaceSelector().get())
                    ? names(matched, policyNamespace) : "");
        }
        String anywhere = where.equals("every namespace") ? "any namespace" : where;
        return "pods " + labelled(s.podSelector().get()) + " in " + anywhere + names(matched, policyNamespace);
    }

    private static boolean isNameSelector(LabelSelector s) {
        return s.matchExpressions().isEmpty() && s.matchLabels().asMap().size() == 1
                && s.matchLabels().has(Namespace.NAME_LABEL);
    }

    private static String namespaces(LabelSelector s) {
        if (isNameSelector(s)) {
            return "namespace " + s.matchLabels().get(Namespace.NAME_LABEL);
        }
        return "the namespaces " + labelled(s);
    }

    static String labelled(LabelSelector s) {
        return (s.matchExpressions().isEmpty() ? "labelled " : "matching ") + s;
    }

    /** "8080/TCP", "80/TCP and 443/TCP", "any port". */
    static String ports(List<PolicyPort> ports) {
        if (ports.isEmpty()) {
            return "any port";
        }
        List<String> parts = new ArrayList<>();
        for (PolicyPort p : ports) {
            parts.add(p.port() instanceof PortRef.AnyPort ? "any " + p.protocol() + " port" : p.port() + "/" + p.protocol());
        }
        return join(parts, "and");
    }

    static String join(List<String> parts, String conjunction) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + conjunction + " "
                + parts.get(parts.size() - 1);
    }

    /** " (frontend, web-2)": the matched endpoints, named as short as the namespace allows. */
    String names(BitSet matched, String namespace) {
        List<String> names = new ArrayList<>();
        for (int i = matched.nextSetBit(0); i >= 0; i = matched.nextSetBit(i + 1)) {
            Endpoint e = endpoints.get(i);
            names.add(e instanceof Pod p && p.namespace().equals(namespace) ? p.name() : e.id());
        }
        if (names.isEmpty()) {
            return " (nothing on the canvas yet)";
        }
        if (names.size() > NAMES_SHOWN) {
            int more = names.size() - NAMES_SHOWN + 1;
            names = new ArrayList<>(names.subList(0, NAMES_SHOWN - 1));
            names.add(more + " more");
        }
        return " (" + String.join(", ", names) + ")";
    }
}
