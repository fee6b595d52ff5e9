package io.netpoldojo.engine.conformance;

import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.ClusterPort;
import io.netpoldojo.engine.model.ClusterRule;
import io.netpoldojo.engine.model.ContainerPort;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.IpAddress;
import io.netpoldojo.engine.model.Labels;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.engine.model.Protocol;
import io.netpoldojo.engine.model.RuleAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The world of the upstream conformance suite (kubernetes-sigs/network-policy-api,
 * {@code conformance/base/manifests.yaml}), rebuilt for the engine: four house namespaces labelled
 * {@code conformance-house: <house>}, each with a two-pod StatefulSet whose pods carry the same
 * label and declare the container ports {@code web} (80/TCP) and {@code dns} (53/UDP). The suite
 * prefixes the namespaces with {@code network-policy-conformance-}; we drop the prefix.
 *
 * <p>A conformance test applies its policies, then runs steps that each change them (swap two
 * rules, make a rule Pass, ...) and poke servers; the changes add up from step to step. The
 * mutations here are those changes.
 */
final class ConformanceWorld {
    private ConformanceWorld() {}

    static final String[][] HOUSES = {
            {"gryffindor", "harry-potter"}, {"slytherin", "draco-malfoy"},
            {"hufflepuff", "cedric-diggory"}, {"ravenclaw", "luna-lovegood"}};

    /** The policies in force and the namespaces' labels. */
    record World(List<Namespace> namespaces, List<NetworkPolicy> networkPolicies,
                 List<ClusterNetworkPolicy> clusterPolicies) {

        static World of(Object... policies) {
            List<Namespace> namespaces = new ArrayList<>();
            for (String[] house : HOUSES) {
                namespaces.add(new Namespace(house[0], Labels.of("conformance-house", house[0])));
            }
            List<NetworkPolicy> nps = new ArrayList<>();
            List<ClusterNetworkPolicy> cnps = new ArrayList<>();
            for (Object p : policies) {
                if (p instanceof NetworkPolicy np) {
                    nps.add(np);
                } else {
                    cnps.add((ClusterNetworkPolicy) p);
                }
            }
            return new World(namespaces, nps, cnps);
        }

        Cluster cluster() {
            List<Endpoint> pods = new ArrayList<>();
            for (int h = 0; h < HOUSES.length; h++) {
                for (int i = 0; i < 2; i++) {
                    pods.add(new Pod(HOUSES[h][0], HOUSES[h][1] + "-" + i,
                            Labels.of("conformance-house", HOUSES[h][0]), IpAddress.of("10.244." + (h + 1) + "." + (10 + i)),
                            List.of(ContainerPort.named("web", 80, Protocol.TCP),
                                    ContainerPort.named("dns", 53, Protocol.UDP)), "StatefulSet"));
                }
            }
            return new Cluster(namespaces, pods, networkPolicies, clusterPolicies);
        }

        World withCnp(String name, UnaryOperator<ClusterNetworkPolicy> change) {
            List<ClusterNetworkPolicy> out = new ArrayList<>();
            boolean found = false;
            for (ClusterNetworkPolicy p : clusterPolicies) {
                found |= p.name().equals(name);
                out.add(p.name().equals(name) ? change.apply(p) : p);
            }
            if (!found) {
                throw new IllegalArgumentException("no ClusterNetworkPolicy " + name);
            }
            return new World(namespaces, networkPolicies, out);
        }
    }

    /** One PokeServer call: "ns/client -> ns/server 80/TCP open" (or "closed"). */
    record Poke(String from, String to, Port port, boolean open) {
        static Poke parse(String text) {
            String[] parts = text.split(" ");
            if (parts.length != 5 || !parts[1].equals("->")) {
                throw new IllegalArgumentException("poke: " + text);
            }
            return new Poke(parts[0], parts[2], Port.parse(parts[3]).orElseThrow(), parts[4].equals("open"));
        }

