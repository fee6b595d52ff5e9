package io.netpoldojo.synthesis;

import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.ContainerPort;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.External;
import io.netpoldojo.engine.model.IpAddress;
import io.netpoldojo.engine.model.Labels;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.engine.model.Protocol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random clusters and intents for the synthesis property test. Labels come from small pools,
 * so pods often share some labels (selectors can cover several) and sometimes all of them (then no
 * policy can tell them apart). Outside endpoints sometimes share an address for the same reason.
 */
final class RandomIntents {
    static final List<Port> PORTS = List.of(Port.tcp(80), Port.tcp(8080), Port.tcp(5432), new Port(53, Protocol.UDP));
    private static final List<Namespace> NAMESPACES = List.of(
            new Namespace("shop", Labels.of("team", "shop", "env", "prod")),
            new Namespace("payments", Labels.of("team", "payments", "env", "prod")),
            new Namespace("staging", Labels.of("team", "shop", "env", "staging")));

    private final Random r;

    RandomIntents(long seed) {
        this.r = new Random(seed);
    }

    Cluster cluster() {
        int nsCount = 1 + r.nextInt(3);
        List<Endpoint> endpoints = new ArrayList<>();
        List<Namespace> namespaces = NAMESPACES.subList(0, nsCount);
        int ip = 10;
        for (Namespace ns : namespaces) {
            int pods = 1 + r.nextInt(4);
            for (int i = 0; i < pods; i++) {
                Labels labels = Labels.of("app", pick("web", "api", "db"));
                if (r.nextInt(3) > 0) {
                    labels = labels.with("tier", pick("front", "back"));
                }
                if (r.nextInt(4) == 0) {
                    labels = labels.with("version", pick("v1", "v2"));
                }
                if (r.nextInt(8) == 0) {
                    labels = Labels.NONE;
                }
                List<ContainerPort> ports = List.of(ContainerPort.tcp(PORTS.get(r.nextInt(3)).number()));
                endpoints.add(new Pod(ns.name(), "pod" + i, labels, IpAddress.of("10.244.0." + ip++), ports, "Pod"));
            }
        }
        int externals = r.nextInt(3);
        for (int i = 0; i < externals; i++) {
            String address = r.nextInt(5) == 0 && i > 0 ? "203.0.113.10" : "203.0.113." + (10 + i);
            endpoints.add(External.of("ext" + i, address));
        }
        return new Cluster(namespaces, endpoints, List.of());
    }

    /**
     * An intent v1 can express: it allows or denies whole groups of look-alike endpoints at once
     * (pods with the same namespace and labels; outside endpoints at one address).
     */
    Intent expressible(Cluster cluster) {
        List<Endpoint> endpoints = cluster.endpoints();
        Map<String, List<Endpoint>> groups = new HashMap<>();
        for (Endpoint e : endpoints) {
            groups.computeIfAbsent(groupKey(e), k -> new ArrayList<>()).add(e);
        }
        List<List<Endpoint>> list = new ArrayList<>(groups.values());
        list.sort((a, b) -> a.get(0).id().compareTo(b.get(0).id()));
        Set<Flow> flows = new HashSet<>();
        double density = 0.1 + r.nextDouble() * 0.4;
        for (List<Endpoint> from : list) {
            for (List<Endpoint> to : list) {
                for (Port port : PORTS) {
                    if (r.nextDouble() < density) {
                        addAll(flows, from, to, port);
                    }
                }
            }
        }
        return new Intent(flows);
    }

    /** An intent of single connections picked at random: look-alikes are often treated differently. */
    Intent anyFlows(Cluster cluster) {
        List<Endpoint> endpoints = cluster.endpoints();
        Set<Flow> flows = new HashSet<>();
        int count = 1 + r.nextInt(endpoints.size() * 2);
        for (int i = 0; i < count; i++) {
            Endpoint from = endpoints.get(r.nextInt(endpoints.size()));
            Endpoint to = endpoints.get(r.nextInt(endpoints.size()));
            addAll(flows, List.of(from), List.of(to), PORTS.get(r.nextInt(PORTS.size())));
        }
        return new Intent(flows);
    }

    private static void addAll(Set<Flow> flows, List<Endpoint> from, List<Endpoint> to, Port port) {
        for (Endpoint f : from) {
            for (Endpoint t : to) {
                if (!f.id().equals(t.id()) && !(f instanceof External && t instanceof External)) {
                    flows.add(new Flow(f.id(), t.id(), port));
                }
            }
        }
    }

    static String groupKey(Endpoint e) {
        return e instanceof Pod p ? p.namespace() + "|" + p.labels() : "ip|" + e.ip();
    }

    boolean nextBoolean() {
        return r.nextBoolean();
    }

    private String pick(String... values) {
        return values[r.nextInt(values.length)];
    }
}
