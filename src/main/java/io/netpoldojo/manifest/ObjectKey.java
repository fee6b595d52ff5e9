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

    /** {@code kind/namespace/name}, or {@code kind/name} when cluster-scoped. */
    @Override
    public String toString() {
        return namespace.isEmpty() ? kind + "/" + name : kind + "/" + namespace + "/" + name;
    }
}
