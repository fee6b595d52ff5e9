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

    public ChangePreview() {
        super(8);
        setId("change-preview");
        getStyleClass().add("change-preview");
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
            VBox diff = new VBox();
            diff.getStyleClass().add("change-diff");
            diff.setId("change-diff-" + c.after().name());
            for (YamlDiff.Line line : c.diff()) {
                Label l = new Label(line.toString());
                l.getStyleClass().addAll("diff-line", switch (line.kind()) {
                    case ADDED -> "diff-added";
                    case REMOVED -> "diff-removed";
                    case SAME -> "diff-same";
                });
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                diff.getChildren().add(l);
            }
            getChildren().addAll(header, diff);
        }
    }

    private static Label flows(String id, String verb, List<Flow> flows) {
        StringBuilder sb = new StringBuilder(verb).append(' ').append(flows.size()).append(" connection")
                .append(flows.size() == 1 ? "" : "s").append(flows.isEmpty() ? "." : ":");
        for (int i = 0; i < Math.min(FLOWS_SHOWN, flows.size()); i++) {
            sb.append("\n  ").append(flows.get(i).describe());
        }
        if (flows.size() > FLOWS_SHOWN) {
            sb.append("\n  and ").append(flows.size() - FLOWS_SHOWN).append(" more");
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
