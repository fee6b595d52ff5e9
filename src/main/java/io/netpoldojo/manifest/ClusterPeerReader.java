package io.netpoldojo.manifest;

import io.netpoldojo.engine.model.Cidr;
import io.netpoldojo.engine.model.ClusterPeer;
import io.netpoldojo.engine.model.ClusterSubject;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.IpAddress;
import io.netpoldojo.engine.model.LabelSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a ClusterNetworkPolicy's {@code subject} and its rules' peers as the CRD schema defines
 * them (kubernetes-sigs/network-policy-api, v1alpha2; v1alpha1 for the older
 * AdminNetworkPolicy shapes): exactly one field per subject and per peer, {@code networks} and
 * the experimental {@code nodes} and {@code domainNames} only in egress.
 */
final class ClusterPeerReader {
    private ClusterPeerReader() {}

    static final List<String> SUBJECT_FIELDS = List.of("namespaces", "pods");
    static final List<String> INGRESS_PEER_FIELDS = List.of("namespaces", "pods");
    static final List<String> EGRESS_PEER_FIELDS = List.of("namespaces", "pods", "networks", "nodes", "domainNames");
    static final Set<String> NAMESPACED_POD_FIELDS = Set.of("namespaceSelector", "podSelector");
    static final int MAX_CIDRS = 25;
    static final int MAX_DOMAIN_NAMES = 25;
    static final int CIDR_MAX_LENGTH = 43;
    /** The CRD's pattern for a DomainName, as upstream writes it. */
    static final Pattern DOMAIN_NAME = Pattern.compile(
            "^(\\*\\.)?([a-zA-z0-9]([-a-zA-Z0-9_]*[a-zA-Z0-9])?\\.)+[a-zA-z0-9]([-a-zA-Z0-9_]*[a-zA-Z0-9])?\\.?$");

    /**
     * spec.subject: "Exactly one field must be set." {@code pods.namespaceSelector} is optional in
     * v1alpha2 (missing means all namespaces) and required in v1alpha1 ({@code legacy}).
     */
    static Optional<ClusterSubject> subject(ObjectReader r, Fields spec, boolean legacy) {
        String path = spec.pathOf("subject");
        Node node = spec.get("subject");
        if (ObjectReader.isNull(node)) {
            r.error(node == null ? spec.node() : node, path, "Required value");
            return Optional.empty();
        }
        Optional<Fields> fields = r.mapping(node, path);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Fields f = fields.get();
        f.allowOnly(Set.copyOf(SUBJECT_FIELDS));
        Optional<String> which = CrdRules.exactlyOne(r, f, SUBJECT_FIELDS);
        if (which.isEmpty()) {
            return Optional.empty();
        }
        if (which.get().equals("namespaces")) {
            return SelectorReader.read(r, f.get("namespaces"), f.pathOf("namespaces"), true)
                    .map(ClusterSubject::namespaces);
        }
        return namespacedPod(r, f.get("pods"), f.pathOf("pods"), legacy)
                .map(p -> ClusterSubject.pods(p.namespaces(), p.pods()));
    }

    /**
     * One entry of {@code from} (ingress) or {@code to} (egress); {@code warnings} collects the
     * experimental fields NetPol Dojo cannot evaluate, for the caller to report at the peer.
     */
    static Optional<ClusterPeer> peer(ObjectReader r, Node node, String path, Direction d, boolean legacy) {
        Optional<Fields> fields = r.entry(node, path);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Fields f = fields.get();
        List<String> choices = d == Direction.INGRESS ? INGRESS_PEER_FIELDS : EGRESS_PEER_FIELDS;
        if (d == Direction.INGRESS && f.has("networks")) {
            f.allowOnly(Set.of("namespaces", "pods", "networks"));
            r.error(f.get("networks"), f.pathOf("networks"), "field not declared in schema: networks peers are for"
                    + " egress only (an ingress rule cannot match traffic from outside the cluster by address)");
            return Optional.empty();
        }
        f.allowOnly(Set.copyOf(choices));
        Optional<String> which = CrdRules.exactlyOne(r, f, choices);
        if (which.isEmpty()) {
            return Optional.empty();
        }
        Node value = f.get(which.get());
        String valuePath = f.pathOf(which.get());
        switch (which.get()) {
            case "namespaces" -> {
                return SelectorReader.read(r, value, valuePath, true).map(ClusterPeer.Namespaces::new);
            }
            case "pods" -> {
                return namespacedPod(r, value, valuePath, legacy).map(p -> (ClusterPeer) p);
            }
            case "networks" -> {
                return networks(r, f, valuePath);
            }
            case "nodes" -> {
                Optional<LabelSelector> nodes = SelectorReader.read(r, value, valuePath, true);
                nodes.ifPresent(n -> r.warning(value, valuePath, "nodes is an experimental-channel field (it needs the"
                        + " experimental CRD); NetPol Dojo models no nodes, so this peer matches nothing here"));
                return nodes.map(ClusterPeer.Nodes::new);
            }
            default -> {
                return domainNames(r, f, valuePath);
            }
        }
    }

