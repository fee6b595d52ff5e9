package io.netpoldojo.content;

import io.netpoldojo.engine.model.Port;

/** A connection to ask the engine about: can {@code from} reach {@code to} on {@code port}? */
public record Ask(String from, String to, Port port) {
    @Override
    public String toString() {
        return from + " -> " + to + " on " + port;
    }
}
