/**
 * The cluster-wide tiers: ClusterNetworkPolicy (policy.networking.k8s.io/v1alpha2) compiled once
 * and walked the way the upstream API defines it: the Admin tier by ascending priority and
 * written rule order (first match decides: Accept, Deny, or Pass to the next tier), then the
 * NetworkPolicies if any isolates the pod, then the Baseline tier, then allow. Here live the
 * rules as small functions, the compiled form, the walk's result and its sentences, and the lint
 * for these policies.
 *
 * <p>Pure Java like the rest of the engine: it depends only on {@code io.netpoldojo.engine.model}
 * (never on the NetworkPolicy engine around it, which calls in here), no JavaFX and no I/O.
 */
package io.netpoldojo.engine.tiers;
