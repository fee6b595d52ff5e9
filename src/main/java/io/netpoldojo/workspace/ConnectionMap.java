package io.netpoldojo.workspace;

import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.ReachabilityMatrix;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.engine.model.Tier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Every arrow the canvas draws for one cluster state and port filter, keyed by
 * {@code from->to}, and the difference between two states ("opened 2, closed 0").
 */
public final class ConnectionMap {
    private final Map<String, Connection> byKey;

    private ConnectionMap(Map<String, Connection> byKey) {
        this.byKey = byKey;
    }

    public static final ConnectionMap EMPTY = new ConnectionMap(Map.of());

    /**
     * Computes all arrows with one matrix over the union of the ports the filter asks about.
     * Walks the matrix by index: on a 50-pod canvas this runs on every edit, for 2,500 arrows.
     */
    public static ConnectionMap compute(Engine engine, PortFilter filter) {
        List<Endpoint> endpoints = engine.endpoints();
        int n = endpoints.size();
        List<List<Port>> portsByDestination = new ArrayList<>(n);
        Set<Port> allPorts = new TreeSet<>();
        for (Endpoint to : endpoints) {
            List<Port> ports = filter.portsFor(to);
            portsByDestination.add(ports);
            allPorts.addAll(ports);
        }
        List<Port> portList = List.copyOf(allPorts);
        ReachabilityMatrix matrix = engine.matrix(portList);
        int[][] portIndexes = new int[n][];
        for (int t = 0; t < n; t++) {
            List<Port> ports = portsByDestination.get(t);
            portIndexes[t] = new int[ports.size()];
            for (int k = 0; k < ports.size(); k++) {
                portIndexes[t][k] = portList.indexOf(ports.get(k));
            }
        }
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = endpoints.get(i).id();
        }
        // Only an endpoint some ClusterNetworkPolicy selects can have a side a tier decides.
        boolean[] tierSubject = new boolean[n];
        for (int i = 0; i < n; i++) {
            tierSubject[i] = !engine.clusterPoliciesSelecting(endpoints.get(i)).isEmpty();
        }
        Map<String, Connection> map = new LinkedHashMap<>(n * n * 2);
        for (int f = 0; f < n; f++) {
            for (int t = 0; t < n; t++) {
                List<Port> ports = portsByDestination.get(t);
                if (ports.isEmpty() || !ReachabilityMatrix.isMeaningfulPair(endpoints.get(f), endpoints.get(t))) {
                    continue;
                }
                List<Port> allowed = new ArrayList<>(ports.size());
                List<Port> denied = new ArrayList<>(0);
                for (int k = 0; k < ports.size(); k++) {
                    (matrix.allowed(f, t, portIndexes[t][k]) ? allowed : denied).add(ports.get(k));
                }
                Optional<Tier> tier = tierSubject[f] || tierSubject[t]
                        ? decidingTier(engine, endpoints.get(f), endpoints.get(t), ports) : Optional.empty();
                Connection c = new Connection(ids[f], ids[t], allowed, denied, tier);
                map.put(c.key(), c);
            }
        }
        return new ConnectionMap(map);
    }

    /**
     * The tier that decided the arrow on any of its ports, Admin before Baseline, from the same
     * verdicts "Why?" shows (see {@code Verdict.decidingTier}). Asked only for pairs with an end a
     * ClusterNetworkPolicy selects, once per evaluation, never per frame.
     */
    private static Optional<Tier> decidingTier(Engine engine, Endpoint from, Endpoint to, List<Port> ports) {
        Optional<Tier> out = Optional.empty();
        for (Port port : ports) {
            Optional<Tier> tier = engine.evaluate(from, to, port).decidingTier();
            if (tier.isPresent() && tier.get() == Tier.ADMIN) {
                return tier;
            }
            out = tier.isPresent() ? tier : out;
        }
        return out;
    }

    public List<Connection> all() {
        return List.copyOf(byKey.values());
    }

    /** Each arrow with its key, in the map's order, without copying: the canvas walks 2,500 of them per edit. */
    public void forEach(BiConsumer<String, Connection> action) {
        byKey.forEach(action);
    }

    public boolean contains(String key) {
        return byKey.containsKey(key);
    }

    public int size() {
        return byKey.size();
    }

    public java.util.Optional<Connection> get(String fromId, String toId) {
        return java.util.Optional.ofNullable(byKey.get(Connection.key(fromId, toId)));
    }

    public long count(Connection.State state) {
        return byKey.values().stream().filter(c -> c.state() == state).count();
    }

    /** What changed from {@code before} to this map, arrow by arrow. */
    public Change changeFrom(ConnectionMap before) {
        List<String> opened = new ArrayList<>();
        List<String> closed = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        byKey.forEach((key, now) -> {
            Connection then = before.byKey.get(key);
            if (then == null || Objects.equals(then.allowedPorts(), now.allowedPorts())) {
                return;
            }
            changed.add(key);
            if (now.allowedPorts().size() > then.allowedPorts().size()) {
                opened.add(key);
            } else if (now.allowedPorts().size() < then.allowedPorts().size()) {
                closed.add(key);
            }
        });
        return new Change(opened, closed, changed);
    }

    /**
     * Arrows whose allowed ports changed between two states: {@code opened} gained ports,
     * {@code closed} lost them, {@code changed} lists every arrow that is different either way.
     */
    public record Change(List<String> opened, List<String> closed, List<String> changed) {
        public static final Change NONE = new Change(List.of(), List.of(), List.of());

        public String summary(String what) {
            return what + ": opened " + opened.size() + ", closed " + closed.size();
        }
    }
}
