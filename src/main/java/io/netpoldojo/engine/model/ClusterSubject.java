package io.netpoldojo.engine.model;

import java.util.Optional;

/**
 * {@code spec.subject} of a ClusterNetworkPolicy: exactly one of {@code namespaces} (every pod in
 * the namespaces the selector matches) or {@code pods} (a namespaceSelector AND a podSelector;
 * "NamespaceSelector ... if empty, it selects all Namespaces", and a missing one is empty).
 *
 * @param namespaces the namespace selector (of {@code namespaces}, or {@code pods.namespaceSelector})
 * @param pods       {@code pods.podSelector}; empty for a {@code namespaces} subject
 */
public record ClusterSubject(LabelSelector namespaces, Optional<LabelSelector> pods) {

    public static ClusterSubject namespaces(LabelSelector namespaces) {
        return new ClusterSubject(namespaces, Optional.empty());
    }

    public static ClusterSubject pods(LabelSelector namespaces, LabelSelector pods) {
        return new ClusterSubject(namespaces, Optional.of(pods));
    }

    /** Only pods: "host-networked pods are not included in subject selection" (we model none). */
    public boolean selects(Pod pod, Labels namespaceLabels) {
        return namespaces.matches(namespaceLabels) && pods.map(p -> p.matches(pod.labels())).orElse(true);
    }

    @Override
    public String toString() {
        String ns = namespaces.isEmpty() ? "all namespaces" : "namespaces " + namespaces;
        return pods.map(p -> (p.isEmpty() ? "all pods" : "pods " + p) + " in " + ns).orElse("all pods in " + ns);
    }
}
