package io.netpoldojo.engine;

import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.External;
import io.netpoldojo.engine.model.Port;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who can reach whom, on each of a list of ports: a truth table per port, as the Kubernetes e2e
 * NetworkPolicy tests print them ({@code .} allowed, {@code X} denied). Quiz grading of a
 * "write the policy" challenge is {@code compare(expected, actual)}.
 */
public final class ReachabilityMatrix {
    private final List<Endpoint> endpoints;
    private final List<Port> ports;
    private final Map<String, Integer> index = new HashMap<>();
    /** allowedSources[port][destination] = the sources that reach it. */
    private final BitSet[][] allowedSources;
    /** The outside addresses, by position: no connection is counted between two of them. */
    private final BitSet externals = new BitSet();

    ReachabilityMatrix(List<Endpoint> endpoints, List<Port> ports, BitSet[][] allowedSources) {
        this.endpoints = List.copyOf(endpoints);
        this.ports = List.copyOf(ports);
        this.allowedSources = allowedSources;
        for (int i = 0; i < endpoints.size(); i++) {
            index.put(endpoints.get(i).id(), i);
            if (endpoints.get(i) instanceof External) {
                externals.set(i);
            }
        }
    }

    /** A matrix from explicit answers, for expected results written by hand or by a quiz goal. */
    public static ReachabilityMatrix of(List<Endpoint> endpoints, List<Port> ports, Predicate3 allowed) {
        BitSet[][] sets = new BitSet[ports.size()][endpoints.size()];
        for (int k = 0; k < ports.size(); k++) {
            for (int t = 0; t < endpoints.size(); t++) {
                BitSet s = new BitSet();
                for (int f = 0; f < endpoints.size(); f++) {
                    if (f == t || allowed.test(endpoints.get(f), endpoints.get(t), ports.get(k))) {
                        s.set(f);
                    }
                }
                sets[k][t] = s;
            }
        }
        return new ReachabilityMatrix(endpoints, ports, sets);
    }

    /** A yes/no answer for one connection. */
    @FunctionalInterface
    public interface Predicate3 {
        boolean test(Endpoint from, Endpoint to, Port port);
    }

    /** One ordered connection on one port with its answer. */
    public record Cell(Endpoint from, Endpoint to, Port port, boolean allowed) {}

    /** A connection whose answer differs between two matrices. */
    public record Difference(Endpoint from, Endpoint to, Port port, boolean expected, boolean actual) {
        @Override
        public String toString() {
            return from.id() + " -> " + to.id() + " on " + port + ": expected " + (expected ? "allowed" : "denied")
                    + ", got " + (actual ? "allowed" : "denied");
        }
    }

    public List<Endpoint> endpoints() {
        return endpoints;
    }

    public List<Port> ports() {
        return ports;
    }

    /** By position in {@link #endpoints()} and {@link #ports()}: the fast path for whole-matrix walks. */
    public boolean allowed(int fromIndex, int toIndex, int portIndex) {
        return allowedSources[portIndex][toIndex].get(fromIndex);
    }

    public boolean allowed(Endpoint from, Endpoint to, Port port) {
        return allowed(from.id(), to.id(), port);
    }

    public boolean allowed(String fromId, String toId, Port port) {
        int k = ports.indexOf(port);
        Integer f = index.get(fromId);
        Integer t = index.get(toId);
        if (k < 0 || f == null || t == null) {
            throw new IllegalArgumentException("not in this matrix: " + fromId + " -> " + toId + " on " + port);
        }
        return allowedSources[k][t].get(f);
    }

    /**
     * The connections worth showing: every ordered pair except an endpoint to itself and an
     * outside address to another outside address (no policy can say anything about those).
     */
    public static boolean isMeaningfulPair(Endpoint from, Endpoint to) {
        return !from.id().equals(to.id()) && !(from instanceof External && to instanceof External);
    }

