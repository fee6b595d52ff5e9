package io.netpoldojo.ui.playground.panels;

import io.netpoldojo.engine.Verdict;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.workspace.Connection;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "Why?": the engine's explanation of the selected arrow, in its own sentences, one block per
 * port the arrow is about.
 */
public final class ExplanationCard extends VBox {
    private final PlaygroundModel model;
    private final Label title = new Label();
    private final VBox body = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(body);

    public ExplanationCard(PlaygroundModel model) {
        this.model = model;
        setId("explanation");
        getStyleClass().add("explanation-card");
        title.getStyleClass().add("explanation-title");
        title.setWrapText(true);
        Button close = new Button("\u2715");
        close.setId("explanation-close");
        close.getStyleClass().addAll("flat", "explanation-close");
        close.setOnAction(e -> model.selectedConnectionProperty().set(Optional.empty()));
        // The title takes the width the close button leaves and wraps there, rather than end in "...".
        close.setMinWidth(Region.USE_PREF_SIZE);
        BorderPane header = new BorderPane(title);
        BorderPane.setAlignment(title, Pos.TOP_LEFT);
        BorderPane.setAlignment(close, Pos.TOP_RIGHT);
        header.setRight(close);
        // A long explanation fills the card and scrolls; the title keeps its lines above it.
        header.setMinHeight(Region.USE_PREF_SIZE);
        scroll.setFitToWidth(true);
        // As tall as the explanation, up to a limit; longer ones scroll.
        scroll.prefViewportHeightProperty().bind(javafx.beans.binding.Bindings.min(body.heightProperty(), 300));
        scroll.getStyleClass().add("explanation-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header, scroll);
        setMaxHeight(USE_PREF_SIZE);
        setVisible(false);
        setManaged(false);
        model.selectedConnectionProperty().addListener((o, a, c) -> show(c));
    }

    /**
     * As tall as its explanation, with no scroll bar of its own: for a card in a column that
     * scrolls itself ({@code DiagramView#explanationBeside}). Its height then follows from its
     * words in one layout pass, so the column can bring it into view at once. Calling it again
     * changes nothing.
     */
    public void growWithContent() {
        int at = getChildren().indexOf(scroll);
        if (at < 0) {
            return; // already grows with its content
        }
        scroll.prefViewportHeightProperty().unbind();
        scroll.setContent(null);
        getChildren().set(at, body);
    }

    private void show(Optional<Connection> connection) {
        setVisible(connection.isPresent());
        setManaged(connection.isPresent());
        body.getChildren().clear();
        if (connection.isEmpty()) {
            return;
        }
        Connection c = connection.get();
        title.setText(c.fromId() + " \u2192 " + c.toId() + ": " + switch (c.state()) {
            case ALLOWED -> "allowed";
            case DENIED -> "denied";
            case PARTLY_ALLOWED -> "allowed on some ports";
        });
        getStyleClass().removeAll("explanation-allowed", "explanation-denied", "explanation-partly");
        getStyleClass().add(switch (c.state()) {
            case ALLOWED -> "explanation-allowed";
            case DENIED -> "explanation-denied";
            case PARTLY_ALLOWED -> "explanation-partly";
        });
        List<Verdict> verdicts = model.explain(c);
        for (Verdict v : verdicts) {
            Label port = new Label(v.port() + (v.allowed() ? "  allowed" : "  denied"));
            port.getStyleClass().addAll("explanation-port", v.allowed() ? "verdict-allowed" : "verdict-denied");
            VBox block = new VBox(4, port);
            boolean tiers = !model.evaluation().cluster().clusterPolicies().isEmpty();
            if (tiers && !v.toItself()) {
                block.getChildren().add(TierLabels.decidedBy(v));
            }
            for (String sentence : v.sentences()) {
                Label s = new Label(sentence);
                s.setWrapText(true);
                s.getStyleClass().add("explanation-sentence");
                block.getChildren().add(s);
            }
            body.getChildren().add(block);
        }
        if (verdicts.stream().anyMatch(v -> v.egress().tiers().involved() || v.ingress().tiers().involved())) {
            Label alpha = new Label(TierLabels.ALPHA_NOTE);
            alpha.setWrapText(true);
            alpha.getStyleClass().add("tier-alpha-note");
            body.getChildren().add(alpha);
        }
        if (c.state() == Connection.State.PARTLY_ALLOWED || verdicts.size() > 1) {
            Label note = new Label("This arrow stands for each port " + shortName(c.toId())
                    + " declares; each is judged on its own.");
            note.setWrapText(true);
            note.getStyleClass().add("explanation-note");
            body.getChildren().add(note);
        }
    }

    private static String shortName(String id) {
        return id.substring(id.indexOf('/') + 1);
    }
}
