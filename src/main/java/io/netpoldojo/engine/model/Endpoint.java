package io.netpoldojo.engine.model;

/**
 * Something that sends or receives traffic: a pod (or a workload's pods) inside the cluster, or
 * an address outside it. Ids are unique: {@code namespace/name} for pods, the bare name for
 * externals.
 */
public sealed interface Endpoint permits Pod, External {
    String id();

    String name();

    IpAddress ip();
}