    /** Every meaningful cell, port by port, then source by source, then destination. */
    public List<Cell> cells() {
        List<Cell> out = new ArrayList<>();
        for (int k = 0; k < ports.size(); k++) {
            for (int f = 0; f < endpoints.size(); f++) {
                for (int t = 0; t < endpoints.size(); t++) {
                    Endpoint from = endpoints.get(f);
                    Endpoint to = endpoints.get(t);
                    if (isMeaningfulPair(from, to)) {
                        out.add(new Cell(from, to, ports.get(k), allowedSources[k][t].get(f)));
                    }
                }
            }
        }
        return out;
    }

    /**
     * How many meaningful connections are allowed on a port: counted by set, not pair by pair
     * (the summary of a 5,000-pod cluster asks about 25 million pairs per port).
     */
    public int allowedCount(Port port) {
        int k = ports.indexOf(port);
        int count = 0;
        BitSet outsideSources = new BitSet();
        for (int t = 0; t < endpoints.size(); t++) {
            BitSet col = allowedSources[k][t];
            count += col.cardinality() - (col.get(t) ? 1 : 0);
            if (externals.get(t)) {
                outsideSources.clear();
                outsideSources.or(col);
                outsideSources.and(externals);
                outsideSources.clear(t);
                count -= outsideSources.cardinality();
            }
        }
        return count;
    }

    /** How many meaningful connections there are per port. */
    public long pairCount() {
        long externals = endpoints.stream().filter(e -> e instanceof External).count();
        long n = endpoints.size();
        return n * (n - 1) - externals * (externals - 1);
    }

    /**
     * The cells where {@code this} (actual) differs from {@code expected}, over the endpoints and
     * ports both matrices share.
     */
    public List<Difference> compare(ReachabilityMatrix expected) {
        List<Difference> out = new ArrayList<>();
        for (Port port : expected.ports) {
            if (!ports.contains(port)) {
                continue;
            }
            for (Endpoint from : expected.endpoints) {
                for (Endpoint to : expected.endpoints) {
                    if (!index.containsKey(from.id()) || !index.containsKey(to.id()) || !isMeaningfulPair(from, to)) {
                        continue;
                    }
                    boolean want = expected.allowed(from, to, port);
                    boolean got = allowed(from, to, port);
                    if (want != got) {
                        out.add(new Difference(from, to, port, want, got));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The truth table for one port: rows are sources, columns destinations, {@code .} allowed,
     * {@code X} denied, {@code -} for a pair that is not meaningful. Column headers are numbered
     * and keyed below the table so that long names stay readable in a terminal.
     */
    public String table(Port port) {
        int k = ports.indexOf(port);
        if (k < 0) {
            throw new IllegalArgumentException("port not in this matrix: " + port);
        }
        int width = endpoints.stream().mapToInt(e -> e.id().length()).max().orElse(4);
        width = Math.max(width, "from \\ to".length());
        StringBuilder sb = new StringBuilder();
        sb.append("port ").append(port).append('\n');
        sb.append(pad("from \\ to", width));
        for (int t = 0; t < endpoints.size(); t++) {
            sb.append(' ').append(pad(Integer.toString(t + 1), 2));
        }
        sb.append('\n');
        for (int f = 0; f < endpoints.size(); f++) {
            sb.append(pad(endpoints.get(f).id(), width));
            for (int t = 0; t < endpoints.size(); t++) {
                char c = !isMeaningfulPair(endpoints.get(f), endpoints.get(t)) ? '-'
                        : allowedSources[k][t].get(f) ? '.' : 'X';
                sb.append(' ').append(pad(String.valueOf(c), 2));
            }
            sb.append('\n');
        }
        for (int t = 0; t < endpoints.size(); t++) {
            sb.append(pad(Integer.toString(t + 1), 3)).append(' ').append(endpoints.get(t).id()).append('\n');
        }
        return sb.toString();
    }

    public Optional<Integer> indexOf(String endpointId) {
        return Optional.ofNullable(index.get(endpointId));
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