        @Override
        public String toString() {
            return from + " -> " + to + " " + port + " " + (open ? "open" : "closed");
        }
    }

    /** One conformance test: its policies, then its steps in order. */
    record Scenario(String name, World start, List<Step> steps) {
        Scenario(String name, World start, Step... steps) {
            this(name, start, List.of(steps));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** One t.Run of a conformance test: what it changes, then what it expects. */
    record Step(String name, UnaryOperator<World> change, List<Poke> pokes) {}

    static Step step(String name, UnaryOperator<World> change, String... pokes) {
        return new Step(name, change, Arrays.stream(pokes).map(Poke::parse).toList());
    }

    static final UnaryOperator<World> NONE = w -> w;

    /** Several changes in one step, in order. */
    @SafeVarargs
    static UnaryOperator<World> all(UnaryOperator<World>... changes) {
        return w -> {
            World out = w;
            for (UnaryOperator<World> c : changes) {
                out = c.apply(out);
            }
            return out;
        };
    }

    /** {@code rule := Spec.X[i]; Spec.X[i] = Spec.X[j]; Spec.X[j] = rule} */
    static UnaryOperator<World> swap(String policy, Direction d, int i, int j) {
        return w -> w.withCnp(policy, p -> {
            List<ClusterRule> rules = new ArrayList<>(p.rules(d));
            ClusterRule first = rules.get(i);
            rules.set(i, rules.get(j));
            rules.set(j, first);
            return d == Direction.INGRESS ? p.withRules(rules, p.egress()) : p.withRules(p.ingress(), rules);
        });
    }

    /** {@code Spec.X[i].Protocols = [{DestinationNamedPort: name}]} */
    static UnaryOperator<World> namedPort(String policy, Direction d, int i, String name) {
        return changeRule(policy, d, i, r -> new ClusterRule(r.name(), r.action(), r.peers(),
                List.of(new ClusterPort.Named(name))));
    }

    /** {@code Spec.X[i].Action = action} */
    static UnaryOperator<World> action(String policy, Direction d, int i, RuleAction action) {
        return changeRule(policy, d, i, r -> new ClusterRule(r.name(), action, r.peers(), r.ports()));
    }

    /** {@code Spec.X = append([rule], Spec.X...)} */
    static UnaryOperator<World> prepend(String policy, Direction d, ClusterRule rule) {
        return w -> w.withCnp(policy, p -> {
            List<ClusterRule> rules = new ArrayList<>(p.rules(d));
            rules.add(0, rule);
            return d == Direction.INGRESS ? p.withRules(rules, p.egress()) : p.withRules(p.ingress(), rules);
        });
    }

    /** {@code Spec.Priority = priority} */
    static UnaryOperator<World> priority(String policy, int priority) {
        return w -> w.withCnp(policy, p -> p.withPriority(priority));
    }

    /** Deletes a NetworkPolicy. */
    static UnaryOperator<World> deleteNetworkPolicy(String name) {
        return w -> new World(w.namespaces(),
                w.networkPolicies().stream().filter(p -> !p.name().equals(name)).toList(), w.clusterPolicies());
    }

    /** {@code namespace.SetLabels({"conformance-house": value})} */
    static UnaryOperator<World> relabelNamespace(String namespace, String value) {
        return w -> new World(w.namespaces().stream()
                .map(ns -> ns.name().equals(namespace) ? new Namespace(namespace, Labels.of("conformance-house", value)) : ns)
                .toList(), w.networkPolicies(), w.clusterPolicies());
    }

    private static UnaryOperator<World> changeRule(String policy, Direction d, int i, UnaryOperator<ClusterRule> change) {
        return w -> w.withCnp(policy, p -> {
            List<ClusterRule> rules = new ArrayList<>(p.rules(d));
            rules.set(i, change.apply(rules.get(i)));
            return d == Direction.INGRESS ? p.withRules(rules, p.egress()) : p.withRules(p.ingress(), rules);
        });
    }
}
