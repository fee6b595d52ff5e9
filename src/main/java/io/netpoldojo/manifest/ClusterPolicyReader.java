package io.netpoldojo.manifest;

import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.ClusterPeer;
import io.netpoldojo.engine.model.ClusterPort;
import io.netpoldojo.engine.model.ClusterRule;
import io.netpoldojo.engine.model.ClusterSubject;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.RuleAction;
import io.netpoldojo.engine.model.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a policy.networking.k8s.io/v1alpha2 ClusterNetworkPolicy with strict field validation
 * and the checks of its CRD (the OpenAPI schema and the CEL rules, kubernetes-sigs/network-policy-api
 * v0.2.0), and the v1alpha1 AdminNetworkPolicy and BaselineAdminNetworkPolicy it replaced, which
 * it converts to their ClusterNetworkPolicy equivalents with a warning that says how.
 */
final class ClusterPolicyReader {
    private ClusterPolicyReader() {}

    static final String API_VERSION = "policy.networking.k8s.io/v1alpha2";
    static final String LEGACY_API_VERSION = "policy.networking.k8s.io/v1alpha1";
    static final Set<String> TOP_FIELDS = Set.of("apiVersion", "kind", "metadata", "spec", "status");
    /** v1alpha1 had no priority for the one BaselineAdminNetworkPolicy; upstream's migration example uses 10. */
    static final int BASELINE_CONVERTED_PRIORITY = 10;

    /** The three shapes: the current API, and the two v1alpha1 kinds it replaced. */
    enum Dialect {
        CLUSTER_NETWORK_POLICY(25, Set.of("tier", "priority", "subject", "ingress", "egress"), "protocols"),
        ADMIN_NETWORK_POLICY(100, Set.of("priority", "subject", "ingress", "egress"), "ports"),
        BASELINE_ADMIN_NETWORK_POLICY(100, Set.of("subject", "ingress", "egress"), "ports");

        final int maxItems;
        final Set<String> specFields;
        final String portsField;

        Dialect(int maxItems, Set<String> specFields, String portsField) {
            this.maxItems = maxItems;
            this.specFields = specFields;
            this.portsField = portsField;
        }

        static Dialect of(String kind) {
            return switch (kind) {
                case "AdminNetworkPolicy" -> ADMIN_NETWORK_POLICY;
                case "BaselineAdminNetworkPolicy" -> BASELINE_ADMIN_NETWORK_POLICY;
                default -> CLUSTER_NETWORK_POLICY;
            };
        }

        boolean legacy() {
            return this != CLUSTER_NETWORK_POLICY;
        }

        /** The actions the dialect's enum allows, in its spelling. */
        List<String> actions() {
            return switch (this) {
                case CLUSTER_NETWORK_POLICY -> List.of("Accept", "Deny", "Pass");
                case ADMIN_NETWORK_POLICY -> List.of("Allow", "Deny", "Pass");
                case BASELINE_ADMIN_NETWORK_POLICY -> List.of("Allow", "Deny");
            };
        }
    }

    /** A policy that read cleanly, with its metadata; {@code converted} lists what a conversion changed. */
    record Result(ClusterNetworkPolicy policy, Metadata metadata, List<String> converted) {}

    /** The policy, or empty when it has any error (all of them reported). */
    static Optional<Result> read(ObjectReader r, Fields root, Dialect dialect) {
        root.allowOnly(TOP_FIELDS);
        Optional<Metadata> meta = Metadata.read(r, root, Metadata.NameRule.SUBDOMAIN, false, true);
        namespaceIgnored(r, root);
        if (dialect == Dialect.BASELINE_ADMIN_NETWORK_POLICY) {
            meta.filter(m -> !m.name().equals("default")).ifPresent(m -> r.error(m.nameNode(), "metadata.name",
                    "Invalid value: " + Metadata.quote(m.name()) + ": Only one baseline admin network policy with"
                            + " metadata.name=\"default\" can be created in the cluster"));
        }
        Node specNode = root.get("spec");
        if (ObjectReader.isNull(specNode)) {
            r.error(specNode == null ? root.node() : specNode, "spec", "Required value");
            return Optional.empty();
        }
        Optional<Fields> specFields = r.mapping(specNode, "spec");
        if (specFields.isEmpty()) {
            return Optional.empty();
        }
        Fields spec = specFields.get();
        spec.allowOnly(dialect.specFields);
        List<String> converted = new ArrayList<>();
        Tier tier = tier(r, spec, dialect);
        Optional<Integer> priority = dialect == Dialect.BASELINE_ADMIN_NETWORK_POLICY
                ? Optional.of(BASELINE_CONVERTED_PRIORITY)
                : CrdRules.requiredInt(r, spec, "priority", ClusterNetworkPolicy.MIN_PRIORITY,
                        ClusterNetworkPolicy.MAX_PRIORITY);
        Optional<ClusterSubject> subject = ClusterPeerReader.subject(r, spec, dialect.legacy());
        List<ClusterRule> ingress = rules(r, spec, Direction.INGRESS, dialect, converted);
        List<ClusterRule> egress = rules(r, spec, Direction.EGRESS, dialect, converted);
        if (!r.clean() || meta.isEmpty() || tier == null || priority.isEmpty() || subject.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Result(new ClusterNetworkPolicy(meta.get().name(), tier, priority.get(), subject.get(),
                ingress, egress), meta.get(), converted));
    }

