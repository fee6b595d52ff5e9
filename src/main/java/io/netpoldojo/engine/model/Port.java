package io.netpoldojo.engine.model;

import java.util.Optional;

/** A concrete destination port a connection is made to, such as 8080/TCP. */
public record Port(int number, Protocol protocol) implements Comparable<Port> {
    public Port {
        if (number < 1 || number > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535: " + number);
        }
    }

    public static Port tcp(int number) {
        return new Port(number, Protocol.TCP);
    }

    /** Parses {@code 80}, {@code 80/TCP} or {@code 53/udp}; the protocol defaults to TCP. */
    public static Optional<Port> parse(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length > 2 || parts[0].isEmpty() || !IpAddress.isAsciiDigits(parts[0])
                || parts[0].length() > 5) {
            return Optional.empty();
        }
        int number = Integer.parseInt(parts[0]);
        if (number < 1 || number > 65535) {
            return Optional.empty();
        }
        Optional<Protocol> protocol = parts.length == 1
                ? Optional.of(Protocol.TCP)
                : Protocol.parse(parts[1].toUpperCase(java.util.Locale.ROOT));
        return protocol.map(p -> new Port(number, p));
    }

    /** The components compared one by one, as a record's own equals does; by hand because this is a hash key. */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Port p && number == p.number && protocol == p.protocol;
    }

    @Override
    public int hashCode() {
        return number * 31 + protocol.hashCode();
    }

    @Override
    public int compareTo(Port o) {
        int c = Integer.compare(number, o.number);
        return c != 0 ? c : protocol.compareTo(o.protocol);
    }

    @Override
    public String toString() {
        return number + "/" + protocol;
    }
}
