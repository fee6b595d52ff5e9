package io.netpoldojo.engine.model;

/** A port a pod's container declares. {@code name} is empty for an unnamed port. */
public record ContainerPort(String name, int number, Protocol protocol) {
    public ContainerPort {
        name = name == null ? "" : name;
    }

    public static ContainerPort tcp(int number) {
        return new ContainerPort("", number, Protocol.TCP);
    }

    public static ContainerPort named(String name, int number, Protocol protocol) {
        return new ContainerPort(name, number, protocol);
    }

    public Port asPort() {
        return new Port(number, protocol);
    }
}
