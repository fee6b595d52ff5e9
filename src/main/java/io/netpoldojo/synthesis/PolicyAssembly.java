package io.netpoldojo.synthesis;

import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.LabelSelector;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.PolicyPeer;
import io.netpoldojo.engine.model.PolicyPort;
import io.netpoldojo.engine.model.PolicyRule;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.synthesis.Candidates.Peer;
import io.netpoldojo.synthesis.Candidates.Subject;
import io.netpoldojo.synthesis.RuleCover.Tile;
import io.netpoldojo.synthesis.SynthesisResult.GeneratedPolicy;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns chosen tiles into the policies a person would write: per namespace a default deny, then one
 * policy per podSelector holding its ingress and egress rules, where tiles with the same ports
 * become one rule listing several peers. Names come from what the policy selects ({@code backend},
 * {@code allow-dns-egress}), and each policy and rule gets its sentence.
 */
final class PolicyAssembly {
    private final Wording wording;
    private final List<Port> ports;
    private final Map<String, Boolean> defaultDeny = new LinkedHashMap<>();
    private final Map<String, Map<Integer, Group>> groups = new LinkedHashMap<>();

    private static final class Group {
        final Subject subject;
        final List<Tile> ingress = new ArrayList<>();
        final List<Tile> egress = new ArrayList<>();

        Group(Subject subject) {
            this.subject = subject;
        }

        List<Tile> tiles(Direction d) {
            return d == Direction.INGRESS ? ingress : egress;
        }
    }

    PolicyAssembly(Wording wording, List<Port> ports) {
        this.wording = wording;
        this.ports = ports;
    }

    void defaultDeny(String namespace, boolean egressToo) {
        defaultDeny.put(namespace, egressToo);
        groups.computeIfAbsent(namespace, k -> new LinkedHashMap<>());
    }

    void add(String namespace, Direction direction, List<Tile> tiles) {
        Map<Integer, Group> byRank = groups.computeIfAbsent(namespace, k -> new LinkedHashMap<>());
        for (Tile t : tiles) {
            byRank.computeIfAbsent(t.subject().rank(), r -> new Group(t.subject())).tiles(direction).add(t);
        }
    }

    List<GeneratedPolicy> build() {
        List<GeneratedPolicy> out = new ArrayList<>();
        groups.forEach((namespace, byRank) -> {
            Set<String> names = new HashSet<>();
            Boolean egress = defaultDeny.get(namespace);
            if (egress != null) {
                out.add(denyAll(namespace, egress, names));
            }
            byRank.keySet().stream().sorted().forEach(rank -> out.add(policy(namespace, byRank.get(rank), names)));
        });
        return out;
    }

    private GeneratedPolicy denyAll(String namespace, boolean egress, Set<String> names) {
        String name = unique(egress ? "default-deny-all" : "default-deny-ingress", names);
        List<Direction> types = egress ? List.of(Direction.INGRESS, Direction.EGRESS) : List.of(Direction.INGRESS);
        NetworkPolicy policy = new NetworkPolicy(namespace, name, LabelSelector.EVERYTHING, types, List.of(), List.of());
        String sentence = name + " selects every pod in namespace " + namespace + " and has no rules: every pod there"
                + " is isolated for " + (egress ? "ingress and egress" : "ingress")
                + ", so only the rules of the other policies let traffic through.";
        return new GeneratedPolicy(policy, List.of(sentence));
    }

    private GeneratedPolicy policy(String namespace, Group group, Set<String> names) {
        List<PolicyRule> ingress = rules(group.ingress);
        List<PolicyRule> egress = rules(group.egress);
        List<Direction> types = new ArrayList<>();
        if (!ingress.isEmpty()) {
            types.add(Direction.INGRESS);
        }
        if (!egress.isEmpty()) {
            types.add(Direction.EGRESS);
        }
        LabelSelector selector = group.subject.selector();
        String name = unique(baseName(selector, ingress, egress), names);
        NetworkPolicy policy = new NetworkPolicy(namespace, name, selector, types, ingress, egress);
        List<String> sentences = new ArrayList<>();
        sentences.add(name + " applies to " + wording.subject(selector, namespace, group.subject.pods()) + ".");
        sentences.addAll(ruleSentences(group.ingress, Direction.INGRESS, namespace));
        sentences.addAll(ruleSentences(group.egress, Direction.EGRESS, namespace));
        return new GeneratedPolicy(policy, sentences);
    }

