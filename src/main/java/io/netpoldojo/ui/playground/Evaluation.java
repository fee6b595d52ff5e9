package io.netpoldojo.ui.playground;

import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.LintWarning;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.workspace.ConnectionMap;
import io.netpoldojo.workspace.PolicyDraft;
import java.util.List;
import java.util.Map;

/**
 * Everything the Playground shows for one state, computed once per change: the policies that are
 * applied, the engine over them, every arrow, and the lint warnings per policy draft.
 *
 * @param applied       the drafts whose policies are applied, in order (enabled, parsed, and within
 *                      the step limit)
 * @param lintByDraft   warnings keyed by draft key
 * @param nanos         how long the evaluation took, for the status line and the README figure
 */
public record Evaluation(Cluster cluster, Engine engine, ConnectionMap connections, List<PolicyDraft> applied,
                         Map<String, NetworkPolicy> policyByDraft, Map<String, List<LintWarning>> lintByDraft,
                         long nanos) {
}
