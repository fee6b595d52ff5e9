package io.netpoldojo.engine.model;

/** One entry of a rule's {@code ports}. The protocol is already defaulted (TCP when omitted). */
public record PolicyPort(Protocol protocol, PortRef port) {
    public static PolicyPort tcp(int port) {
        return new PolicyPort(Protocol.TCP, PortRef.Numbered.single(port));
    }

    public static PolicyPort of(Protocol protocol, int port) {
        return new PolicyPort(protocol, PortRef.Numbered.single(port));
    }

    public static PolicyPort range(Protocol protocol, int port, int endPort) {
        return new PolicyPort(protocol, new PortRef.Numbered(port, endPort));
    }

    public static PolicyPort named(Protocol protocol, String name) {
        return new PolicyPort(protocol, new PortRef.Named(name));
    }

    public static PolicyPort allOf(Protocol protocol) {
        return new PolicyPort(protocol, new PortRef.AnyPort());
    }

    @Override
    public String toString() {
        return port instanceof PortRef.AnyPort ? "all " + protocol + " ports" : port + "/" + protocol;
    }
}
