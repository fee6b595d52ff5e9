package io.netpoldojo.manifest;

import io.netpoldojo.engine.model.Pod;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Minimal valid objects for each endpoint kind, for {@code kubectl apply}: one container named
 * "app"; workloads with one replica, a selector equal to the template's labels, and what each
 * kind requires besides (StatefulSet serviceName, Job and CronJob restartPolicy Never, a
 * CronJob schedule).
 */
final class EndpointKinds {
    private EndpointKinds() {}

    static final String CONTAINER_NAME = "app";
    static final String CRON_SCHEDULE = "0 0 * * *";

    /** The kind to write: the Pod's kind when NetPol Dojo models it, else Pod. */
    static String kindOf(Pod pod) {
        return KindCatalog.find(pod.kind())
                .filter(k -> k.role() == KindCatalog.Role.POD || k.role() == KindCatalog.Role.WORKLOAD)
                .map(KindCatalog.Kind::name)
                .orElse("Pod");
    }

    static Map<String, Object> document(Pod pod, Map<String, String> annotations, String image) {
        KindCatalog.Kind kind = KindCatalog.find(kindOf(pod)).orElseThrow();
        Map<String, Object> doc = ManifestWriter.header(kind.apiVersion(), kind.name());
        Map<String, Object> metadata = ManifestWriter.metadata(pod.name(), pod.namespace(), annotations);
        Map<String, Object> labels = new LinkedHashMap<>(pod.labels().asMap());
        Map<String, Object> podSpec = podSpec(pod, image, kind.name().equals("Job") || kind.name().equals("CronJob"));
        if (kind.role() == KindCatalog.Role.POD) {
            if (!labels.isEmpty()) {
                metadata.put("labels", labels);
            }
            doc.put("metadata", metadata);
            doc.put("spec", podSpec);
            return doc;
        }
        Map<String, Object> template = new LinkedHashMap<>();
        Map<String, Object> templateMeta = new LinkedHashMap<>();
        if (!labels.isEmpty()) {
            templateMeta.put("labels", labels);
        }
        template.put("metadata", templateMeta);
        template.put("spec", podSpec);
        Map<String, Object> spec = new LinkedHashMap<>();
        switch (kind.name()) {
            case "Job" -> spec.put("template", template);
            case "CronJob" -> {
                spec.put("schedule", CRON_SCHEDULE);
                spec.put("jobTemplate", Map.of("spec", Map.of("template", template)));
            }
            default -> {
                if (!kind.name().equals("DaemonSet")) {
                    spec.put("replicas", 1);
                }
                if (kind.name().equals("StatefulSet")) {
                    spec.put("serviceName", pod.name());
                }
                spec.put("selector", labels.isEmpty() ? Map.of() : Map.of("matchLabels", labels));
                spec.put("template", template);
            }
        }
        doc.put("metadata", metadata);
        doc.put("spec", spec);
        return doc;
    }

    private static Map<String, Object> podSpec(Pod pod, String image, boolean runsToCompletion) {
        Map<String, Object> container = new LinkedHashMap<>();
        container.put("name", CONTAINER_NAME);
        container.put("image", image);
        if (!pod.ports().isEmpty()) {
            container.put("ports", ManifestWriter.containerPorts(pod.ports()));
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        if (runsToCompletion) {
            spec.put("restartPolicy", "Never");
        }
        spec.put("containers", List.of(container));
        return spec;
    }
}
