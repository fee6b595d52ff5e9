package io.netpoldojo.synthesis;

import io.netpoldojo.engine.ReachabilityMatrix;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Port;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What synthesis produced: the policies (each with its sentences), the allowed connections no v1
 * policy set can give without also allowing something the intent denies (each with why; they are
 * left denied), remarks, and the engine's check of the whole result against the intent.
 */
public record SynthesisResult(List<GeneratedPolicy> policies, List<Inexpressible> inexpressible,
                              List<String> notes, Proof proof) {
    public SynthesisResult {
        policies = List.copyOf(policies);
        inexpressible = List.copyOf(inexpressible);
        notes = List.copyOf(notes);
    }

    /** A generated policy and its explanation: what it selects, then one sentence per rule. */
    public record GeneratedPolicy(NetworkPolicy policy, List<String> sentences) {
        public GeneratedPolicy {
            sentences = List.copyOf(sentences);
        }
    }

    /** An allowed connection of the intent that the policies leave denied, and why they must. */
    public record Inexpressible(Flow flow, String reason) {
        @Override
        public String toString() {
            return flow.describe() + ": " + reason;
        }
    }

    /**
     * The engine's matrix for the generated policies compared with the intent, on every ordered pair
     * of different endpoints and every port in {@code ports}.
     *
     * @param differences every connection where the two disagree
     * @param unexplained the differences not named as inexpressible (empty unless synthesis is wrong)
     */
    public record Proof(List<Port> ports, long connectionsChecked, List<ReachabilityMatrix.Difference> differences,
                        List<ReachabilityMatrix.Difference> unexplained) {
        public Proof {
            ports = List.copyOf(ports);
            differences = List.copyOf(differences);
            unexplained = List.copyOf(unexplained);
        }

        /** True when every difference from the intent is one the result names as inexpressible. */
        public boolean holds() {
            return unexplained.isEmpty();
        }

        /** One sentence saying what was checked and what came out. */
        public String summary() {
            String what = "the engine's matrix for these policies on " + connectionsChecked + " connections ("
                    + ports.size() + " port" + (ports.size() == 1 ? "" : "s") + ": "
                    + ports.stream().map(Port::toString).collect(Collectors.joining(", ")) + ")";
            if (differences.isEmpty()) {
                return "Checked: " + what + " equals the intent.";
            }
            if (unexplained.isEmpty()) {
                return "Checked: " + what + " equals the intent except the " + differences.size()
                        + " connection" + (differences.size() == 1 ? "" : "s") + " named as inexpressible.";
            }
            return "Check failed: " + what + " differs from the intent on " + unexplained.size()
                    + " connection" + (unexplained.size() == 1 ? "" : "s") + " nobody explained, e.g. "
                    + unexplained.get(0) + ".";
        }
    }

    /** True when the policies give exactly the intent: nothing inexpressible and the check holds. */
    public boolean exact() {
        return inexpressible.isEmpty() && proof.differences().isEmpty();
    }

    public List<NetworkPolicy> networkPolicies() {
        return policies.stream().map(GeneratedPolicy::policy).toList();
    }
}
