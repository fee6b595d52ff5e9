package io.netpoldojo.synthesis;

import io.netpoldojo.engine.model.Cidr;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.LabelSelector;
import io.netpoldojo.engine.model.Labels;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.PolicyPeer;
import io.netpoldojo.engine.model.PolicyPort;
import io.netpoldojo.engine.model.PolicyRule;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.engine.model.PortRef;
import io.netpoldojo.manifest.ApiNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A recipe as a form: the values a person would change in it (the namespace it goes in, its name,
 * the pods it selects, the pods, namespace or addresses a rule lets in or out, the ports) become
 * slots with the recipe's own values as defaults, and {@link #fill} writes the policy back with
 * the values typed, or says, slot by slot, what is wrong with them. A recipe of several policies
 * (a set) only asks for the namespace.
 */
public final class RecipeTemplate {
    public static final String NAMESPACE = "namespace";

    public enum Kind { NAMESPACE, NAME, PODS, PEER_PODS, PEER_NAMESPACE, PEER_NAMESPACE_LABELS, CIDR, PORT }

    /**
     * One value to ask for: {@code id} names where it goes ({@code ingress[0].from[0].pods}),
     * {@code hint} what may be typed there.
     */
    public record Slot(String id, Kind kind, String label, String hint, String initial) {}

    /** The filled-in policies, or the problem of each slot whose value cannot be used. */
    public record Filled(List<NetworkPolicy> policies, Map<String, String> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private final List<NetworkPolicy> policies;
    private final List<Slot> slots = new ArrayList<>();

    private RecipeTemplate(List<NetworkPolicy> policies, String defaultNamespace) {
        this.policies = List.copyOf(policies);
        slots.add(new Slot(NAMESPACE, Kind.NAMESPACE, "Namespace it goes in",
                "the namespace whose pods it selects", defaultNamespace));
        if (policies.size() == 1) {
            NetworkPolicy p = policies.get(0);
            slots.add(new Slot("name", Kind.NAME, "Policy name", "lower case letters, digits and '-'", p.name()));
            if (p.podSelector().matchExpressions().isEmpty()) {
                slots.add(new Slot("pods", Kind.PODS, "Pods it applies to",
                        "labels such as app=web; empty: every pod in the namespace", labels(p.podSelector())));
            }
            for (Direction d : Direction.values()) {
                addRuleSlots(p.rules(d), d);
            }
        }
    }

    public static RecipeTemplate of(List<NetworkPolicy> policies, String defaultNamespace) {
        return new RecipeTemplate(policies, defaultNamespace);
    }

    public List<Slot> slots() {
        return List.copyOf(slots);
    }

    private void addRuleSlots(List<PolicyRule> rules, Direction d) {
        String way = d == Direction.INGRESS ? "From" : "To";
        for (int r = 0; r < rules.size(); r++) {
            PolicyRule rule = rules.get(r);
            String prefix = d.fieldName() + "[" + r + "]." + (d == Direction.INGRESS ? "from" : "to");
            for (int i = 0; i < rule.peers().size(); i++) {
                String at = prefix + "[" + i + "]";
                if (rule.peers().get(i) instanceof PolicyPeer.IpBlock block && block.except().isEmpty()) {
                    slots.add(new Slot(at + ".cidr", Kind.CIDR, way + " addresses", "a CIDR such as 203.0.113.0/24",
                            block.cidr().toString()));
                } else if (rule.peers().get(i) instanceof PolicyPeer.Selector s) {
                    s.namespaceSelector().filter(ns -> ns.matchExpressions().isEmpty())
                            .ifPresent(ns -> slots.add(namespaceName(ns).isPresent()
                            ? new Slot(at + ".namespace", Kind.PEER_NAMESPACE, way + " namespace", "a namespace name",
                            namespaceName(ns).get())
                            : new Slot(at + ".namespaces", Kind.PEER_NAMESPACE_LABELS, way + " namespaces",
                            "namespace labels such as team=shop; empty: every namespace", labels(ns))));
                    s.podSelector().filter(ps -> ps.matchExpressions().isEmpty()).ifPresent(ps -> slots.add(
                            new Slot(at + ".pods", Kind.PEER_PODS, way + " pods",
                                    "labels such as app=web; empty: every pod", labels(ps))));
                }
            }
            for (int k = 0; k < rule.ports().size(); k++) {
                if (rule.ports().get(k).port() instanceof PortRef.Numbered n && !n.isRange()) {
                    slots.add(new Slot(d.fieldName() + "[" + r + "].ports[" + k + "]", Kind.PORT, "Port",
                            "8080, 8080/TCP or 53/UDP", new Port(n.port(), rule.ports().get(k).protocol()).toString()));
                }
            }
        }
    }

    /** The recipe's policies with {@code values} (by slot id; a missing one keeps its default). */
    public Filled fill(Map<String, String> values) {
        Map<String, String> problems = new LinkedHashMap<>();
        String ns = value(values, NAMESPACE).strip();
        ApiNames.namespaceName(ns).stream().findFirst().ifPresent(p -> problems.put(NAMESPACE, p));
        List<NetworkPolicy> out = new ArrayList<>();
        for (NetworkPolicy p : policies) {
            if (policies.size() > 1) {
                out.add(new NetworkPolicy(ns, p.name(), p.podSelector(), p.declaredPolicyTypes(), p.ingress(), p.egress()));
                continue;
            }
            String name = value(values, "name").strip();
            ApiNames.objectName(name).stream().findFirst().ifPresent(x -> problems.put("name", x));
            LabelSelector pods = selector(values, "pods", problems).orElse(p.podSelector());
            out.add(new NetworkPolicy(ns, name, pods, p.declaredPolicyTypes(),
                    rules(p.ingress(), Direction.INGRESS, values, problems),
                    rules(p.egress(), Direction.EGRESS, values, problems)));
        }
        return new Filled(out, problems);
    }

    private List<PolicyRule> rules(List<PolicyRule> rules, Direction d, Map<String, String> values,
                                   Map<String, String> problems) {
        List<PolicyRule> out = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            PolicyRule rule = rules.get(r);
            String prefix = d.fieldName() + "[" + r + "]." + (d == Direction.INGRESS ? "from" : "to");
            List<PolicyPeer> peers = new ArrayList<>();
            for (int i = 0; i < rule.peers().size(); i++) {
                peers.add(peer(rule.peers().get(i), prefix + "[" + i + "]", values, problems));
            }
            List<PolicyPort> ports = new ArrayList<>();
            for (int k = 0; k < rule.ports().size(); k++) {
                String id = d.fieldName() + "[" + r + "].ports[" + k + "]";
                PolicyPort original = rule.ports().get(k);
                if (!has(id)) {
                    ports.add(original);
                    continue;
                }
                Optional<Port> port = Port.parse(value(values, id));
                if (port.isEmpty()) {
                    problems.put(id, "not a port: a number from 1 to 65535, optionally /TCP, /UDP or /SCTP");
                }
                ports.add(port.map(x -> PolicyPort.of(x.protocol(), x.number())).orElse(original));
            }
            out.add(new PolicyRule(peers, ports));
        }
        return out;
    }

