package io.netpoldojo.manifest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was read for one modelled object beyond the engine model: its annotations (as written,
 * in order), its containers' images (in order; empty when none), where its document starts,
 * and, for a Pod, workload or outside endpoint, the model Endpoint's id ("" otherwise).
 *
 * <p>A Pod whose IP came from {@code status.podIP} also carries {@code netpoldojo.io/ip} with that
 * address, so that exporting the scenario keeps it. An outside endpoint's annotations are the
 * keys of its comment other than name and ip.
 */
public record LoadedObject(ObjectKey key, String apiVersion, Map<String, String> annotations, List<String> images,
                           SourcePosition position, String endpointId) {

    public LoadedObject {
        annotations = Collections.unmodifiableMap(new LinkedHashMap<>(annotations));
        images = List.copyOf(images);
        endpointId = endpointId == null ? "" : endpointId;
    }

    public boolean isEndpoint() {
        return !endpointId.isEmpty();
    }
}
