package io.netpoldojo.content;

import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Port;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Checks references into one scenario (a state name in {@code after}, a policy, an endpoint id,
 * a port) where they are written, with messages that list what the scenario does have.
 */
final class ScenarioRefs {
    private final Scenario scenario;
    private final Problems problems;

    ScenarioRefs(Scenario scenario, Problems problems) {
        this.scenario = scenario;
        this.problems = problems;
    }

    Scenario scenario() {
        return scenario;
    }

    /** The {@code after} field of {@code m}, when present and naming {@code none} or a policy. */
    Optional<String> after(YamlMap m, String key) {
        Optional<String> after = m.text(key);
        if (after.isEmpty() || after.get().equals(Scenario.NONE)) {
            return after;
        }
        return policy(m, key).map(p -> after.get());
    }

    /** The policy named by field {@code key} of {@code m} (a name, or namespace/name when names repeat). */
    Optional<NetworkPolicy> policy(YamlMap m, String key) {
        Optional<String> ref = m.text(key);
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        Optional<NetworkPolicy> found = scenario.policy(ref.get());
        if (found.isPresent()) {
            return found;
        }
        List<NetworkPolicy> sameName = scenario.policiesInOrder().stream().filter(p -> p.name().equals(ref.get())).toList();
        String message = sameName.size() > 1
                ? "\"" + ref.get() + "\" is ambiguous: " + String.join(", ", sameName.stream().map(NetworkPolicy::id).toList())
                  + "; write namespace/name"
                : "scenario " + scenario.id() + " has no policy \"" + ref.get() + "\"; it applies: " + policyNames();
        problems.error(m.file, m.node(key).get(), m.pathOf(key), message);
        return Optional.empty();
    }

    /**
     * What field {@code key} of {@code m} applies or removes: a NetworkPolicy (by name, or
     * namespace/name when names repeat) or a ClusterNetworkPolicy (cluster-scoped: by name). The
     * answer is the reference in one spelling for each policy: {@code namespace/name} for a
     * NetworkPolicy, the name for a ClusterNetworkPolicy.
     */
    Optional<String> anyPolicy(YamlMap m, String key) {
        Optional<String> ref = m.text(key);
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        Optional<NetworkPolicy> policy = scenario.policy(ref.get());
        Optional<ClusterNetworkPolicy> clusterPolicy = ref.get().contains("/") ? Optional.empty()
                : scenario.clusterPolicy(ref.get());
        if (policy.isPresent() && clusterPolicy.isPresent()) {
            problems.error(m.file, m.node(key).get(), m.pathOf(key), "\"" + ref.get() + "\" names both the"
                    + " NetworkPolicy " + policy.get().id() + " and a ClusterNetworkPolicy; write "
                    + policy.get().id() + " for the NetworkPolicy, or rename the ClusterNetworkPolicy");
            return Optional.empty();
        }
        if (clusterPolicy.isPresent()) {
            return Optional.of(clusterPolicy.get().name());
        }
        if (policy.isPresent() || scenario.clusterPoliciesInOrder().isEmpty()) {
            return policy(m, key).map(NetworkPolicy::id);
        }
        List<NetworkPolicy> sameName = scenario.policiesInOrder().stream().filter(p -> p.name().equals(ref.get())).toList();
        String unscoped = ref.get().substring(ref.get().indexOf('/') + 1);
        String message = sameName.size() > 1
                ? "\"" + ref.get() + "\" is ambiguous: " + String.join(", ", sameName.stream().map(NetworkPolicy::id).toList())
                  + "; write namespace/name"
                : ref.get().contains("/") && scenario.clusterPolicy(unscoped).isPresent()
                ? "a ClusterNetworkPolicy is cluster-scoped: write \"" + unscoped + "\", without a namespace"
                : "scenario " + scenario.id() + " has no NetworkPolicy or ClusterNetworkPolicy \"" + ref.get()
                  + "\"; its NetworkPolicies: " + policyNames() + "; its ClusterNetworkPolicies: "
                  + String.join(", ", scenario.clusterPoliciesInOrder().stream().map(ClusterNetworkPolicy::name).toList());
        problems.error(m.file, m.node(key).get(), m.pathOf(key), message);
        return Optional.empty();
    }

    /** Checks that an endpoint id exists; reports it at {@code node} otherwise. */
    boolean endpoint(String file, Node node, String path, String id) {
        if (scenario.base().endpoint(id).isPresent()) {
            return true;
        }
        List<String> ids = scenario.base().endpoints().stream().map(Endpoint::id).toList();
        problems.error(file, node, path, "scenario " + scenario.id() + " has no endpoint \"" + id + "\"; it has: "
                + String.join(", ", ids));
        return false;
    }

    /** The endpoint id in field {@code key}, when present, text and known. */
    Optional<String> endpoint(YamlMap m, String key) {
        Optional<String> id = m.text(key);
        if (id.isPresent() && !endpoint(m.file, m.node(key).get(), m.pathOf(key), id.get())) {
            return Optional.empty();
        }
        return id;
    }

    /** The endpoint ids of a list field, each checked at its own position. */
    Optional<List<String>> endpoints(YamlMap m, String key) {
        List<Node> items = m.list(key);
        List<String> ids = m.textList(key);
        if (ids.size() != items.size()) {
            return Optional.empty();
        }
        boolean ok = true;
        for (int i = 0; i < ids.size(); i++) {
            ok &= endpoint(m.file, items.get(i), Problems.index(m.pathOf(key), i), ids.get(i));
        }
        return ok ? Optional.of(ids) : Optional.empty();
    }

    /** A port such as {@code 8080/TCP}, {@code 53/UDP} or {@code 80}. */
    static Optional<Port> port(YamlMap m, String key, Problems problems) {
        if (!m.has(key)) {
            m.missing(key);
            return Optional.empty();
        }
        Optional<String> text = m.text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Port> port = Port.parse(text.get());
        if (port.isEmpty()) {
            problems.error(m.file, m.node(key).get(), m.pathOf(key), "must be a port such as 8080/TCP, 53/UDP or"
                    + " 9000/SCTP (a number from 1 to 65535; TCP, UDP or SCTP), got \"" + text.get() + "\"");
        }
        return port;
    }

    /** {@code {from, to, port}} with both endpoints known. */
    Optional<Ask> ask(YamlMap m) {
        Optional<String> from = m.has("from") ? endpoint(m, "from") : missing(m, "from");
        Optional<String> to = m.has("to") ? endpoint(m, "to") : missing(m, "to");
        Optional<Port> port = port(m, "port", problems);
        if (from.isEmpty() || to.isEmpty() || port.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Ask(from.get(), to.get(), port.get()));
    }

    private static Optional<String> missing(YamlMap m, String key) {
        m.missing(key);
        return Optional.empty();
    }

    private String policyNames() {
        List<NetworkPolicy> ps = scenario.policiesInOrder();
        return ps.isEmpty() ? "(no policies)" : String.join(", ", ps.stream().map(NetworkPolicy::name).toList());
    }
}
