package io.netpoldojo.ui.classroom;

import io.netpoldojo.classroom.Phase;
import io.netpoldojo.classroom.RoomSnapshot;
import java.util.Optional;
import javafx.scene.control.Label;

/** "12 of 30 voted", live, while a question is up; "Round 2" once the class votes again. */
public final class VoteCount extends Label {
    public VoteCount(ClassVoteModel model) {
        setId("classroom-vote-count");
        getStyleClass().add("classroom-vote-count");
        model.roomProperty().addListener((o, was, now) -> refresh(now));
        refresh(model.roomProperty().get());
    }

    private void refresh(Optional<RoomSnapshot> room) {
        boolean shown = room.map(r -> r.phase() != Phase.LOBBY).orElse(false);
        setVisible(shown);
        setManaged(shown);
        room.filter(r -> shown).ifPresent(r -> setText(text(r)));
    }

    static String text(RoomSnapshot r) {
        String count = r.votedText();
        String round = r.round() == 2 ? "Round 2: " : "";
        return switch (r.phase()) {
            case VOTING -> round + count;
            case CLOSED, REVEALED -> round + count + " · voting closed";
            case LOBBY -> "";
        };
    }
}
