package io.netpoldojo.manifest;

import java.util.List;
import java.util.Map;

/**
 * What was read for one modelled object beyond the engine model: its annotations (as written,
 * in order), its containers' images (in order; empty when none), where its document starts,
 * and, for a Pod, workload or outside endpoint, the model Endpoint's id ("" otherwise).
 */
public record LoadedObject(ObjectKey key, String apiVersion, Map<String, String> annotations, List<String> images,
                           SourcePosition position, String endpointId) {

    public LoadedObject {
        annotations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(annotations));
        images = List.copyOf(images);
        endpointId = endpointId == null ? "" : endpointId;
    }

    public boolean isEndpoint() {
        return !endpointId.isEmpty();
    }
}