    /** A cluster-scoped object has no namespace: the apiserver clears one written in the manifest. */
    private static void namespaceIgnored(ObjectReader r, Fields root) {
        if (root.get("metadata") instanceof MappingNode meta) {
            Fields m = new Fields(r, meta, "metadata");
            if (m.has("namespace")) {
                r.warning(m.get("namespace"), "metadata.namespace", "ignored: this kind is cluster-scoped");
            }
        }
    }

    /** spec.tier: required, "Admin" or "Baseline"; the v1alpha1 kinds take theirs from the kind. */
    private static Tier tier(ObjectReader r, Fields spec, Dialect dialect) {
        if (dialect != Dialect.CLUSTER_NETWORK_POLICY) {
            return dialect == Dialect.ADMIN_NETWORK_POLICY ? Tier.ADMIN : Tier.BASELINE;
        }
        Node node = spec.get("tier");
        if (ObjectReader.isNull(node)) {
            r.error(node == null ? spec.node() : node, "spec.tier", "Required value");
            return null;
        }
        Optional<String> text = r.string(node, "spec.tier");
        if (text.isEmpty()) {
            return null;
        }
        Optional<Tier> tier = Tier.parse(text.get());
        if (tier.isEmpty()) {
            r.error(node, "spec.tier", "Unsupported value: " + Metadata.quote(text.get())
                    + ": supported values: \"Admin\", \"Baseline\"");
        }
        return tier.orElse(null);
    }

