package io.netpoldojo.manifest;

/**
 * Identifies a loaded object as kubectl does: kind, namespace ("" for cluster-scoped objects
 * and outside endpoints) and name.
 */
public record ObjectKey(String kind, String namespace, String name) {

    public ObjectKey {
        kind = kind == null ? "" : kind;
        namespace = namespace == null ? "" : namespace;
        name = name == null ? "" : name;
    }

    public static ObjectKey namespace(String name) {
        return new ObjectKey("Namespace", "", name);
    }

    public static ObjectKey policy(String namespace, String name) {
        return new ObjectKey("NetworkPolicy", namespace, name);
    }

    /** A ClusterNetworkPolicy (also what an AdminNetworkPolicy or BaselineAdminNetworkPolicy is read as). */
    public static ObjectKey clusterPolicy(String name) {
        return new ObjectKey("ClusterNetworkPolicy", "", name);
    }

    public static ObjectKey external(String name) {
        return new ObjectKey("External", "", name);
    }

    /**
     * The components compared one by one, as a record's own equals does. A record's generated equals and hashCode go through method handles, which a short CLI run
     * pays for in the interpreter on every call (this is a hash key while manifests load; see
     * RecordEqualityTest).
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ObjectKey k && kind.equals(k.kind) && namespace.equals(k.namespace)
                && name.equals(k.name);
    }

    @Override
    public int hashCode() {
        return (kind.hashCode() * 31 + namespace.hashCode()) * 31 + name.hashCode();
    }

    /** {@code kind/namespace/name}, or {@code kind/name} when cluster-scoped. */
    @Override
    public String toString() {
        return namespace.isEmpty() ? kind + "/" + name : kind + "/" + namespace + "/" + name;
    }
}
