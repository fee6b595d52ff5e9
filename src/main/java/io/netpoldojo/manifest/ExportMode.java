package io.netpoldojo.manifest;

/**
 * How {@link ManifestWriter#writeScenario} writes: SCENARIO keeps NetPol Dojo's own annotations
 * and the outside endpoints (as comments); CLUSTER leaves out everything that only NetPol Dojo
 * understands, for {@code kubectl apply} on a real cluster.
 */
public enum ExportMode {
    SCENARIO, CLUSTER
}
