package io.netpoldojo.ui.playground.panels;

import io.netpoldojo.synthesis.Flow;
import io.netpoldojo.synthesis.PolicyChange;
import io.netpoldojo.synthesis.ProposedChange;
import io.netpoldojo.synthesis.YamlDiff;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What a policy edit would do, shown before it is made: the sentences saying why, each policy it
 * adds or changes (namespace named) with its YAML as a diff, and the arrows it opens and closes.
 */
public final class ChangePreview extends VBox {
    private static final int FLOWS_SHOWN = 8;

    /** What the canvas draws arrows for: the flows on other ports are only counted. */
    private java.util.function.Predicate<Flow> onTheCanvas = f -> true;

    public ChangePreview() {
        this(f -> true);
    }

    /** @param onTheCanvas whether a flow is on a port the canvas's arrows are about (listed; the rest counted) */
    public ChangePreview(java.util.function.Predicate<Flow> onTheCanvas) {
        super(8);
        this.onTheCanvas = onTheCanvas;
        setId("change-preview");
        getStyleClass().add("change-preview");
    }

    /** The flows on the ports the model's arrows are about (its port filter, per destination). */
    public static java.util.function.Predicate<Flow> onArrowsOf(io.netpoldojo.ui.playground.model.PlaygroundModel m) {
        return f -> m.workspace().endpoint(f.toId())
                .map(e -> m.portFilterProperty().get().portsFor(e.endpoint()).contains(f.port())).orElse(true);
    }

    /** Shows {@code change} now and whenever it changes; {@code placeholder} while it is null. */
    public void follow(javafx.beans.value.ObservableValue<ProposedChange> change, String placeholder) {
        Runnable show = () -> {
            if (change.getValue() == null) {
                getChildren().setAll(new Label(placeholder));
            } else {
                show(change.getValue());
            }
        };
        change.addListener((o, a, b) -> show.run());
        show.run();
    }

    public void show(ProposedChange change) {
        getChildren().clear();
        for (String s : change.sentences()) {
            getChildren().add(wrapped(s, "change-sentence"));
        }
        if (change.isEmpty()) {
            getChildren().add(wrapped("Nothing to change.", "change-nothing"));
            return;
        }
        getChildren().add(flows("change-opened", "Opens", change.opened()));
        if (!change.closed().isEmpty()) {
            getChildren().add(flows("change-closed", "Closes", change.closed()));
        }
        for (PolicyChange c : change.changes()) {
            Label header = wrapped((c.isNew() ? "New policy " : "Changes policy ") + c.after().name()
                    + " in namespace " + c.after().namespace(), "change-policy");
            getChildren().addAll(header, diff("change-diff-" + c.after().name(), c.diff()));
        }
        for (io.netpoldojo.engine.model.ClusterNetworkPolicy c : change.clusterAdded()) {
            Label header = wrapped("New ClusterNetworkPolicy " + c.name() + ": cluster-wide, " + c.tier().apiName()
                    + " tier, priority " + c.priority(), "change-policy");
            getChildren().addAll(header, diff("change-diff-" + c.name(),
                    YamlDiff.lines("", new io.netpoldojo.manifest.ClusterPolicyWriter().write(c))));
        }
    }

    private static VBox diff(String id, List<YamlDiff.Line> lines) {
        VBox diff = new VBox();
        diff.getStyleClass().add("change-diff");
        diff.setId(id);
        for (YamlDiff.Line line : lines) {
            Label l = new Label(line.toString());
            l.getStyleClass().addAll("diff-line", switch (line.kind()) {
                case ADDED -> "diff-added";
                case REMOVED -> "diff-removed";
                case SAME -> "diff-same";
            });
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            diff.getChildren().add(l);
        }
        return diff;
    }

    /**
     * "Closes 3 connections: (listed)", the arrows' ports first; the rest are counted with their
     * ports, or listed when the arrows' ports have none (a port asked about that no arrow shows).
     */
    private Label flows(String id, String verb, List<Flow> all) {
        List<Flow> drawn = all.stream().filter(onTheCanvas).toList();
        List<Flow> other = all.stream().filter(onTheCanvas.negate()).toList();
        List<Flow> listed = drawn.isEmpty() ? other : drawn;
        StringBuilder sb = new StringBuilder(verb).append(' ').append(all.size()).append(" connection")
                .append(all.size() == 1 ? "" : "s").append(all.isEmpty() ? "." : ":");
        for (int i = 0; i < Math.min(FLOWS_SHOWN, listed.size()); i++) {
            sb.append("\n  ").append(listed.get(i).describe());
        }
        if (listed.size() > FLOWS_SHOWN) {
            sb.append("\n  and ").append(listed.size() - FLOWS_SHOWN).append(" more");
        }
        if (!drawn.isEmpty() && !other.isEmpty()) {
            sb.append("\n  and ").append(other.size()).append(" on ports the arrows are not drawn for (")
                    .append(String.join(", ", other.stream().map(f -> f.port().toString()).distinct().toList()))
                    .append(")");
        }
        Label l = wrapped(sb.toString(), verb.equals("Opens") ? "change-opens" : "change-closes");
        l.setId(id);
        return l;
    }

    private static Label wrapped(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
