package io.netpoldojo.ui.learn;

import io.netpoldojo.ui.Icons;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A lesson in the list: whether it is read (a tick, or its number: not colour alone), its title
 * and summary and, while searching, where the words were found with them marked.
 */
final class LessonCell extends ListCell<LearnModel.LessonEntry> {
    /** Room the cell's own padding, the status badge and a scroll bar take from the list's width. */
    static final double CHROME = 74;

    private final Label number = new Label();
    private final StackPane status = new StackPane();
    private final Label title = new Label();
    private final Label summary = new Label();
    private final Label where = new Label();
    private final TextFlow excerpt = new TextFlow();
    private final VBox hit = new VBox(where, excerpt);
    private final VBox text = new VBox(title, summary, hit);
    private final HBox row = new HBox(status, text);

    /** @param onClick called with the lesson id on every click, also on the lesson already selected */
    LessonCell(ListView<LearnModel.LessonEntry> list, Consumer<String> onClick) {
        getStyleClass().add("lesson-cell");
        status.getStyleClass().add("lesson-status");
        status.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        number.getStyleClass().add("lesson-status-number");
        title.getStyleClass().add("lesson-cell-title");
        summary.getStyleClass().add("lesson-cell-summary");
        where.getStyleClass().add("lesson-cell-where");
        excerpt.getStyleClass().add("lesson-cell-excerpt");
        hit.getStyleClass().add("lesson-cell-hit");
        hit.managedProperty().bind(hit.visibleProperty());
        for (Label l : new Label[] {title, summary, where}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        text.getStyleClass().add("lesson-cell-text");
        // Wrapping labels need a width to wrap at: the list's, less what surrounds the text.
        text.prefWidthProperty().bind(list.widthProperty().subtract(CHROME));
        text.maxWidthProperty().bind(text.prefWidthProperty());
        row.getStyleClass().add("lesson-cell-row");
        row.setAlignment(Pos.TOP_LEFT);
        setOnMouseClicked(e -> {
            if (getItem() != null) {
                onClick.accept(getItem().lesson().id());
            }
        });
    }

    @Override
    protected void updateItem(LearnModel.LessonEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        setText(null);
        if (empty || entry == null) {
            setGraphic(null);
            setId(null);
            setAccessibleText(null);
            return;
        }
        setId("lesson-item-" + entry.lesson().id());
        number.setText(String.valueOf(entry.number()));
        status.getChildren().setAll(entry.read() ? Icons.icon(LearnIcons.CHECK, 16) : number);
        status.getStyleClass().setAll("lesson-status", entry.read() ? "lesson-status-read" : "lesson-status-unread");
        title.setText(entry.lesson().title());
        summary.setText(entry.lesson().summary());
        hit.setVisible(entry.hit().isPresent());
        entry.hit().ifPresent(h -> {
            where.setText(h.where().substring(0, 1).toUpperCase() + h.where().substring(1)
                    + (h.matches() > 1 ? " \u00b7 " + h.matches() + " matches" : ""));
            // From the title or summary the words are in the lines above: saying where is enough.
            excerpt.getChildren().setAll(h.sectionIndex() < 0 ? java.util.List.of() : highlighted(h));
            excerpt.setVisible(h.sectionIndex() >= 0);
            excerpt.setManaged(h.sectionIndex() >= 0);
        });
        setAccessibleText(entry.number() + ". " + entry.lesson().title() + (entry.read() ? ", read" : ", not read yet"));
        setGraphic(row);
    }

    private static java.util.List<Text> highlighted(SearchHit hit) {
        java.util.List<Text> runs = new java.util.ArrayList<>();
        int at = 0;
        for (SearchHit.Highlight h : hit.highlights()) {
            if (h.start() > at) {
                runs.add(run(hit.excerpt().substring(at, h.start()), false));
            }
            runs.add(run(hit.excerpt().substring(h.start(), h.end()), true));
            at = h.end();
        }
        if (at < hit.excerpt().length()) {
            runs.add(run(hit.excerpt().substring(at), false));
        }
        return runs;
    }

    private static Text run(String s, boolean match) {
        Text t = new Text(s);
        t.getStyleClass().add(match ? "lesson-cell-match" : "lesson-cell-excerpt-text");
        return t;
    }
}
