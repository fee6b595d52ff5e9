package io.netpoldojo.manifest;

import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.External;
import io.netpoldojo.engine.model.IpAddress;
import io.netpoldojo.engine.model.Labels;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Pod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers the objects that loaded cleanly, in load order, settles duplicates (the later object
 * of one kind/namespace/name wins, with a warning; two endpoints with one id is an error),
 * assigns pod IPs and builds the {@link LoadResult}.
 */
final class ClusterAssembly {
    /** Pod IPs NetPol Dojo hands out, in load order: 10.244.1.10, 10.244.1.11, ... (a kind-like pod CIDR). */
    static final IpAddress FIRST_ASSIGNED_IP = IpAddress.of("10.244.1.10");
    static final IpAddress LAST_ASSIGNED_IP = IpAddress.of("10.244.255.254");
    /** Pods without an IP named one by one; the rest are counted in one line. */
    private static final int MAX_NAMED_WITHOUT_IP = 10;

    private record Entry(LoadedObject object, Object model, SourceIndex.Entry index) {}

    private final Diagnostics diagnostics;
    private final Map<ObjectKey, Entry> entries = new LinkedHashMap<>();
    private final Map<String, ObjectKey> endpointOwners = new HashMap<>();

    ClusterAssembly(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void addNamespace(Namespace namespace, LoadedObject object, SourceIndex.Entry index) {
        put(object, namespace, index);
    }

    void addPolicy(NetworkPolicy policy, LoadedObject object, SourceIndex.Entry index) {
        put(object, policy, index);
    }

    void addClusterPolicy(ClusterNetworkPolicy policy, LoadedObject object, SourceIndex.Entry index) {
        put(object, policy, index);
    }

    /** Adds an endpoint unless another object already has its id, which is an error at its name. */
    void addEndpoint(EndpointReader.Draft draft, LoadedObject object, SourceIndex.Entry index, ObjectReader r) {
        ObjectKey owner = endpointOwners.get(draft.id());
        if (owner != null && !owner.equals(object.key())) {
            r.error(draft.metadata().nameNode(), "metadata.name", "endpoint " + draft.id() + " is already defined by "
                    + owner + " (" + lineOf(entries.get(owner).object().position()) + ")");
            return;
        }
        endpointOwners.put(draft.id(), object.key());
        put(object, draft, index);
    }

    /** Adds an outside endpoint; two with one name is an error. */
    void addExternal(ExternalComments.Draft draft, Diagnostics report) {
        ObjectKey key = ObjectKey.external(draft.name());
        Entry first = entries.get(key);
        if (first != null) {
            report.report(Diagnostic.error(draft.fields().getOrDefault("name", draft.position()), "name",
                    "duplicate external " + Metadata.quote(draft.name()) + " (first at "
                            + lineOf(first.object().position()) + ")"));
            return;
        }
        LoadedObject object = new LoadedObject(key, "", draft.annotations(), List.of(), draft.position(), draft.name());
        entries.put(key, new Entry(object, draft, new SourceIndex.Entry(draft.position(), draft.fields())));
    }

    private void put(LoadedObject object, Object model, SourceIndex.Entry index) {
        Entry earlier = entries.get(object.key());
        if (earlier != null) {
            diagnostics.report(Diagnostic.warning(object.position(), "", object.key() + " defined twice (first at "
                    + lineOf(earlier.object().position()) + "); the later one wins"));
        }
        entries.put(object.key(), new Entry(object, model, index));
    }

    private static String lineOf(SourcePosition p) {
        return p.file() + ":" + p.line();
    }

    /** The result; pods without an IP get the next free one from 10.244.1.10 on, in load order. */
    LoadResult finish() {
        List<Namespace> namespaces = new ArrayList<>();
        List<EndpointReader.Draft> drafts = new ArrayList<>();
        List<SourcePosition> draftPositions = new ArrayList<>();
        List<External> externals = new ArrayList<>();
        List<NetworkPolicy> policies = new ArrayList<>();
        List<ClusterNetworkPolicy> clusterPolicies = new ArrayList<>();
        Map<ObjectKey, SourceIndex.Entry> index = new HashMap<>();
        Set<IpAddress> taken = new HashSet<>();
        for (Map.Entry<ObjectKey, Entry> e : entries.entrySet()) {
            Object model = e.getValue().model();
            index.put(e.getKey(), e.getValue().index());
            if (model instanceof Namespace ns) {
                namespaces.add(ns);
            } else if (model instanceof NetworkPolicy policy) {
                policies.add(policy);
            } else if (model instanceof ClusterNetworkPolicy policy) {
                clusterPolicies.add(policy);
            } else if (model instanceof EndpointReader.Draft draft) {
                drafts.add(draft);
                draftPositions.add(e.getValue().object().position());
                draft.ip().ifPresent(taken::add);
            } else if (model instanceof ExternalComments.Draft external) {
                externals.add(new External(external.name(), external.ip()));
                taken.add(external.ip());
            }
        }
        List<Endpoint> endpoints = new ArrayList<>();
        IpAddress next = FIRST_ASSIGNED_IP;
        int withoutIp = 0;
        SourcePosition lastWithoutIp = null;
        for (int d = 0; d < drafts.size(); d++) {
            EndpointReader.Draft draft = drafts.get(d);
            IpAddress ip;
            if (draft.ip().isPresent()) {
                ip = draft.ip().get();
            } else {
                while (taken.contains(next) && next.compareTo(LAST_ASSIGNED_IP) <= 0) {
                    next = next.plus(1);
                }
                if (next.compareTo(LAST_ASSIGNED_IP) > 0) {
                    lastWithoutIp = draftPositions.get(d);
                    if (++withoutIp <= MAX_NAMED_WITHOUT_IP) {
                        reportSafely(Diagnostic.error(lastWithoutIp, "",
                                "no free pod IP left in " + FIRST_ASSIGNED_IP + "-" + LAST_ASSIGNED_IP + " for "
                                        + draft.id() + "; give it one with the " + EndpointReader.IP_ANNOTATION
                                        + " annotation"));
                    }
                    continue;
                }
                ip = next;
                taken.add(ip);
            }
            endpoints.add(new Pod(draft.metadata().namespace(), draft.metadata().name(), Labels.of(draft.labels()), ip,
                    draft.ports(), draft.kind()));
        }
        if (withoutIp > MAX_NAMED_WITHOUT_IP) {
            reportSafely(Diagnostic.error(lastWithoutIp, "", (withoutIp - MAX_NAMED_WITHOUT_IP)
                    + " more pods got no IP either, the last of them here"));
        }
        warnSharedIps(drafts, externals);
        endpoints.addAll(externals);
        List<LoadedObject> objects = entries.values().stream().map(Entry::object).toList();
        try {
            diagnostics.commit();
        } catch (Diagnostics.LimitReached e) {
            // The cap's own final error is already recorded.
        }
        return new LoadResult(new Cluster(namespaces, endpoints, policies, clusterPolicies), diagnostics.all(), objects,
                new SourceIndex(index));
    }

    /** Reports a finding of the final pass; past the error cap it is dropped, as all later ones are. */
    private void reportSafely(Diagnostic diagnostic) {
        try {
            diagnostics.add(diagnostic);
        } catch (Diagnostics.LimitReached e) {
            // The cap's own final error is already recorded.
        }
    }

    /**
     * An outside endpoint at a pod's address is a mistake (it would stand for that pod); warn at
     * its ip. Pods may share an address: hostNetwork pods have their node's.
     */
    private void warnSharedIps(List<EndpointReader.Draft> drafts, List<External> externals) {
        Map<IpAddress, EndpointReader.Draft> podAt = new HashMap<>();
        for (EndpointReader.Draft d : drafts) {
            d.ip().ifPresent(ip -> podAt.putIfAbsent(ip, d));
        }
        for (External x : externals) {
            EndpointReader.Draft pod = podAt.get(x.ip());
            if (pod != null) {
                Entry entry = entries.get(ObjectKey.external(x.name()));
                SourcePosition at = entry.index().fields().getOrDefault("ip", entry.object().position());
                reportSafely(Diagnostic.warning(at, "ip", x.ip() + " is also the IP of " + pod.id()));
            }
        }
    }
}
