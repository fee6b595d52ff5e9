package io.netpoldojo.synthesis;

import io.netpoldojo.engine.model.NetworkPolicy;
import java.util.List;
import java.util.Optional;

/** One policy an edit adds ({@code before} empty) or rewrites, with its YAML before and after. */
public record PolicyChange(Optional<NetworkPolicy> before, NetworkPolicy after) {

    public static PolicyChange added(NetworkPolicy policy) {
        return new PolicyChange(Optional.empty(), policy);
    }

    public static PolicyChange changed(NetworkPolicy before, NetworkPolicy after) {
        return new PolicyChange(Optional.of(before), after);
    }

    public boolean isNew() {
        return before.isEmpty();
    }

    public String beforeYaml() {
        return before.map(PolicyYaml::write).orElse("");
    }

    public String afterYaml() {
        return PolicyYaml.write(after);
    }

    /** The line diff from the YAML before to the YAML after (all lines added for a new policy). */
    public List<YamlDiff.Line> diff() {
        return YamlDiff.lines(beforeYaml(), afterYaml());
    }
}
