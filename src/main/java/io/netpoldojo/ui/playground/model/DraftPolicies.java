package io.netpoldojo.ui.playground.model;

import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.workspace.PolicyDraft;
import io.netpoldojo.workspace.PolicyDrafts;
import io.netpoldojo.workspace.Workspace;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each draft's policy as the canvas applies it: its current text when that parses, else the last
 * version that did, so a policy stays applied while a person is in the middle of typing it.
 */
final class DraftPolicies {
    private final PolicyDrafts drafts;
    private final Map<String, NetworkPolicy> lastValid = new HashMap<>();

    DraftPolicies(PolicyDrafts drafts) {
        this.drafts = drafts;
    }

    Optional<NetworkPolicy> policyOf(PolicyDraft d) {
        PolicyDrafts.Parsed parsed = drafts.parse(d.yaml());
        if (parsed.valid()) {
            lastValid.put(d.key(), parsed.policy().get());
            return parsed.policy();
        }
        return Optional.ofNullable(lastValid.get(d.key()));
    }

    /** The drafts stepping can apply, in order: the enabled ones that have a policy. */
    List<PolicyDraft> steppable(Workspace ws) {
        return ws.policies().stream().filter(d -> d.enabled() && policyOf(d).isPresent()).toList();
    }

    void forget(String key) {
        lastValid.remove(key);
    }

    void clear() {
        lastValid.clear();
    }
}
