/**
 * The manifest layer: loads Kubernetes YAML (Namespaces, Pods, workloads, NetworkPolicies,
 * ClusterNetworkPolicies, the AdminNetworkPolicies they replaced, and outside endpoints written as
 * comments), validates it as the apiserver would, reports each
 * problem with file:line:col and a field path, builds the engine's model, and writes the model
 * back as kubectl-appliable YAML.
 *
 * <p>Depends on {@code io.netpoldojo.engine.model} and SnakeYAML only (node trees, never object
 * construction); it prints nothing and never throws out of {@link
 * io.netpoldojo.manifest.ManifestLoader}.
 */
package io.netpoldojo.manifest;
