package io.netpoldojo.engine.model;

/** What a NetworkPolicyPort says about the port: nothing (all ports), a number or range, or a name. */
public sealed interface PortRef {
    /** {@code port} omitted: "this matches all port names and numbers" of the protocol. */
    record AnyPort() implements PortRef {
        @Override
        public String toString() {
            return "all ports";
        }
    }

    /** A number, or the range {@code port..endPort} inclusive when endPort is set. */
    record Numbered(int port, int endPort) implements PortRef {
        public static Numbered single(int port) {
            return new Numbered(port, port);
        }

        public boolean isRange() {
            return endPort != port;
        }

        @Override
        public String toString() {
            return isRange() ? port + "-" + endPort : Integer.toString(port);
        }
    }

    /** A container port name, resolved on the destination pod. */
    record Named(String name) implements PortRef {
        @Override
        public String toString() {
            return name;
        }
    }
}
