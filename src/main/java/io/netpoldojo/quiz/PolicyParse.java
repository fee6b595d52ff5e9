package io.netpoldojo.quiz;

import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.manifest.Diagnostic;
import java.util.List;

/**
 * A learner's policy YAML as the loader saw it: the NetworkPolicies it holds and every problem,
 * each at its line and column (the editor marks them there).
 */
public record PolicyParse(List<NetworkPolicy> policies, List<Diagnostic> problems) {
    public PolicyParse {
        policies = List.copyOf(policies);
        problems = List.copyOf(problems);
    }

    /** True when the text loads without errors and holds at least one policy (warnings allowed). */
    public boolean valid() {
        return !policies.isEmpty() && problems.stream().noneMatch(Diagnostic::isError);
    }

    public List<Diagnostic> errors() {
        return problems.stream().filter(Diagnostic::isError).toList();
    }
}
