package io.netpoldojo.engine.model;

/** One entry of a ClusterNetworkPolicy rule's {@code protocols}: a port by number or range, or by name. */
public sealed interface ClusterPort {

    /** {@code tcp|udp|sctp: destinationPort: number} (start == end) or {@code range} (inclusive, start < end). */
    record Numbered(Protocol protocol, int start, int end) implements ClusterPort {
        public static Numbered single(Protocol protocol, int port) {
            return new Numbered(protocol, port, port);
        }

        public boolean isRange() {
            return start != end;
        }

        @Override
        public String toString() {
            return (isRange() ? start + "-" + end : Integer.toString(start)) + "/" + protocol;
        }
    }

    /**
     * {@code destinationNamedPort}: "selects a destination port on a pod based on the
     * ContainerPort name"; the protocol is the container port's own.
     */
    record Named(String name) implements ClusterPort {
        @Override
        public String toString() {
            return "named port " + name;
        }
    }
}
