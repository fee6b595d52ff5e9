package io.netpoldojo.ui.classroom;

import io.netpoldojo.classroom.RoomSnapshot;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * What the stage shows so that students can join: the QR code, the address to type, the room's
 * PIN in large digits, and how many have joined. Shown only while the vote is on.
 */
public final class JoinCard extends HBox {
    public JoinCard(ClassVoteModel model) {
        setId("classroom-join-card");
        getStyleClass().addAll("classroom-card", "classroom-join");
        setAlignment(Pos.CENTER_LEFT);

        QrView qr = new QrView(model.qrProperty());
        qr.setId("classroom-qr");
        Label title = new Label("Vote from your phone");
        title.getStyleClass().add("classroom-title");
        Label open = new Label("Open");
        open.getStyleClass().add("classroom-caption");
        Label url = new Label();
        url.setId("classroom-url");
        url.getStyleClass().add("classroom-url");
        Label pinCaption = new Label("Room PIN");
        pinCaption.getStyleClass().add("classroom-caption");
        Label pin = new Label();
        pin.setId("classroom-pin");
        pin.getStyleClass().add("classroom-pin");
        Label joined = new Label();
        joined.setId("classroom-joined");
        joined.getStyleClass().add("classroom-joined");
        Label note = new Label("Same Wi-Fi as this screen · no app, no account");
        note.getStyleClass().add("classroom-note");
        // At the stage's type, on a 1024-pixel projector, it is wider than the card beside the code.
        note.setWrapText(true);
        VBox words = new VBox(title, open, url, pinCaption, pin, joined, note);
        words.getStyleClass().add("classroom-join-words");
        getChildren().addAll(qr, words);

        url.textProperty().bind(Bindings.createStringBinding(() -> stripSlash(model.urlProperty().get()),
                model.urlProperty()));
        pin.textProperty().bind(Bindings.createStringBinding(() -> model.roomProperty().get()
                .map(RoomSnapshot::pin).map(JoinCard::spaced).orElse(""), model.roomProperty()));
        joined.textProperty().bind(Bindings.createStringBinding(() -> joinedText(model.roomProperty().get()),
                model.roomProperty()));
        visibleProperty().bind(model.statusProperty().isEqualTo(ClassVoteModel.Status.ON));
        managedProperty().bind(visibleProperty());
    }

    /** "1 2 3 4": digits read aloud one by one, and easier to copy from the back of the room. */
    static String spaced(String pin) {
        return String.join(" ", pin.split(""));
    }

    static String joinedText(Optional<RoomSnapshot> room) {
        int n = room.map(RoomSnapshot::joined).orElse(0);
        return n == 0 ? "Nobody has joined yet" : n == 1 ? "1 has joined" : n + " have joined";
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
