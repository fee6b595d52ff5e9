package io.netpoldojo.ui.playground.model;

import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.workspace.PolicyDraft;
import io.netpoldojo.workspace.PolicyDrafts;
import io.netpoldojo.workspace.Workspace;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each draft's policy as the canvas applies it (a NetworkPolicy or a ClusterNetworkPolicy): its
 * current text when that parses, else the last version that did, so a policy stays applied while
 * a person is in the middle of typing it.
 */
final class DraftPolicies {
    private final PolicyDrafts drafts;
    private final Map<String, PolicyDrafts.Parsed> lastValid = new HashMap<>();

    DraftPolicies(PolicyDrafts drafts) {
        this.drafts = drafts;
    }

    private Optional<PolicyDrafts.Parsed> applicable(PolicyDraft d) {
        PolicyDrafts.Parsed parsed = drafts.parse(d.yaml());
        if (parsed.valid()) {
            lastValid.put(d.key(), parsed);
            return Optional.of(parsed);
        }
        return Optional.ofNullable(lastValid.get(d.key()));
    }

    Optional<NetworkPolicy> policyOf(PolicyDraft d) {
        return applicable(d).flatMap(PolicyDrafts.Parsed::policy);
    }

    Optional<ClusterNetworkPolicy> clusterPolicyOf(PolicyDraft d) {
        return applicable(d).flatMap(PolicyDrafts.Parsed::clusterPolicy);
    }

    /** The drafts stepping can apply, in order: the enabled ones that have a policy of either kind. */
    List<PolicyDraft> steppable(Workspace ws) {
        return ws.policies().stream().filter(d -> d.enabled() && applicable(d).isPresent()).toList();
    }

    void forget(String key) {
        lastValid.remove(key);
    }

    void clear() {
        lastValid.clear();
    }
}