    private PolicyPeer peer(PolicyPeer original, String at, Map<String, String> values, Map<String, String> problems) {
        if (original instanceof PolicyPeer.IpBlock block) {
            if (!has(at + ".cidr")) {
                return block;
            }
            String text = value(values, at + ".cidr").strip();
            Optional<Cidr> cidr = Cidr.parse(text);
            if (cidr.isEmpty()) {
                problems.put(at + ".cidr", "not a CIDR such as 203.0.113.0/24 or 2001:db8::/32");
                return block;
            }
            if (!cidr.get().isCanonical()) {
                problems.put(at + ".cidr", "host bits are set: write " + cidr.get().canonical());
            }
            return new PolicyPeer.IpBlock(cidr.get(), List.of());
        }
        PolicyPeer.Selector s = (PolicyPeer.Selector) original;
        Optional<LabelSelector> ns = s.namespaceSelector();
        if (has(at + ".namespace")) {
            String name = value(values, at + ".namespace").strip();
            ApiNames.namespaceName(name).stream().findFirst().ifPresent(x -> problems.put(at + ".namespace", x));
            ns = Optional.of(LabelSelector.matchLabels(Namespace.NAME_LABEL, name));
        } else if (has(at + ".namespaces")) {
            ns = Optional.of(selector(values, at + ".namespaces", problems).orElse(ns.orElseThrow()));
        }
        Optional<LabelSelector> pods = s.podSelector();
        if (has(at + ".pods")) {
            pods = Optional.of(selector(values, at + ".pods", problems).orElse(pods.orElseThrow()));
        }
        return new PolicyPeer.Selector(pods, ns);
    }

    /** {@code app=web,tier=front} as matchLabels; empty text is the empty selector. */
    private Optional<LabelSelector> selector(Map<String, String> values, String id, Map<String, String> problems) {
        if (!has(id)) {
            return Optional.empty();
        }
        Labels labels = Labels.NONE;
        String text = value(values, id).strip();
        for (String pair : text.isEmpty() ? new String[0] : text.split(",")) {
            String[] kv = pair.strip().split("=", -1);
            if (kv.length != 2) {
                problems.put(id, "write labels as key=value, separated by commas (\"" + pair.strip() + "\")");
                return Optional.empty();
            }
            List<String> wrong = new ArrayList<>(ApiNames.labelKey(kv[0].strip()));
            wrong.addAll(ApiNames.labelValue(kv[1].strip()));
            if (!wrong.isEmpty()) {
                problems.put(id, "\"" + pair.strip() + "\": " + wrong.get(0));
                return Optional.empty();
            }
            labels = labels.with(kv[0].strip(), kv[1].strip());
        }
        return Optional.of(new LabelSelector(labels, List.of()));
    }

    private boolean has(String id) {
        return slots.stream().anyMatch(s -> s.id().equals(id));
    }

    private String value(Map<String, String> values, String id) {
        String v = values.get(id);
        return v != null ? v : slots.stream().filter(s -> s.id().equals(id)).findFirst().map(Slot::initial).orElse("");
    }

    private static Optional<String> namespaceName(LabelSelector s) {
        return s.matchExpressions().isEmpty() && s.matchLabels().asMap().size() == 1
                && s.matchLabels().has(Namespace.NAME_LABEL)
                ? Optional.of(s.matchLabels().get(Namespace.NAME_LABEL)) : Optional.empty();
    }

    /** Only matchLabels are offered as text; a selector with expressions keeps them (see {@link #selector}). */
    private static String labels(LabelSelector s) {
        return s.matchLabels().toString();
    }
}
