package io.netpoldojo.ui.classroom;

import io.netpoldojo.classroom.BindAddresses;
import io.netpoldojo.classroom.ClassReport;
import io.netpoldojo.classroom.ClassroomServer;
import io.netpoldojo.classroom.Phase;
import io.netpoldojo.classroom.Poll;
import io.netpoldojo.classroom.QrCode;
import io.netpoldojo.classroom.Reveal;
import io.netpoldojo.classroom.Room;
import io.netpoldojo.classroom.RoomSnapshot;
import io.netpoldojo.classroom.ServerLimits;
import io.netpoldojo.classroom.StageFeed;
import io.netpoldojo.classroom.Tokens;
import io.netpoldojo.ui.TaskRunner;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The class vote as the teacher's app sees it: whether it is on, where students join, and the
 * room's latest state for the views to bind to. Commands are called on the JavaFX thread and
 * return at once: starting and stopping the server run on the task runner, the room's commands
 * touch memory only, and the room's changes come back through a {@link StageFeed}, at most one
 * delivery waiting. Any fault in the vote turns it off with a message; the stage goes on.
 */
public final class ClassVoteModel {
    /** Where the vote is. */
    public enum Status { OFF, STARTING, ON, FAILED }

    /** Starts a server for a room; the app's binds to the teacher's address with the classroom limits. */
    @FunctionalInterface
    public interface Starter {
        ClassroomServer start(Room room, InetAddress address) throws IOException;
    }

    public static final Starter SERVER = (room, address) -> ClassroomServer.start(room, address, 0,
            ServerLimits.CLASSROOM);

