package io.netpoldojo.ui.classroom;

import io.netpoldojo.classroom.Phase;
import io.netpoldojo.classroom.Poll;
import io.netpoldojo.classroom.RoomSnapshot;
import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The class's votes per choice, on the teacher's key: one bar per choice, round 1's votes as a thin
 * bar above round 2's once the class has voted again, and the right answer marked after the
 * reveal (a tick and a colour, for a room that cannot tell red from green).
 */
public final class HistogramView extends VBox {
    private final ClassVoteModel model;
    private final Label title = new Label();
    private final GridPane rows = new GridPane();

    public HistogramView(ClassVoteModel model) {
        this.model = model;
        setId("classroom-histogram");
        getStyleClass().addAll("classroom-card", "classroom-histogram");
        title.getStyleClass().add("classroom-tag");
        rows.getStyleClass().add("classroom-rows");
        getChildren().addAll(title, rows);

        InvalidationListener refresh = o -> refresh();
        model.roomProperty().addListener(refresh);
        model.histogramShownProperty().addListener(refresh);
        refresh();
    }

    private void refresh() {
        Optional<RoomSnapshot> room = model.roomProperty().get();
        boolean shown = room.flatMap(RoomSnapshot::poll).isPresent()
                && (model.histogramShownProperty().get() || room.get().phase() == Phase.REVEALED);
        setVisible(shown);
        setManaged(shown);
        rows.getChildren().clear();
        if (!shown) {
            return;
        }
        RoomSnapshot r = room.get();
        Poll poll = r.poll().orElseThrow();
        boolean twoRounds = r.round() == 2;
        title.setText(twoRounds ? "THE CLASS VOTED · ROUND 1 → ROUND 2" : "THE CLASS VOTED");
        int most = Math.max(1, Math.max(max(r.counts()), twoRounds ? max(r.firstRoundCounts()) : 0));
        for (int i = 0; i < poll.choices().size(); i++) {
            boolean right = r.reveal().map(v -> v.correct()).orElse(-1) == i;
            Label choice = new Label((right ? "\u2713 " : "") + poll.choices().get(i));
            choice.getStyleClass().add("classroom-choice");
            choice.setMinWidth(Region.USE_PREF_SIZE);
            VBox bars = new VBox();
            bars.getStyleClass().add("classroom-bars");
            if (twoRounds) {
                bars.getChildren().add(bar(r.firstRoundCounts().get(i), most, "classroom-bar-first"));
            }
            bars.getChildren().add(bar(r.counts().get(i), most, "classroom-bar"));
            GridPane.setHgrow(bars, Priority.ALWAYS);
            Label count = new Label(twoRounds ? r.firstRoundCounts().get(i) + " \u2192 " + r.counts().get(i)
                    : Integer.toString(r.counts().get(i)));
            count.getStyleClass().add("classroom-count");
            count.setMinWidth(Region.USE_PREF_SIZE);
            count.setId("classroom-count-" + i);
            if (right) {
                choice.getStyleClass().add("classroom-right");
                count.getStyleClass().add("classroom-right");
                bars.getStyleClass().add("classroom-right");
            }
            rows.addRow(i, choice, bars, count);
        }
    }

    /** A bar as long as its share of the largest count. */
    private static Region bar(int count, int most, String styleClass) {
        Region fill = new Region();
        fill.getStyleClass().add(styleClass);
        StackPane track = new StackPane(fill);
        track.getStyleClass().add("classroom-track");
        track.setAlignment(Pos.CENTER_LEFT);
        fill.maxWidthProperty().bind(track.widthProperty().multiply(count / (double) most));
        fill.setMinWidth(0);
        HBox.setHgrow(track, Priority.ALWAYS);
        return track;
    }

    private static int max(List<Integer> counts) {
        return counts.stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
