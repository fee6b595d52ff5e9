/**
 * The engine's immutable model: namespaces, endpoints (pods, workloads, outside addresses) and
 * NetworkPolicies as records. No nulls (empty collections instead); no behaviour beyond the
 * small, documented Kubernetes matching rules of a single value (label selectors, CIDRs).
 */
package io.netpoldojo.engine.model;
