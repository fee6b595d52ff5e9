package io.netpoldojo.workspace;

import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.External;
import io.netpoldojo.engine.model.Namespace;
import io.netpoldojo.engine.model.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An immutable snapshot of the canvas: zones, placed endpoints and policy drafts in order. Every
 * edit returns a new snapshot, which is what makes undo/redo and autosave simple and exact.
 */
public record Workspace(List<NamespaceZone> namespaces, List<PlacedEndpoint> endpoints, List<PolicyDraft> policies) {
    public static final Workspace EMPTY = new Workspace(List.of(), List.of(), List.of());

    public Workspace {
        namespaces = List.copyOf(namespaces);
        endpoints = List.copyOf(endpoints);
        policies = List.copyOf(policies);
    }

    // ---- queries ---------------------------------------------------------------------------------

    public Optional<PlacedEndpoint> endpoint(String id) {
        return endpoints.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<NamespaceZone> zone(String name) {
        return namespaces.stream().filter(z -> z.name().equals(name)).findFirst();
    }

    public Optional<PolicyDraft> policy(String key) {
        return policies.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** The smallest zone containing the point (zones may nest visually; the innermost wins). */
    public Optional<NamespaceZone> zoneAt(Point p) {
        return namespaces.stream().filter(z -> z.rect().contains(p))
                .min((a, b) -> Double.compare(a.rect().area(), b.rect().area()));
    }

    /** A key no policy uses yet: {@code policy-1}, {@code policy-2}, ... */
    public String freshPolicyKey() {
        int n = policies.size() + 1;
        while (policy("policy-" + n).isPresent()) {
            n++;
        }
        return "policy-" + n;
    }

    /** A pod name not yet used in the namespace: {@code base}, then {@code base-2}, {@code base-3}, ... */
    public String freshPodName(String namespace, String base) {
        String name = base;
        for (int n = 2; endpoint(namespace + "/" + name).isPresent(); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    /** An external name not yet used. */
    public String freshExternalName(String base) {
        String name = base;
        for (int n = 2; endpoint(name).isPresent(); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    // ---- endpoint edits ---------------------------------------------------------------------------

    public Workspace withEndpoint(PlacedEndpoint placed) {
        if (endpoint(placed.id()).isPresent()) {
            throw new IllegalArgumentException("an endpoint " + placed.id() + " already exists");
        }
        List<PlacedEndpoint> list = new ArrayList<>(endpoints);
        list.add(placed);
        return withNamespaceFor(placed.endpoint()).withEndpoints(list);
    }

    public Workspace withoutEndpoint(String id) {
        return withEndpoints(endpoints.stream().filter(e -> !e.id().equals(id)).toList());
    }

    /** Replaces the endpoint with this id (its id may change, e.g. on a rename). */
    public Workspace replaceEndpoint(String id, UnaryOperator<PlacedEndpoint> change) {
        PlacedEndpoint old = endpoint(id).orElseThrow(() -> new IllegalArgumentException("no endpoint " + id));
        PlacedEndpoint updated = change.apply(old);
        if (!updated.id().equals(id) && endpoint(updated.id()).isPresent()) {
            throw new IllegalArgumentException("an endpoint " + updated.id() + " already exists");
        }
        List<PlacedEndpoint> list = endpoints.stream().map(e -> e.id().equals(id) ? updated : e).toList();
        return withEndpoints(list).withNamespaceFor(updated.endpoint());
    }

    public Workspace withEndpoints(List<PlacedEndpoint> list) {
        return new Workspace(namespaces, list, policies);
    }

    /**
     * Moves an endpoint. A pod dropped inside a zone joins that namespace, as moving a pod between
     * zones is how a person changes its namespace on the canvas.
     */
    public Workspace moveEndpoint(String id, Point to) {
        PlacedEndpoint e = endpoint(id).orElseThrow(() -> new IllegalArgumentException("no endpoint " + id));
        String newId = idAfterMove(id, to);
        if (!newId.equals(id) && e.endpoint() instanceof Pod pod) {
            String[] nsName = newId.split("/", 2);
            Pod moved = new Pod(nsName[0], nsName[1], pod.labels(), pod.ip(), pod.ports(), pod.kind());
            return replaceEndpoint(id, p -> p.with(moved).at(to));
        }
        return replaceEndpoint(id, p -> p.at(to));
    }

    /** The id an endpoint will have after {@link #moveEndpoint}: new when a pod changes zone. */
    public String idAfterMove(String id, Point to) {
        PlacedEndpoint e = endpoint(id).orElseThrow(() -> new IllegalArgumentException("no endpoint " + id));
        if (e.endpoint() instanceof Pod pod) {
            Optional<NamespaceZone> zone = zoneAt(to);
            if (zone.isPresent() && !zone.get().name().equals(pod.namespace())) {
                return zone.get().name() + "/" + freshPodName(zone.get().name(), pod.name());
            }
        }
        return id;
    }

    // ---- namespace edits --------------------------------------------------------------------------

    public Workspace withZone(NamespaceZone zone) {
        List<NamespaceZone> list = new ArrayList<>();
        boolean replaced = false;
        for (NamespaceZone z : namespaces) {
            if (z.name().equals(zone.name())) {
                list.add(zone);
                replaced = true;
            } else {
                list.add(z);
            }
        }
        if (!replaced) {
            list.add(zone);
        }
        return new Workspace(list, endpoints, policies);
    }

    /** Removes a namespace zone and the pods in it. */
    public Workspace withoutZone(String name) {
        return new Workspace(namespaces.stream().filter(z -> !z.name().equals(name)).toList(),
                endpoints.stream().filter(e -> !(e.endpoint() instanceof Pod p && p.namespace().equals(name))).toList(),
                policies);
    }

    /** Every pod's namespace has a zone; a missing one is added beside the others. */
    private Workspace withNamespaceFor(Endpoint e) {
        if (e instanceof Pod pod && zone(pod.namespace()).isEmpty()) {
            double x = namespaces.stream().mapToDouble(z -> z.rect().x() + z.rect().width()).max().orElse(0) + 40;
            return withZone(new NamespaceZone(Namespace.named(pod.namespace()), new Rect(x, 40, 320, 360)));
        }
        return this;
    }

    // ---- policy edits -----------------------------------------------------------------------------

    public Workspace withPolicies(List<PolicyDraft> list) {
        return new Workspace(namespaces, endpoints, list);
    }

    public Workspace addPolicy(PolicyDraft draft) {
        List<PolicyDraft> list = new ArrayList<>(policies);
        list.add(draft);
        return withPolicies(list);
    }

    public Workspace replacePolicy(String key, UnaryOperator<PolicyDraft> change) {
        return withPolicies(policies.stream().map(p -> p.key().equals(key) ? change.apply(p) : p).toList());
    }

    public Workspace removePolicy(String key) {
        return withPolicies(policies.stream().filter(p -> !p.key().equals(key)).toList());
    }

    /** Moves a policy up (-1) or down (+1) in the order the step control applies them. */
    public Workspace movePolicy(String key, int delta) {
        List<PolicyDraft> list = new ArrayList<>(policies);
        int i = list.indexOf(policy(key).orElseThrow());
        int j = Math.max(0, Math.min(list.size() - 1, i + delta));
        list.add(j, list.remove(i));
        return withPolicies(list);
    }

    /**
     * An unused pod address for a new pod: 10.244.x.y from the usual kind/flannel pod range,
     * counting up from 10.244.1.10 and skipping every address already on the canvas.
     */
    public io.netpoldojo.engine.model.IpAddress freshPodIp() {
        java.util.Set<io.netpoldojo.engine.model.IpAddress> used = new java.util.HashSet<>();
        endpoints.forEach(e -> used.add(e.endpoint().ip()));
        io.netpoldojo.engine.model.IpAddress ip = io.netpoldojo.engine.model.IpAddress.of("10.244.1.10");
        while (used.contains(ip)) {
            ip = ip.plus(1);
        }
        return ip;
    }

    /** Moves a zone and every pod inside it by the same offset. */
    public Workspace moveZone(String name, double dx, double dy) {
        NamespaceZone zone = zone(name).orElseThrow(() -> new IllegalArgumentException("no namespace " + name));
        Rect r = zone.rect();
        Workspace moved = withZone(new NamespaceZone(zone.namespace(), r.movedTo(r.x() + dx, r.y() + dy)));
        return moved.withEndpoints(endpoints.stream()
                .map(e -> e.endpoint() instanceof Pod p && p.namespace().equals(name) ? e.at(e.at().plus(dx, dy)) : e)
                .toList());
    }

    public List<External> externals() {
        List<External> out = new ArrayList<>();
        for (PlacedEndpoint e : endpoints) {
            if (e.endpoint() instanceof External x) {
                out.add(x);
            }
        }
        return out;
    }
}
