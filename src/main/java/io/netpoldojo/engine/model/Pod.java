package io.netpoldojo.engine.model;

import java.util.List;
import java.util.Optional;

/**
 * A pod, or the pods of a workload (Deployment, StatefulSet, ...) which all share one template;
 * {@code kind} records which, for display.
 */
public record Pod(String namespace, String name, Labels labels, IpAddress ip, List<ContainerPort> ports, String kind)
        implements Endpoint {

    public Pod {
        ports = List.copyOf(ports);
    }

    public static Pod of(String namespace, String name, Labels labels, String ip, ContainerPort... ports) {
        return new Pod(namespace, name, labels, IpAddress.of(ip), List.of(ports), "Pod");
    }

    @Override
    public String id() {
        return namespace + "/" + name;
    }

    /** The components compared one by one, as a record's own equals does; by hand because the lint compares pods. */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Pod p && namespace.equals(p.namespace) && name.equals(p.name)
                && labels.equals(p.labels) && ip.equals(p.ip) && ports.equals(p.ports) && kind.equals(p.kind);
    }

    /** From the namespace and name alone (equal pods have equal ones), which tell pods apart in any cluster. */
    @Override
    public int hashCode() {
        return namespace.hashCode() * 31 + name.hashCode();
    }

    /** The port number a named port resolves to on this pod, for the given protocol. */
    public Optional<Integer> resolveNamedPort(String portName, Protocol protocol) {
        for (ContainerPort p : ports) {
            if (p.name().equals(portName) && p.protocol() == protocol) {
                return Optional.of(p.number());
            }
        }
        return Optional.empty();
    }

    public Pod withLabels(Labels newLabels) {
        return new Pod(namespace, name, newLabels, ip, ports, kind);
    }

    public Pod withNamespace(String newNamespace) {
        return new Pod(newNamespace, name, labels, ip, ports, kind);
    }
}
