package io.netpoldojo.synthesis;

/**
 * What a pod or zone menu acts on: the pods that share one pod's labels in its namespace (a policy
 * cannot select one of them without the others), or every pod in a namespace.
 */
public sealed interface EditTarget {
    record PodsLike(String podId) implements EditTarget {}

    record Namespace(String name) implements EditTarget {}

    static EditTarget pod(String podId) {
        return new PodsLike(podId);
    }

    static EditTarget namespace(String name) {
        return new Namespace(name);
    }
}
