package io.netpoldojo.ui.playground.model;

import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.manifest.ClusterPolicyWriter;
import io.netpoldojo.synthesis.ClusterDenyAdvice;
import io.netpoldojo.synthesis.DenyAdvice;
import io.netpoldojo.synthesis.EditTarget;
import io.netpoldojo.synthesis.Intent;
import io.netpoldojo.synthesis.PolicyChange;
import io.netpoldojo.synthesis.PolicyEdits;
import io.netpoldojo.synthesis.PolicyYaml;
import io.netpoldojo.synthesis.ProposedChange;
import io.netpoldojo.synthesis.SynthesisResult;
import io.netpoldojo.synthesis.Synthesizer;
import io.netpoldojo.workspace.PolicyDraft;
import io.netpoldojo.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Building policies from the canvas: proposals (allow this arrow, deny it, isolate, allow DNS,
 * from this namespace only, a whole intent) are worked out against every enabled policy, whatever
 * the step position, and each is applied as one undoable edit. New policies become drafts;
 * a policy a proposal extends gets its new YAML.
 */
public final class PolicyBuilder {
    private final PlaygroundModel model;

    public PolicyBuilder(PlaygroundModel model) {
        this.model = model;
    }

    /**
     * The canvas with every enabled policy and ClusterNetworkPolicy that parses: what the file
     * holds, not the stepping view.
     */
    public Cluster cluster() {
        Evaluation ev = model.evaluation();
        List<NetworkPolicy> policies = new ArrayList<>();
        List<ClusterNetworkPolicy> clusterPolicies = new ArrayList<>();
        for (PolicyDraft d : model.workspace().policies()) {
            NetworkPolicy p = ev.policyByDraft().get(d.key());
            ClusterNetworkPolicy c = ev.clusterPolicyByDraft().get(d.key());
            if (d.enabled() && p != null) {
                policies.add(p);
            }
            if (d.enabled() && c != null) {
                clusterPolicies.add(c);
            }
        }
        return ev.cluster().withPolicies(policies).withClusterPolicies(clusterPolicies);
    }

    public ProposedChange allow(String fromId, String toId, Port port, PolicyEdits.Placement placement) {
        return new PolicyEdits(cluster()).allow(fromId, toId, port, placement);
    }

    public ProposedChange allowOnly(String fromId, String toId, Port port) {
        return new PolicyEdits(cluster()).allowOnly(fromId, toId, port);
    }

    public ProposedChange deny(String fromId, String toId, Port port) {
        return DenyAdvice.propose(cluster(), fromId, toId, port);
    }

    /** The same arrow denied by an Admin-tier ClusterNetworkPolicy, which no NetworkPolicy can open again. */
    public ProposedChange denyClusterWide(String fromId, String toId, Port port) {
        return ClusterDenyAdvice.propose(cluster(), fromId, toId, port);
    }

    public ProposedChange isolate(EditTarget target, Set<Direction> directions) {
        return new PolicyEdits(cluster()).isolate(target, directions);
    }

    public ProposedChange allowDns(EditTarget target) {
        return new PolicyEdits(cluster()).allowDns(target);
    }

    public ProposedChange allowFromOwnNamespaceOnly(EditTarget target) {
        return new PolicyEdits(cluster()).allowFromOwnNamespaceOnly(target);
    }

    public SynthesisResult synthesize(Intent intent, Synthesizer.EgressMode mode) {
        return Synthesizer.synthesize(cluster(), intent, mode);
    }

    /** Applies a proposal as one undoable step, shows every policy, and selects the first one it touched. */
    public void apply(ProposedChange change) {
        if (change.isEmpty()) {
            return;
        }
        Map<String, NetworkPolicy> byDraft = model.evaluation().policyByDraft();
        List<String> touched = new ArrayList<>();
        model.edit(change.title().substring(0, 1).toLowerCase(Locale.ROOT) + change.title().substring(1), w -> {
            Workspace out = w;
            for (PolicyChange c : change.changes()) {
                String yaml = c.afterYaml();
                String key = c.before().flatMap(before -> draftOf(byDraft, before, w)).orElse(null);
                if (key == null) {
                    key = out.freshPolicyKey();
                    out = out.addPolicy(new PolicyDraft(key, yaml, true));
                } else {
                    out = out.replacePolicy(key, d -> d.withYaml(yaml));
                }
                touched.add(key);
            }
            for (ClusterNetworkPolicy c : change.clusterAdded()) {
                String key = out.freshPolicyKey();
                out = out.addPolicy(new PolicyDraft(key, new ClusterPolicyWriter().write(c), true));
                touched.add(key);
            }
            return out;
        });
        model.applyAll();
        if (!touched.isEmpty()) {
            model.selectedPolicyProperty().set(touched.get(0));
        }
    }

    /** Replaces every policy on the canvas with generated ones, as one undoable step. */
    public void replacePolicies(SynthesisResult result) {
        List<String> yaml = result.networkPolicies().stream().map(PolicyYaml::write).toList();
        model.edit("policies from the intent (" + yaml.size() + ")", w -> {
            Workspace out = w;
            for (PolicyDraft d : w.policies()) {
                out = out.removePolicy(d.key());
            }
            for (String doc : yaml) {
                out = out.addPolicy(new PolicyDraft(out.freshPolicyKey(), doc, true));
            }
            return out;
        });
        model.applyAll();
        if (!model.workspace().policies().isEmpty()) {
            model.selectedPolicyProperty().set(model.workspace().policies().get(0).key());
        }
    }

    private static java.util.Optional<String> draftOf(Map<String, NetworkPolicy> byDraft, NetworkPolicy policy,
                                                       Workspace w) {
        for (PolicyDraft d : w.policies()) {
            if (d.enabled() && policy.equals(byDraft.get(d.key()))) {
                return java.util.Optional.of(d.key());
            }
        }
        return java.util.Optional.empty();
    }
}
