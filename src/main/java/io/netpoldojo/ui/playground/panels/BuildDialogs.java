package io.netpoldojo.ui.playground.panels;

import io.netpoldojo.engine.model.ContainerPort;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.synthesis.EditTarget;
import io.netpoldojo.ui.playground.canvas.PolicyActions;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.ui.playground.model.PolicyBuilder;
import io.netpoldojo.workspace.Connection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;

/**
 * The dialogs behind the canvas's policy items: each shows the proposed change (why, the YAML
 * diff, the arrows it opens and closes) and makes it only on the button that says so. Allowing an
 * arrow also asks for the port, validated as it is typed, and where the rules go. The dialog is
 * ChangeDialog.fxml over a {@link ChangeForm}.
 */
public final class BuildDialogs implements PolicyActions {
    private final PlaygroundModel model;
    private final PolicyBuilder builder;
    private final Node owner;

    public BuildDialogs(PlaygroundModel model, Node owner) {
        this.model = model;
        this.builder = new PolicyBuilder(model);
        this.owner = owner;
    }

    @Override
    public void allowConnection(String fromId, String toId, Optional<Port> port) {
        List<String> choices = portChoices(fromId, toId);
        show(ChangeForm.onPortAndPlacement("Allow " + name(fromId) + " \u2192 " + name(toId), "Allow", choices,
                first(port, choices), (p, where) -> builder.allow(fromId, toId, p, where)));
    }

    @Override
    public void allowOnlyConnection(String fromId, String toId, Optional<Port> port) {
        List<String> choices = portChoices(fromId, toId);
        show(ChangeForm.onPort("Let only " + name(fromId) + " reach " + name(toId), "Allow only this", choices,
                first(port, choices), p -> builder.allowOnly(fromId, toId, p)));
    }

    @Override
    public void denyConnection(String fromId, String toId, Port port) {
        // NetworkPolicies cannot deny: isolate and allow the rest, or use the Admin tier, which can.
        show(ChangeForm.ways("Deny " + name(fromId) + " \u2192 " + name(toId) + " on " + port, List.of(
                new ChangeForm.Way("Isolate and allow the rest (networking.k8s.io/v1 NetworkPolicy)",
                        "Isolate and allow the rest", builder.deny(fromId, toId, port)),
                new ChangeForm.Way("Deny it cluster-wide: an Admin-tier ClusterNetworkPolicy (alpha, needs a plugin"
                        + " that implements it)", "Draft the Admin policy",
                        builder.denyClusterWide(fromId, toId, port)))));
    }

    @Override
    public void isolate(EditTarget target, Set<Direction> directions) {
        var c = builder.isolate(target, directions);
        show(ChangeForm.fixed(c.title(), "Isolate", c));
    }

    @Override
    public void allowDns(EditTarget target) {
        var c = builder.allowDns(target);
        show(ChangeForm.fixed(c.title(), "Allow DNS", c));
    }

    @Override
    public void allowFromOwnNamespaceOnly(EditTarget target) {
        var c = builder.allowFromOwnNamespaceOnly(target);
        show(ChangeForm.fixed(c.title(), "Add the policy", c));
    }

    private void show(ChangeForm form) {
        ChangeDialog.show(owner, form, ChangePreview.onArrowsOf(model)).ifPresent(builder::apply);
    }

    private static String first(Optional<Port> port, List<String> choices) {
        return port.map(Port::toString).orElse(choices.isEmpty() ? "" : choices.get(0));
    }

    /** The arrow's denied ports first, then the destination's container ports, then the ports it allows. */
    private List<String> portChoices(String fromId, String toId) {
        Set<String> out = new LinkedHashSet<>();
        Connection c = model.evaluation().connections().get(fromId, toId).orElse(null);
        if (c != null) {
            c.deniedPorts().forEach(p -> out.add(p.toString()));
        }
        model.workspace().endpoint(toId).map(e -> e.endpoint()).filter(e -> e instanceof Pod)
                .ifPresent(e -> ((Pod) e).ports().stream().map(ContainerPort::asPort)
                        .forEach(p -> out.add(p.toString())));
        if (c != null) {
            c.allowedPorts().forEach(p -> out.add(p.toString()));
        }
        return List.copyOf(out);
    }

    private static String name(String id) {
        return id.substring(id.indexOf('/') + 1);
    }
}
