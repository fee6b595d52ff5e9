package io.netpoldojo.ui.present;

import io.netpoldojo.content.Demo;
import io.netpoldojo.workspace.Connection;
import io.netpoldojo.workspace.ConnectionMap;
import io.netpoldojo.workspace.PolicyDrafts;
import io.netpoldojo.workspace.PortFilter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the stage must keep to itself while a question waits for the class: the arrows whose
 * outcome would give the answer away. They are
 * <ul>
 *   <li>the arrow asked about. The canvas draws one arrow per ordered pair, carrying every port
 *       of the destination, so hiding it also hides the same two endpoints' other ports;</li>
 *   <li>every arrow the step changes (compared with the step before it), since a step that applies
 *       a policy and asks about it would otherwise show its effect as the question appears;</li>
 *   <li>the arrows the demo's author lists under {@code ask.hide}.</li>
 * </ul>
 * A pure function of the script: the same step always hides the same arrows, so stepping back and
 * forth can never show more than the first time.
 */
final class Spoilers {
    private final Script script;
    private final PolicyDrafts drafts;
    private final PortFilter ports;
    /** The arrows at each step, and before the first (index -1), made when first asked for. */
    private final Map<Integer, ConnectionMap> connections = new HashMap<>();

    /** @param ports the port filter the stage's canvas draws its arrows with */
    Spoilers(Script script, PolicyDrafts drafts, PortFilter ports) {
        this.script = script;
        this.drafts = drafts;
        this.ports = ports;
    }

    /** Keys ({@code from->to}) of the arrows to hide at step {@code i} until its answer is revealed; empty when it asks nothing. */
    Set<String> hiddenAt(int i) {
        Optional<Demo.Question> q = script.steps().get(i).question();
        if (q.isEmpty()) {
            return Set.of();
        }
        Set<String> hidden = new LinkedHashSet<>();
        hidden.add(Connection.key(q.get().ask().from(), q.get().ask().to()));
        hidden.addAll(changeAt(i).changed());
        q.get().hide().forEach(a -> hidden.add(Connection.key(a.from(), a.to())));
        return Set.copyOf(hidden);
    }

    /** What step {@code i} opened and closed, arrow by arrow, against the step before it (no policy before the first). */
    ConnectionMap.Change changeAt(int i) {
        return connectionsAt(i).changeFrom(connectionsAt(i - 1));
    }

    private ConnectionMap connectionsAt(int i) {
        return connections.computeIfAbsent(i, k -> ConnectionMap.compute(script.engineAt(k, drafts), ports));
    }
}
