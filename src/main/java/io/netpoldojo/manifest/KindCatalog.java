package io.netpoldojo.manifest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds NetPol Dojo models, the apiVersion that serves each today, the retired versions it
 * was once served in (Kubernetes deprecated API migration guide), and where a workload keeps its
 * pod template.
 */
final class KindCatalog {
    private KindCatalog() {}

    enum Role { NAMESPACE, POD, WORKLOAD, POLICY, CLUSTER_POLICY }

    /**
     * One kind. {@code templatePath}: the pod template's field path ("" for a Pod itself);
     * {@code selectorRequired}: apps/v1 kinds, whose spec.selector must match the template.
     */
    record Kind(String name, String apiVersion, Role role, List<String> templatePath, boolean selectorRequired,
                Map<String, String> removedIn) {

        String templatePathText() {
            return String.join(".", templatePath);
        }
    }

    private static final List<String> TEMPLATE = List.of("spec", "template");
    private static final Map<String, String> APPS_BETA = Map.of(
            "extensions/v1beta1", "1.16", "apps/v1beta1", "1.16", "apps/v1beta2", "1.16");

    static final List<Kind> KINDS = List.of(
            new Kind("Namespace", "v1", Role.NAMESPACE, List.of(), false, Map.of()),
            new Kind("Pod", "v1", Role.POD, List.of(), false, Map.of()),
            new Kind("NetworkPolicy", "networking.k8s.io/v1", Role.POLICY, List.of(), false,
                    Map.of("extensions/v1beta1", "1.16")),
            new Kind("Deployment", "apps/v1", Role.WORKLOAD, TEMPLATE, true, APPS_BETA),
            new Kind("StatefulSet", "apps/v1", Role.WORKLOAD, TEMPLATE, true,
                    Map.of("apps/v1beta1", "1.16", "apps/v1beta2", "1.16")),
            new Kind("DaemonSet", "apps/v1", Role.WORKLOAD, TEMPLATE, true,
                    Map.of("extensions/v1beta1", "1.16", "apps/v1beta2", "1.16")),
            new Kind("ReplicaSet", "apps/v1", Role.WORKLOAD, TEMPLATE, true,
                    Map.of("extensions/v1beta1", "1.16", "apps/v1beta2", "1.16")),
            new Kind("Job", "batch/v1", Role.WORKLOAD, TEMPLATE, false, Map.of()),
            new Kind("CronJob", "batch/v1", Role.WORKLOAD, List.of("spec", "jobTemplate", "spec", "template"), false,
                    Map.of("batch/v1beta1", "1.25", "batch/v2alpha1", "1.21")),
            // Custom resources of kubernetes-sigs/network-policy-api; see ClusterPolicyReader.
            new Kind("ClusterNetworkPolicy", ClusterPolicyReader.API_VERSION, Role.CLUSTER_POLICY, List.of(), false,
                    Map.of()),
            new Kind("AdminNetworkPolicy", ClusterPolicyReader.LEGACY_API_VERSION, Role.CLUSTER_POLICY, List.of(),
                    false, Map.of()),
            new Kind("BaselineAdminNetworkPolicy", ClusterPolicyReader.LEGACY_API_VERSION, Role.CLUSTER_POLICY,
                    List.of(), false, Map.of()));

    static Optional<Kind> find(String name) {
        for (Kind kind : KINDS) {
            if (kind.name().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * Why {@code apiVersion} cannot hold {@code kind}, e.g. "NetworkPolicy is not served in
     * extensions/v1beta1 (removed in Kubernetes 1.16); use networking.k8s.io/v1".
     */
    static String notServed(Kind kind, String apiVersion) {
        String removed = kind.removedIn().get(apiVersion);
        String when = removed == null ? "" : " (removed in Kubernetes " + removed + ")";
        String replaced = kind.role() == Role.CLUSTER_POLICY && !kind.name().equals("ClusterNetworkPolicy")
                ? " (in v1alpha2 it is a ClusterNetworkPolicy with tier: "
                        + (kind.name().startsWith("Admin") ? "Admin" : "Baseline") + ")" : "";
        return kind.name() + " is not served in " + Metadata.shown(apiVersion) + when + "; use " + kind.apiVersion()
                + replaced;
    }
}