    private static final System.Logger LOG = System.getLogger(ClassVoteModel.class.getName());
    private final TaskRunner tasks;
    private final Executor fxThread;
    private final Starter starter;
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.OFF);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper url = new ReadOnlyStringWrapper(this, "url", "");
    private final ReadOnlyObjectWrapper<Optional<QrCode>> qr = new ReadOnlyObjectWrapper<>(this, "qr", Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<RoomSnapshot>> room =
            new ReadOnlyObjectWrapper<>(this, "room", Optional.empty());
    private final ReadOnlyBooleanWrapper histogramShown = new ReadOnlyBooleanWrapper(this, "histogramShown", false);
    private Optional<Running> running = Optional.empty();
    private final ReadOnlyObjectWrapper<Optional<Poll>> asked = new ReadOnlyObjectWrapper<>(this, "asked", Optional.empty());

    /** A room on the network. */
    private record Running(Room room, ClassroomServer server, StageFeed feed) {}

    /**
     * @param fxThread runs the room's changes on the JavaFX thread ({@code Platform::runLater} in the app)
     */
    public ClassVoteModel(TaskRunner tasks, Executor fxThread, Starter starter) {
        this.tasks = tasks;
        this.fxThread = fxThread;
        this.starter = starter;
    }

    // ---- state -----------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the vote is off, in a sentence for the teacher; empty when nothing went wrong. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The address students open ({@code http://192.168.1.20:8765/}); empty while off. */
    public ReadOnlyStringProperty urlProperty() {
        return url.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<QrCode>> qrProperty() {
        return qr.getReadOnlyProperty();
    }

    /** The room's latest state (PIN, who joined, the votes), on the JavaFX thread; empty while off. */
    public ReadOnlyObjectProperty<Optional<RoomSnapshot>> roomProperty() {
        return room.getReadOnlyProperty();
    }

    /** Whether the stage shows the votes per choice (the teacher's key); hidden again for every new question. */
    public ReadOnlyBooleanProperty histogramShownProperty() {
        return histogramShown.getReadOnlyProperty();
    }

    /** The question on the stage now, whether or not the vote is on; it is put to the class when the vote starts. */
    public ReadOnlyObjectProperty<Optional<Poll>> askedProperty() {
        return asked.getReadOnlyProperty();
    }

    public boolean isOn() {
        return status.get() == Status.ON;
    }

    // ---- starting and stopping -------------------------------------------------------------------

    /** Puts a new room on {@code where}, with a new PIN. Returns at once; the status says when it is on. */
    public void start(BindAddresses.Choice where) {
        if (status.get() == Status.STARTING || status.get() == Status.ON) {
            return;
        }
        status.set(Status.STARTING);
        problem.set("");
        Room newRoom = new Room(Tokens.secure());
        StageFeed feed = new StageFeed(fxThread, snapshot -> show(newRoom, snapshot));
        newRoom.addListener(feed);
        tasks.submit(() -> starter.start(newRoom, where.address()), server -> {
            if (status.get() != Status.STARTING) {
                // Stopped while it was starting: do not leave it running.
                stopInBackground(server);
                return;
            }
            running = Optional.of(new Running(newRoom, server, feed));
            url.set(server.url().toString());
            qr.set(Optional.of(QrCode.of(server.url().toString())));
            status.set(Status.ON);
            room.set(Optional.of(newRoom.snapshot()));
            asked.get().ifPresent(p -> guarded(r -> r.ask(p)));
        }, failure -> {
            if (status.get() == Status.STARTING) {
                status.set(Status.FAILED);
                problem.set("The class vote could not start on " + where.address().getHostAddress() + ": "
                        + failure.getMessage());
            }
        });
    }

    /** Ends the vote: every phone is told, the port closes. Returns at once. */
    public void stop() {
        Optional<Running> was = running;
        running = Optional.empty();
        was.ifPresent(r -> {
            r.room().removeListener(r.feed());
            stopInBackground(r.server());
        });
        status.set(Status.OFF);
        url.set("");
        qr.set(Optional.empty());
        room.set(Optional.empty());
        histogramShown.set(false);
    }

    private void stopInBackground(ClassroomServer server) {
        tasks.submit(() -> {
            server.stop();
            return true;
        }, done -> { }, failure -> LOG.log(System.Logger.Level.WARNING, "the class vote did not stop cleanly", failure));
    }

    // ---- the stage's commands --------------------------------------------------------------------

    /** Puts a question to the class (round 1, or where it was left if asked before). Remembered while off. */
    public void ask(Poll poll) {
        if (asked.get().map(p -> !p.id().equals(poll.id())).orElse(true)) {
            histogramShown.set(false);
            asked.set(Optional.of(poll));
        }
        guarded(r -> r.ask(poll));
    }

    /** No question on the stage. */
    public void toLobby() {
        asked.set(Optional.empty());
        histogramShown.set(false);
        guarded(Room::toLobby);
    }

    /** Closes the round and shows the votes on the stage. */
    public void showVotes() {
        guarded(Room::closeVoting);
        histogramShown.set(isOn());
    }

    public void hideVotes() {
        histogramShown.set(false);
    }

    /** "Discuss with your neighbour and vote again". */
    public void secondRound() {
        histogramShown.set(false);
        guarded(Room::secondRound);
    }

    public void reveal(Reveal reveal) {
        guarded(r -> r.reveal(reveal));
    }

    public void hideAnswer() {
        guarded(Room::hideAnswer);
    }

    /** The class report so far; empty while the vote is off. */
    public Optional<ClassReport> report() {
        return running.map(r -> r.room().report());
    }

    // ---- inside ----------------------------------------------------------------------------------

    private void show(Room from, RoomSnapshot snapshot) {
        // A late delivery from a room that has since stopped is dropped.
        if (running.map(r -> r.room() == from).orElse(false)) {
            room.set(Optional.of(snapshot));
        }
    }

    /** Runs a room command; a fault in the vote turns it off with a message instead of reaching the stage. */
    private void guarded(Consumer<Room> command) {
        running.ifPresent(r -> {
            try {
                command.accept(r.room());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "the class vote failed", e);
                stop();
                status.set(Status.FAILED);
                problem.set("The class vote stopped after an error: " + e.getMessage());
            }
        });
    }
}