    /** Tiles grouped by their ports, in the order the rules are written. */
    private List<List<Tile>> ruleGroups(List<Tile> tiles) {
        Map<BitSet, List<Tile>> byPorts = new LinkedHashMap<>();
        tiles.stream().sorted(Comparator.comparingInt((Tile t) -> t.ports().nextSetBit(0))
                        .thenComparingInt(t -> t.peer().rank()))
                .forEach(t -> byPorts.computeIfAbsent(t.ports(), k -> new ArrayList<>()).add(t));
        List<List<Tile>> out = new ArrayList<>(byPorts.values());
        out.forEach(g -> g.sort(Comparator.comparingInt(t -> t.peer().rank())));
        return out;
    }

    private List<PolicyRule> rules(List<Tile> tiles) {
        List<PolicyRule> rules = new ArrayList<>();
        for (List<Tile> group : ruleGroups(tiles)) {
            List<PolicyPeer> peers = group.stream().map(t -> t.peer().peer()).toList();
            rules.add(new PolicyRule(peers, policyPorts(group.get(0).ports())));
        }
        return rules;
    }

    private List<PolicyPort> policyPorts(BitSet indexes) {
        List<PolicyPort> out = new ArrayList<>();
        indexes.stream().forEach(k -> out.add(PolicyPort.of(ports.get(k).protocol(), ports.get(k).number())));
        return out;
    }

    private List<String> ruleSentences(List<Tile> tiles, Direction direction, String namespace) {
        List<String> out = new ArrayList<>();
        List<List<Tile>> groupsInOrder = ruleGroups(tiles);
        for (int i = 0; i < groupsInOrder.size(); i++) {
            List<Tile> group = groupsInOrder.get(i);
            List<String> peers = new ArrayList<>();
            for (Tile t : group) {
                Peer p = t.peer();
                peers.add(wording.peer(p.peer(), namespace, p.endpoints()));
            }
            String on = Wording.ports(policyPorts(group.get(0).ports()));
            String label = (direction == Direction.INGRESS ? "Ingress" : "Egress") + " rule " + (i + 1);
            out.add(direction == Direction.INGRESS
                    ? label + " lets in " + Wording.join(peers, "or") + ", on " + on + "."
                    : label + " lets them connect to " + Wording.join(peers, "or") + ", on " + on + ".");
        }
        return out;
    }

    /** {@code backend} for app=backend, {@code allow-dns-egress} for DNS from a whole namespace. */
    private static String baseName(LabelSelector selector, List<PolicyRule> ingress, List<PolicyRule> egress) {
        if (selector.isEmpty()) {
            boolean dnsOnly = ingress.isEmpty() && !egress.isEmpty() && egress.stream()
                    .allMatch(r -> !r.ports().isEmpty() && r.ports().stream().allMatch(p -> p.toString().startsWith("53/")));
            return dnsOnly ? "allow-dns-egress" : "all-pods";
        }
        List<String> values = new ArrayList<>();
        selector.matchLabels().asMap().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(ClassSelectors.KEY_ORDER))
                .forEach(e -> values.add(e.getValue()));
        String name = values.isEmpty() ? "unlabelled-pods" : String.join("-", values);
        return sanitize(name);
    }

    /** Lower case letters, digits and '-', at most 63 characters, starting and ending alphanumeric. */
    static String sanitize(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("-{2,}", "-");
        if (s.length() > 55) {
            s = s.substring(0, 55);
        }
        s = s.replaceAll("^-+", "").replaceAll("-+$", "");
        return s.isEmpty() ? "policy" : s;
    }

    static String unique(String base, Set<String> taken) {
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
            name = base + "-" + i;
        }
        return name;
    }
}
