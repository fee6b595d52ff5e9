package io.netpoldojo.synthesis;

import io.netpoldojo.engine.model.Port;
import java.util.Comparator;

/**
 * One connection on one port, from one endpoint to another: an arrow of an intent, or an arrow
 * that an edit opens or closes. Endpoints are named by id ({@code namespace/name} for pods).
 */
public record Flow(String fromId, String toId, Port port) implements Comparable<Flow> {
    private static final Comparator<Flow> ORDER = Comparator.comparing(Flow::fromId)
            .thenComparing(Flow::toId).thenComparing(Flow::port);

    @Override
    public int compareTo(Flow o) {
        return ORDER.compare(this, o);
    }

    /** {@code default/frontend default/backend 8080/TCP}: one line of an intent file. */
    @Override
    public String toString() {
        return fromId + " " + toId + " " + port;
    }

    /** {@code default/frontend → default/backend on 8080/TCP}, for sentences. */
    public String describe() {
        return fromId + " \u2192 " + toId + " on " + port;
    }
}
