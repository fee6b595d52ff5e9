package io.netpoldojo.ui.present;

import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.workspace.PolicyDraft;
import io.netpoldojo.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The words a {@link Presentation} uses for its policies: a policy's name as the stage shows it, a
 * ClusterNetworkPolicy's tier, and what a move did to the policies ("applying frontend").
 */
final class ChangeWords {
    private final Supplier<Script> script;
    private final PlaygroundModel canvas;

    /** @param script the presentation's script now (the stage may lay it out again) */
    ChangeWords(Supplier<Script> script, PlaygroundModel canvas) {
        this.script = script;
        this.canvas = canvas;
    }

    /** A policy's name, as {@code namespace/name} when another policy of the script has the same name. */
    String label(PolicyDraft d) {
        String name = canvas.policyName(d);
        long same = script.get().workspace().policies().stream().filter(o -> canvas.policyName(o).equals(name)).count();
        return same > 1 ? canvas.drafts().parse(d.yaml()).policy().map(NetworkPolicy::id).orElse(name) : name;
    }

    /** "Admin tier, priority 20" for a ClusterNetworkPolicy; empty for a NetworkPolicy or a draft that does not parse. */
    Optional<String> tier(PolicyDraft d) {
        return canvas.drafts().parse(d.yaml()).clusterPolicy()
                .map(p -> p.tier().apiName() + " tier, priority " + p.priority());
    }

    /**
     * "applying frontend", "removing frontend", "back to the script: removing and-one-peer, applying
     * or-two-peers"; "step N" (from the step shown, {@code step}, counted from 0) when no policy changes.
     */
    String describeChange(Workspace from, Workspace to, boolean wasLive, int step) {
        Set<String> was = enabledKeys(from);
        Set<String> now = enabledKeys(to);
        String removing = names(to, d -> was.contains(d.key()) && !now.contains(d.key()));
        String applying = names(to, d -> now.contains(d.key()) && !was.contains(d.key()));
        List<String> parts = new ArrayList<>();
        if (!removing.isEmpty()) {
            parts.add("removing " + removing);
        }
        if (!applying.isEmpty()) {
            parts.add("applying " + applying);
        }
        String what = String.join(", ", parts);
        if (wasLive) {
            return what.isEmpty() ? "back to the script" : "back to the script: " + what;
        }
        return what.isEmpty() ? "step " + (step + 1) : what;
    }

    private String names(Workspace ws, Predicate<PolicyDraft> which) {
        return ws.policies().stream().filter(which).map(this::label).collect(Collectors.joining(", "));
    }

    private static Set<String> enabledKeys(Workspace ws) {
        return ws.policies().stream().filter(PolicyDraft::enabled).map(PolicyDraft::key).collect(Collectors.toSet());
    }
}
