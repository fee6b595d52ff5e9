package io.netpoldojo.ui.classroom;

import io.netpoldojo.classroom.BindAddresses;
import io.netpoldojo.ui.TaskRunner;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The class vote on the stage. As a layer over it: the teacher's dialogs, "Let the class vote"
 * (pick the network, start) and the class report; only they take the mouse, the stage under it
 * stays clickable. For places in the stage's own layout: the join card ({@link #join()}), shown
 * until the first question, and the vote's row ({@link #corner()}): the "Let the class vote"
 * button, then a small "join at … · PIN" line, the live count and, on the teacher's key, the
 * histogram.
 */
public final class ClassVoteStage extends StackPane {
    private final ClassVoteModel model;
    private final TaskRunner tasks;
    private final BooleanProperty setupShown = new SimpleBooleanProperty(this, "setupShown", false);
    private final BooleanProperty joinShown = new SimpleBooleanProperty(this, "joinShown", false);
    private final BooleanProperty reportShown = new SimpleBooleanProperty(this, "reportShown", false);
    private final ChoiceBox<BindAddresses.Choice> addresses = new ChoiceBox<>();
    private final ClassReportView report;
    private final Runnable refocus;
    private final VBox join;
    private final VBox corner;

    /**
     * @param keys     how the keys read ("V", "H", "R", "C"), for the cards' hints
     * @param refocus  gives the keyboard back to the stage after a card's button was used
     * @param export   saves the class report as CSV (picks the file, writes it off the JavaFX thread)
     */
    public ClassVoteStage(ClassVoteModel model, TaskRunner tasks, Keys keys, Runnable refocus, Runnable export) {
        this.model = model;
        this.tasks = tasks;
        this.refocus = refocus;
        this.report = new ClassReportView(export);
        setId("classroom-stage");
        getStyleClass().add("classroom-stage");
        getStylesheets().add(ClassVoteStage.class.getResource("classroom.css").toExternalForm());
        setPickOnBounds(false);

        VBox setup = setupCard(keys);
        join = joinCard(keys);
        corner = corner(keys);
        VBox reportCard = reportCard(keys);
        // Placed by the stage outside this layer, they bring the vote's stylesheet with them.
        String css = ClassVoteStage.class.getResource("classroom.css").toExternalForm();
        join.getStylesheets().add(css);
        corner.getStylesheets().add(css);
        // The teacher's dialogs (start, the report) come and go over the stage; the join card and
        // the votes have places of their own in the stage's layout (see corner() and join()).
        getChildren().addAll(setup, reportCard);
        for (VBox card : List.of(setup, reportCard)) {
            StackPane.setAlignment(card, Pos.CENTER);
            card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        }
        show(setup, setupShown);
        show(join, joinShown.and(model.statusProperty().isEqualTo(ClassVoteModel.Status.ON)));
        show(reportCard, reportShown);

        model.statusProperty().addListener((o, was, now) -> {
            if (now == ClassVoteModel.Status.ON) {
                setupShown.set(false);
                joinShown.set(true);
                // The Start button had the keyboard: give it back to the stage's keys.
                refocus.run();
            }
            if (now == ClassVoteModel.Status.FAILED) {
                setupShown.set(true);
            }
        });
        // The next question takes the middle of the stage; latecomers still see the small line.
        model.askedProperty().addListener((o, was, now) -> {
            if (now.isPresent()) {
                joinShown.set(false);
            }
        });
    }

    /**
     * The vote's line for the stage's layout, below the canvas: "Let the class vote", then the
     * count, where to join, the keys and, on the teacher's key, the votes. The stage gives it a
     * row of its own so that it never covers a card.
     */
    public Region corner() {
        return corner;
    }

    /** How to join (address, QR code, PIN): the stage shows it in the canvas's place while it is shown. */
    public Region join() {
        return join;
    }

    /** The keys the stage registers for the vote, as they read. */
    public record Keys(String vote, String votes, String again, String report) {}

    // ---- commands (the stage's keys call these) ----------------------------------------------------

    /** Off: shows "Let the class vote"; on: shows or hides how to join. */
    public void toggleVote() {
        switch (model.statusProperty().get()) {
            case OFF, FAILED -> {
                setupShown.set(!setupShown.get());
                if (setupShown.get()) {
                    loadAddresses();
                }
            }
            case ON -> joinShown.set(!joinShown.get());
            case STARTING -> { }
        }
    }

    /** Shows the votes (closing the round), or hides them. */
    public void toggleVotes() {
        if (model.histogramShownProperty().get()) {
            model.hideVotes();
        } else {
            model.showVotes();
        }
    }

    public void toggleReport() {
        report.show(model.report());
        reportShown.set(!reportShown.get());
    }

    // ---- the cards ---------------------------------------------------------------------------------

