package io.netpoldojo.engine.tiers;

import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.LabelSelector;
import io.netpoldojo.engine.model.Labels;
import java.util.BitSet;
import java.util.List;

/**
 * The cluster's endpoints as indexed sets, shared with the NetworkPolicy engine so that both
 * tiers and NetworkPolicies match each selector once. Bit {@code i} stands for
 * {@code endpoints().get(i)}; the sets returned are shared and must not be changed.
 */
public interface EndpointSets {
    List<Endpoint> endpoints();

    /** A namespace's labels, with {@code kubernetes.io/metadata.name}. */
    Labels namespaceLabels(String namespace);

    /** Pods in any namespace whose labels match. */
    BitSet podsMatching(LabelSelector pods);

    /** Every pod of the namespaces whose labels match. */
    BitSet podsInNamespacesMatching(LabelSelector namespaces);

    /** Every endpoint: pods and outside addresses. */
    BitSet everything();
}
