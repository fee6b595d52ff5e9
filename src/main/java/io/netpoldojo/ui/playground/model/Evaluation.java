package io.netpoldojo.ui.playground.model;

import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.Lint;
import io.netpoldojo.engine.LintWarning;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.workspace.ConnectionMap;
import io.netpoldojo.workspace.NamespaceZone;
import io.netpoldojo.workspace.PlacedEndpoint;
import io.netpoldojo.workspace.PolicyDraft;
import io.netpoldojo.workspace.PortFilter;
import io.netpoldojo.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the Playground shows for one state, computed once per change: the policies that are
 * applied, the engine over them, every arrow, and the lint warnings per policy draft.
 *
 * @param applied              the drafts whose policies are applied, in order (enabled, parsed, and
 *                             within the step limit)
 * @param policyByDraft        the NetworkPolicy of each draft that has one, applied or not
 * @param clusterPolicyByDraft the ClusterNetworkPolicy of each draft that has one, applied or not
 * @param lintByDraft          warnings keyed by draft key
 * @param nanos                how long the evaluation took, for the status line and the README figure
 */
public record Evaluation(Cluster cluster, Engine engine, ConnectionMap connections, List<PolicyDraft> applied,
                         Map<String, NetworkPolicy> policyByDraft,
                         Map<String, ClusterNetworkPolicy> clusterPolicyByDraft,
                         Map<String, List<LintWarning>> lintByDraft, long nanos) {

    /**
     * Evaluates a workspace: its enabled drafts that have a policy of either kind, up to
     * {@code limit} of them ({@link PlaygroundModel#ALL}: all), on the ports the filter names.
     */
    static Evaluation compute(Workspace ws, DraftPolicies drafts, int limit, PortFilter ports) {
        long start = System.nanoTime();
        List<PolicyDraft> applied = new ArrayList<>();
        List<NetworkPolicy> policies = new ArrayList<>();
        List<ClusterNetworkPolicy> clusterPolicies = new ArrayList<>();
        Map<String, NetworkPolicy> byDraft = new LinkedHashMap<>();
        Map<String, ClusterNetworkPolicy> clusterByDraft = new LinkedHashMap<>();
        for (PolicyDraft d : ws.policies()) {
            Optional<NetworkPolicy> policy = drafts.policyOf(d);
            Optional<ClusterNetworkPolicy> clusterPolicy = drafts.clusterPolicyOf(d);
            policy.ifPresent(p -> byDraft.put(d.key(), p));
            clusterPolicy.ifPresent(p -> clusterByDraft.put(d.key(), p));
            boolean some = policy.isPresent() || clusterPolicy.isPresent();
            if (d.enabled() && some && (limit == PlaygroundModel.ALL || applied.size() < limit)) {
                applied.add(d);
                policy.ifPresent(policies::add);
                clusterPolicy.ifPresent(clusterPolicies::add);
            }
        }
        Cluster cluster = new Cluster(ws.namespaces().stream().map(NamespaceZone::namespace).toList(),
                ws.endpoints().stream().map(PlacedEndpoint::endpoint).toList(), policies, clusterPolicies);
        Engine engine = new Engine(cluster);
        ConnectionMap connections = ConnectionMap.compute(engine, ports);
        Map<String, List<LintWarning>> lint = lintByDraft(engine, applied, byDraft, clusterByDraft);
        return new Evaluation(cluster, engine, connections, applied, byDraft, clusterByDraft, lint,
                System.nanoTime() - start);
    }

    private static Map<String, List<LintWarning>> lintByDraft(Engine engine, List<PolicyDraft> applied,
                                                              Map<String, NetworkPolicy> byDraft,
                                                              Map<String, ClusterNetworkPolicy> clusterByDraft) {
        Map<String, List<LintWarning>> out = new HashMap<>();
        for (LintWarning w : Lint.check(engine)) {
            for (PolicyDraft d : applied) {
                NetworkPolicy p = byDraft.get(d.key());
                ClusterNetworkPolicy c = clusterByDraft.get(d.key());
                boolean about = w.clusterScoped()
                        ? c != null && c.name().equals(w.policy())
                        : p != null && p.namespace().equals(w.namespace()) && p.name().equals(w.policy());
                if (about) {
                    out.computeIfAbsent(d.key(), k -> new ArrayList<>()).add(w);
                }
            }
        }
        return out;
    }
}
