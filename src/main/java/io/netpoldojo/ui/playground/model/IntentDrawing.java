package io.netpoldojo.ui.playground.model;

import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.synthesis.Flow;
import io.netpoldojo.synthesis.Intent;
import io.netpoldojo.synthesis.SynthesisResult;
import io.netpoldojo.synthesis.Synthesizer;
import io.netpoldojo.workspace.Connection;
import io.netpoldojo.workspace.ConnectionMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * "Draw the intent": the person marks which arrows must be allowed (each on the ports the arrows
 * are about, as the port filter says) and everything else is meant to be denied; the app then
 * writes the policies for it. It starts from what the canvas allows now. The drawing is not part
 * of the canvas file; applying the result is one undoable edit.
 */
public final class IntentDrawing {
    /** How much of an arrow the intent allows: all its ports, some, or none. */
    public enum Coverage { ALL, SOME, NONE }

    private final PlaygroundModel model;
    private final PolicyBuilder builder;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Intent> intent = new ReadOnlyObjectWrapper<>(new Intent(Set.of()));
    private final BooleanProperty isolateEgress = new SimpleBooleanProperty(true);

    IntentDrawing(PlaygroundModel model) {
        this.model = model;
        this.builder = new PolicyBuilder(model);
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Intent> intentProperty() {
        return intent.getReadOnlyProperty();
    }

    /** Default deny egress too (every allowed connection gets a rule at both ends), or only where needed. */
    public BooleanProperty isolateEgressProperty() {
        return isolateEgress;
    }

    /** Enters the mode with the intent set to what the canvas allows now. */
    public void start() {
        intent.set(fromCanvas());
        active.set(true);
    }

    public void stop() {
        active.set(false);
    }

    public void startFromCanvas() {
        intent.set(fromCanvas());
    }

    public void clear() {
        intent.set(new Intent(Set.of()));
    }

    /** Allows the whole arrow if it is not wholly allowed yet, else denies it. */
    public void toggle(String fromId, String toId) {
        Set<Flow> flows = new HashSet<>(intent.get().allowed());
        List<Flow> arrow = arrowFlows(fromId, toId);
        if (coverage(fromId, toId) == Coverage.ALL) {
            arrow.forEach(flows::remove);
        } else {
            flows.addAll(arrow);
        }
        intent.set(new Intent(flows));
    }

    public Coverage coverage(String fromId, String toId) {
        List<Flow> arrow = arrowFlows(fromId, toId);
        long in = arrow.stream().filter(intent.get().allowed()::contains).count();
        return arrow.isEmpty() || in == 0 ? Coverage.NONE : in == arrow.size() ? Coverage.ALL : Coverage.SOME;
    }

    /** The policies for the intent, with their proof; nothing changes until {@link #apply}. */
    public SynthesisResult synthesize() {
        return builder.synthesize(intent.get(), isolateEgress.get() ? Synthesizer.EgressMode.ALWAYS
                : Synthesizer.EgressMode.WHEN_NEEDED);
    }

    /** Replaces the canvas's policies with the result (one undo brings them back) and leaves the mode. */
    public void apply(SynthesisResult result) {
        builder.replacePolicies(result);
        stop();
    }

    /** One flow per port the arrow is about (the port filter's ports for its destination). */
    private List<Flow> arrowFlows(String fromId, String toId) {
        List<Flow> out = new ArrayList<>();
        model.evaluation().connections().get(fromId, toId).ifPresent(c -> {
            List<Port> ports = new ArrayList<>(c.allowedPorts());
            ports.addAll(c.deniedPorts());
            ports.forEach(p -> out.add(new Flow(fromId, toId, p)));
        });
        return out;
    }

    /** What every enabled policy allows now, on the ports the arrows are about. */
    private Intent fromCanvas() {
        ConnectionMap map = ConnectionMap.compute(new Engine(builder.cluster()), model.portFilterProperty().get());
        Set<Flow> flows = new HashSet<>();
        for (Connection c : map.all()) {
            c.allowedPorts().forEach(p -> flows.add(new Flow(c.fromId(), c.toId(), p)));
        }
        return new Intent(flows);
    }
}