    /** A NamespacedPod: podSelector required; namespaceSelector "if empty, it selects all Namespaces". */
    private static Optional<ClusterPeer.Pods> namespacedPod(ObjectReader r, Node node, String path, boolean legacy) {
        Optional<Fields> fields = r.mapping(node, path);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Fields f = fields.get();
        f.allowOnly(NAMESPACED_POD_FIELDS);
        int before = r.errorCount();
        LabelSelector namespaces = LabelSelector.EVERYTHING;
        if (f.has("namespaceSelector")) {
            namespaces = SelectorReader.read(r, f.get("namespaceSelector"), f.pathOf("namespaceSelector"), true)
                    .orElse(LabelSelector.EVERYTHING);
        } else if (legacy) {
            r.error(f.node(), f.pathOf("namespaceSelector"), "Required value");
        }
        Optional<LabelSelector> pods = Optional.empty();
        if (f.has("podSelector")) {
            pods = SelectorReader.read(r, f.get("podSelector"), f.pathOf("podSelector"), true);
        } else {
            r.error(f.node(), f.pathOf("podSelector"), "Required value");
        }
        if (r.errorCount() > before || pods.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ClusterPeer.Pods(namespaces, pods.get()));
    }

    /** networks: 1 to 25 CIDRs, each at most 43 characters, isCIDR(self), no duplicates. */
    private static Optional<ClusterPeer> networks(ObjectReader r, Fields peer, String path) {
        int before = r.errorCount();
        List<Node> items = CrdRules.list(r, peer, "networks", 1, MAX_CIDRS);
        List<String> texts = new ArrayList<>();
        List<Cidr> cidrs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = ObjectReader.index(path, i);
            Node item = items.get(i);
            Optional<String> text = CrdRules.string(r, item, itemPath, CIDR_MAX_LENGTH);
            texts.add(text.orElse(null));
            text.flatMap(t -> cidr(r, item, itemPath, t)).ifPresent(cidrs::add);
        }
        CrdRules.set(r, items, texts, path);
        return r.errorCount() > before ? Optional.empty() : Optional.of(new ClusterPeer.Networks(cidrs));
    }

    /**
     * CEL isCIDR(self), "Invalid CIDR format provided": Go's netip prefix syntax, which refuses
     * leading zeros; host bits may be set (a warning, as for ipBlock).
     */
    private static Optional<Cidr> cidr(ObjectReader r, Node node, String path, String text) {
        Optional<Cidr> cidr = Cidr.parse(text);
        if (cidr.isEmpty() || IpAddress.hasLeadingZeroOctet(text.substring(0, text.indexOf('/')))) {
            r.error(node, path, "Invalid value: " + Metadata.quote(text) + ": Invalid CIDR format provided");
            return Optional.empty();
        }
        if (!cidr.get().isCanonical()) {
            r.warning(node, path, "not in canonical form; did you mean " + cidr.get().canonical() + "?");
        }
        return cidr;
    }

    /** domainNames (experimental): 1 to 25 names, each matching the CRD's pattern, no duplicates. */
    private static Optional<ClusterPeer> domainNames(ObjectReader r, Fields peer, String path) {
        int before = r.errorCount();
        List<Node> items = CrdRules.list(r, peer, "domainNames", 1, MAX_DOMAIN_NAMES);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = ObjectReader.index(path, i);
            Optional<String> name = r.string(items.get(i), itemPath);
            names.add(name.orElse(null));
            if (name.isPresent() && !DOMAIN_NAME.matcher(name.get()).matches()) {
                r.error(items.get(i), itemPath, "Invalid value: " + Metadata.quote(name.get()) + ": must be a domain"
                        + " name such as kubernetes.io, or *.kubernetes.io for its subdomains");
            }
        }
        CrdRules.set(r, items, names, path);
        if (r.errorCount() > before) {
            return Optional.empty();
        }
        r.warning(peer.get("domainNames"), path, "domainNames is an experimental-channel field (it needs the"
                + " experimental CRD); NetPol Dojo resolves no names, so this peer matches nothing here");
        return Optional.of(new ClusterPeer.DomainNames(names));
    }
}
