package io.netpoldojo.engine.tiers;

import io.netpoldojo.engine.model.ClusterPort;
import java.util.List;

/** Comparing two rules' {@code protocols} for the lint: does one cover, or meet, the other? */
final class ClusterPorts {
    private ClusterPorts() {}

    /** Every port {@code later} matches, {@code earlier} matches too (no protocols: every port). */
    static boolean cover(List<ClusterPort> earlier, List<ClusterPort> later) {
        if (earlier.isEmpty()) {
            return true;
        }
        if (later.isEmpty()) {
            return false;
        }
        return later.stream().allMatch(l -> earlier.stream().anyMatch(e -> covers(e, l)));
    }

    private static boolean covers(ClusterPort e, ClusterPort l) {
        if (e instanceof ClusterPort.Numbered a && l instanceof ClusterPort.Numbered b) {
            return a.protocol() == b.protocol() && a.start() <= b.start() && b.end() <= a.end();
        }
        return e instanceof ClusterPort.Named a && l instanceof ClusterPort.Named b && a.name().equals(b.name());
    }

    /** Some port could match both (a named port may be any number, so it meets every numbered one). */
    static boolean overlap(List<ClusterPort> a, List<ClusterPort> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        return a.stream().anyMatch(x -> b.stream().anyMatch(y -> meets(x, y)));
    }

    private static boolean meets(ClusterPort x, ClusterPort y) {
        if (x instanceof ClusterPort.Numbered a && y instanceof ClusterPort.Numbered b) {
            return a.protocol() == b.protocol() && a.start() <= b.end() && b.start() <= a.end();
        }
        if (x instanceof ClusterPort.Named a && y instanceof ClusterPort.Named b) {
            return a.name().equals(b.name());
        }
        return true;
    }
}
