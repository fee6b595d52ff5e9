package io.netpoldojo.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The welcome overlay's card, shown on the first start and from Help: where to begin. Each entry
 * takes the person to its place; a place that is not registered has no entry.
 */
final class WelcomeCard extends VBox {
    static final String ENTRY_ID_PREFIX = "welcome-";
    /**
     * Wrapped text needs a width before layout can give it a height, so the card's widths are
     * fixed: the text of the lead, and of each tile's sentence.
     */
    private static final double LEAD_WIDTH = 644;
    private static final double ENTRY_TEXT_WIDTH = 236;

    /** One way in: the place it opens, what the entry says, and one sentence on what is there. */
    private record Entry(String placeId, String title, String text) {}

    /** In the order a newcomer would take them. */
    private static final List<Entry> ENTRIES = List.of(
            new Entry("learn", "Learn the basics",
                    "Short lessons, one idea at a time: which pods a policy selects, when a pod is isolated,"
                            + " how rules combine."),
            new Entry("playground", "Try the Playground",
                    "Drag pods onto a canvas, apply policies and watch connections open and close."
                            + " Click an arrow to see why."),
            new Entry("quiz", "Take a quiz",
                    "Predict who can reach whom, or write the policy yourself; the engine grades it and explains."),
            new Entry("present", "Present a demo",
                    "Step through a prepared demo on a projector, in large type, one change at a time."));

    /** @param begin what choosing an entry does, given the place's id (close the card, show the place) */
    WelcomeCard(List<Place> places, Consumer<String> begin) {
        setId("welcome-overlay");
        getStyleClass().addAll("overlay-card", "welcome-card");
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);

        Label lead = new Label("Learn Kubernetes NetworkPolicies by seeing them work: every answer comes from the same"
                + " engine, with the rule that decided it. Where would you like to begin?");
        lead.getStyleClass().add("welcome-lead");
        lead.setWrapText(true);
        lead.setPrefWidth(LEAD_WIDTH);
        lead.setMinHeight(Region.USE_PREF_SIZE);

        GridPane entries = new GridPane();
        entries.getStyleClass().add("welcome-entries");
        int index = 0;
        for (Entry entry : ENTRIES) {
            Optional<Place> place = places.stream().filter(p -> p.id().equals(entry.placeId())).findFirst();
            if (place.isPresent()) {
                entries.add(button(entry, place.get(), begin), index % 2, index / 2);
                index++;
            }
        }

        Label reopen = new Label("You can come back here from Help \u203a Welcome.");
        reopen.getStyleClass().add("overlay-hint");
        reopen.setMaxWidth(Double.MAX_VALUE);
        reopen.setAlignment(Pos.CENTER);
        getChildren().addAll(OverlayCards.header(Icons.SHIELD, "Welcome to NetPol Dojo"), lead, entries, reopen);
    }

    private static Button button(Entry entry, Place place, Consumer<String> begin) {
        Label title = new Label(entry.title());
        title.getStyleClass().add("welcome-entry-title");
        Label text = new Label(entry.text());
        text.getStyleClass().add("welcome-entry-text");
        text.setWrapText(true);
        text.setPrefWidth(ENTRY_TEXT_WIDTH);
        text.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        VBox words = new VBox(title, text);
        words.getStyleClass().add("welcome-entry-words");
        HBox.setHgrow(words, Priority.ALWAYS);
        Region icon = Icons.icon(place.iconPath(), 26);
        HBox badge = new HBox(icon);
        badge.getStyleClass().add("welcome-entry-icon");
        badge.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        HBox content = new HBox(badge, words);
        content.getStyleClass().add("welcome-entry-content");
        content.setAlignment(Pos.TOP_LEFT);
        content.setFillHeight(false);

        Button button = new Button();
        button.setId(ENTRY_ID_PREFIX + entry.placeId());
        button.getStyleClass().add("welcome-entry");
        button.setGraphic(content);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        button.setAlignment(Pos.TOP_LEFT);
        button.setAccessibleText(entry.title() + ". " + entry.text());
        button.setOnAction(e -> begin.accept(entry.placeId()));
        return button;
    }
}
