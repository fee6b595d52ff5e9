package io.netpoldojo.manifest;

import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.Direction;
import java.util.ArrayList;
import java.util.List;

/**
 * How a v1alpha1 AdminNetworkPolicy or BaselineAdminNetworkPolicy maps to a v1alpha2
 * ClusterNetworkPolicy ("AdminNetworkPolicy becomes a ClusterNetworkPolicy with tier=Admin and
 * BaselineAdminNetworkPolicy becomes a ClusterNetworkPolicy with tier=Baseline", upstream's
 * v1alpha2 announcement), said in one warning at the object.
 */
final class ClusterPolicyConversion {
    private ClusterPolicyConversion() {}

    static String note(String kind, ClusterPolicyReader.Result result) {
        ClusterNetworkPolicy p = result.policy();
        List<String> changes = new ArrayList<>();
        if (kind.equals("AdminNetworkPolicy")) {
            changes.add("tier: Admin, priority " + p.priority() + " kept (the same 0-1000 range)");
        } else {
            changes.add("tier: Baseline, priority " + p.priority() + " (a BaselineAdminNetworkPolicy had none; change"
                    + " it if other Baseline policies must come before or after it)");
        }
        if (!result.converted().isEmpty()) {
            changes.add("action Allow to Accept in " + String.join(", ", result.converted()));
        }
        boolean ports = false;
        for (Direction d : Direction.values()) {
            ports |= p.rules(d).stream().anyMatch(r -> !r.ports().isEmpty());
        }
        if (ports) {
            changes.add("ports to protocols");
        }
        return kind + " (" + ClusterPolicyReader.LEGACY_API_VERSION + ") is replaced by ClusterNetworkPolicy ("
                + ClusterPolicyReader.API_VERSION + "); read as ClusterNetworkPolicy " + p.name() + " with "
                + String.join("; ", changes) + ". netpol-dojo convert writes the new YAML";
    }
}