    private static List<ClusterRule> rules(ObjectReader r, Fields spec, Direction d, Dialect dialect,
                                           List<String> converted) {
        String path = spec.pathOf(d.fieldName());
        List<Node> items = CrdRules.list(r, spec, d.fieldName(), 0, dialect.maxItems);
        if (dialect.legacy() && items.size() > 25) {
            r.warning(spec.get(d.fieldName()), path, items.size() + " rules: a ClusterNetworkPolicy allows at most 25,"
                    + " so the converted policy would be rejected");
        }
        List<ClusterRule> rules = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            rule(r, items.get(i), ObjectReader.index(path, i), d, dialect, converted).ifPresent(rules::add);
        }
        return rules;
    }

    private static Optional<ClusterRule> rule(ObjectReader r, Node node, String path, Direction d, Dialect dialect,
                                              List<String> converted) {
        Optional<Fields> fields = r.entry(node, path);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Fields f = fields.get();
        String peersField = d == Direction.INGRESS ? "from" : "to";
        f.allowOnly(Set.of("name", "action", peersField, dialect.portsField));
        int before = r.errorCount();
        String name = CrdRules.string(r, f.get("name"), f.pathOf("name"), 100).orElse("");
        RuleAction action = action(r, f, dialect, converted);
        List<ClusterPeer> peers = new ArrayList<>();
        String peersPath = f.pathOf(peersField);
        List<Node> peerNodes = CrdRules.requiredList(r, f, peersField, 1, dialect.maxItems);
        for (int i = 0; i < peerNodes.size(); i++) {
            ClusterPeerReader.peer(r, peerNodes.get(i), ObjectReader.index(peersPath, i), d, dialect.legacy())
                    .ifPresent(peers::add);
        }
        List<ClusterPort> ports = new ArrayList<>();
        String portsPath = f.pathOf(dialect.portsField);
        List<Node> portNodes = CrdRules.list(r, f, dialect.portsField, 1, dialect.maxItems);
        for (int i = 0; i < portNodes.size(); i++) {
            String portPath = ObjectReader.index(portsPath, i);
            (dialect.legacy() ? ClusterPortReader.legacyPort(r, portNodes.get(i), portPath)
                    : ClusterPortReader.protocol(r, portNodes.get(i), portPath)).ifPresent(ports::add);
        }
        if (dialect.legacy()) {
            tooManyToConvert(r, f, peersField, peerNodes.size());
            tooManyToConvert(r, f, dialect.portsField, portNodes.size());
        }
        if (r.errorCount() > before || action == null) {
            return Optional.empty();
        }
        namedPortsWithAddresses(r, f, peers, ports, dialect);
        if (action != RuleAction.ACCEPT && peers.stream().anyMatch(p -> p instanceof ClusterPeer.DomainNames)) {
            r.warning(f.get(peersField), peersPath, "domainNames is only supported for Accept rules");
        }
        return Optional.of(new ClusterRule(name, action, peers, ports));
    }

    /**
     * action: required, from the dialect's enum. "Allow" in a ClusterNetworkPolicy is the v1alpha1
     * spelling, rejected with a hint; in the v1alpha1 kinds it converts to Accept.
     */
    private static RuleAction action(ObjectReader r, Fields rule, Dialect dialect, List<String> converted) {
        Node node = rule.get("action");
        String path = rule.pathOf("action");
        if (ObjectReader.isNull(node)) {
            r.error(node == null ? rule.node() : node, path, "Required value");
            return null;
        }
        Optional<String> text = r.string(node, path);
        if (text.isEmpty()) {
            return null;
        }
        List<String> allowed = dialect.actions();
        if (!allowed.contains(text.get())) {
            String supported = String.join(", ", allowed.stream().map(Metadata::quote).toList());
            String hint = text.get().equals("Allow") ? " (Allow is the v1alpha1 AdminNetworkPolicy spelling; a"
                    + " ClusterNetworkPolicy says Accept)"
                    : text.get().equals("Accept") && dialect.legacy() ? " (Accept is the v1alpha2 ClusterNetworkPolicy"
                    + " spelling)" : "";
            r.error(node, path, "Unsupported value: " + Metadata.quote(text.get()) + ": supported values: "
                    + supported + hint);
            return null;
        }
        if (text.get().equals("Allow")) {
            converted.add(path);
            return RuleAction.ACCEPT;
        }
        return RuleAction.parse(text.get()).orElseThrow();
    }

    private static void tooManyToConvert(ObjectReader r, Fields rule, String field, int count) {
        if (count > 25) {
            r.warning(rule.get(field), rule.pathOf(field), count + " items: a ClusterNetworkPolicy allows at most 25,"
                    + " so the converted policy would be rejected");
        }
    }

    /**
     * The experimental channel's CEL rule: "networks/nodes/domainNames peer cannot be set with
     * namedPorts since there are no namedPorts for networks/nodes/domainNames". nodes and
     * domainNames need that channel, so it applies: an error. The standard channel has no such
     * rule for networks: a warning, since a named port then matches only pods inside the CIDRs.
     */
    private static void namedPortsWithAddresses(ObjectReader r, Fields rule, List<ClusterPeer> peers,
                                                List<ClusterPort> ports, Dialect dialect) {
        if (ports.stream().noneMatch(p -> p instanceof ClusterPort.Named)) {
            return;
        }
        boolean experimental = peers.stream().anyMatch(p -> p instanceof ClusterPeer.Nodes
                || p instanceof ClusterPeer.DomainNames);
        String message = "networks/nodes/domainNames peer cannot be set with namedPorts since there are no namedPorts"
                + " for networks/nodes/domainNames";
        if (experimental) {
            r.error(rule.node(), rule.path(), "Invalid value: \"object\": " + message);
        } else if (peers.stream().anyMatch(p -> p instanceof ClusterPeer.Networks)) {
            r.warning(rule.node(), rule.path(), "a named port with a networks peer matches only pods inside those"
                    + " CIDRs; the experimental channel's CRD rejects it (\"" + message + "\")");
        }
    }
}
