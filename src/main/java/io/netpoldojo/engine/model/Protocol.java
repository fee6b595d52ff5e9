package io.netpoldojo.engine.model;

import java.util.Optional;

/** The L4 protocols a NetworkPolicy port may name. The API spells them in upper case, exactly. */
public enum Protocol {
    TCP, UDP, SCTP;

    /** Parses the exact API spelling; "tcp" is not accepted, as the apiserver does not accept it. */
    public static Optional<Protocol> parse(String text) {
        for (Protocol p : values()) {
            if (p.name().equals(text)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