    private VBox setupCard(Keys keys) {
        Label title = new Label("Let the class vote");
        title.getStyleClass().add("classroom-title");
        Label what = new Label("Students answer each question from a phone or laptop on this network: no app, no"
                + " account, no internet. The stage shows how many voted; " + keys.votes() + " shows the votes.");
        what.setWrapText(true);
        what.setMaxWidth(30 * 16);
        what.getStyleClass().add("classroom-note");
        Label on = new Label("Network");
        on.getStyleClass().add("classroom-caption");
        addresses.setId("classroom-address");
        addresses.setFocusTraversable(false);
        Button start = new Button("Start the vote");
        start.setId("classroom-start");
        start.setDefaultButton(true);
        start.disableProperty().bind(addresses.valueProperty().isNull()
                .or(model.statusProperty().isEqualTo(ClassVoteModel.Status.STARTING)));
        start.setOnAction(e -> model.start(addresses.getValue()));
        Button close = new Button("Not now (" + keys.vote() + ")");
        close.setFocusTraversable(false);
        close.setOnAction(e -> {
            setupShown.set(false);
            refocus.run();
        });
        Label problem = new Label();
        problem.setId("classroom-problem");
        problem.getStyleClass().add("classroom-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(30 * 16);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox card = new VBox(title, what, on, addresses, problem, new HBox(8, start, close));
        card.setId("classroom-setup");
        card.getStyleClass().add("classroom-card");
        return card;
    }

    private VBox joinCard(Keys keys) {
        Button hide = new Button("Hide (" + keys.vote() + ")");
        hide.setFocusTraversable(false);
        hide.setOnAction(e -> {
            joinShown.set(false);
            refocus.run();
        });
        Button end = new Button("End the vote");
        end.setId("classroom-end");
        end.setFocusTraversable(false);
        end.setOnAction(e -> {
            model.stop();
            refocus.run();
        });
        HBox buttons = new HBox(8, hide, end);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox card = new VBox(new JoinCard(model), buttons);
        card.getStyleClass().add("classroom-join-frame");
        return card;
    }

    private VBox corner(Keys keys) {
        Label joinLine = new Label();
        joinLine.setId("classroom-join-line");
        joinLine.getStyleClass().add("classroom-join-line");
        // Beside the votes on a 1024-pixel projector it is longer than its room: on two lines, never cut short.
        joinLine.setWrapText(true);
        joinLine.setMinHeight(Region.USE_PREF_SIZE);
        joinLine.textProperty().bind(Bindings.createStringBinding(() -> model.roomProperty().get()
                .map(r -> "Join at " + stripSlash(model.urlProperty().get()) + "  \u00b7  PIN " + r.pin() + "  \u00b7  "
                        + JoinCard.joinedText(model.roomProperty().get()).toLowerCase(java.util.Locale.ROOT))
                .orElse(""), model.roomProperty(), model.urlProperty()));
        joinLine.visibleProperty().bind(model.statusProperty().isEqualTo(ClassVoteModel.Status.ON).and(joinShown.not()));
        joinLine.managedProperty().bind(joinLine.visibleProperty());
        Button letVote = new Button("Let the class vote (" + keys.vote() + ")");
        letVote.setId("classroom-let-vote");
        letVote.getStyleClass().add("classroom-let-vote");
        letVote.setFocusTraversable(false);
        letVote.setOnAction(e -> toggleVote());
        letVote.visibleProperty().bind(model.statusProperty().isNotEqualTo(ClassVoteModel.Status.ON)
                .and(setupShown.not()));
        letVote.managedProperty().bind(letVote.visibleProperty());
        Label hint = new Label(keys.votes() + " votes  \u00b7  " + keys.again() + " vote again  \u00b7  " + keys.report()
                + " report");
        hint.getStyleClass().add("classroom-note");
        hint.visibleProperty().bind(model.statusProperty().isEqualTo(ClassVoteModel.Status.ON));
        hint.managedProperty().bind(hint.visibleProperty());
        HistogramView histogram = new HistogramView(model);
        histogram.setMaxWidth(26 * 16);
        VBox lines = new VBox(6, new VoteCount(model), joinLine, hint, letVote);
        lines.setAlignment(Pos.BOTTOM_LEFT);
        lines.setMinWidth(0);
        // The votes beside the lines: a row under the canvas, as short as it can be.
        HBox row = new HBox(12, histogram, lines);
        row.setAlignment(Pos.BOTTOM_LEFT);
        VBox corner = new VBox(row);
        corner.setId("classroom-corner");
        corner.getStyleClass().add("classroom-corner");
        corner.setPickOnBounds(false);
        corner.setAlignment(Pos.BOTTOM_LEFT);
        return corner;
    }

    private VBox reportCard(Keys keys) {
        Button close = new Button("Close (" + keys.report() + ")");
        close.setFocusTraversable(false);
        close.setOnAction(e -> {
            reportShown.set(false);
            refocus.run();
        });
        VBox card = new VBox(8, report, close);
        card.getStyleClass().add("classroom-join-frame");
        return card;
    }

    private void loadAddresses() {
        tasks.submit(BindAddresses::list, list -> {
            BindAddresses.Choice was = addresses.getValue();
            addresses.getItems().setAll(list);
            addresses.setValue(was != null && list.contains(was) ? was : list.get(0));
        }, failure -> addresses.getItems().setAll(BindAddresses.loopback()));
    }

    private static void show(Region card, javafx.beans.value.ObservableBooleanValue when) {
        card.visibleProperty().bind(when);
        card.managedProperty().bind(when);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
