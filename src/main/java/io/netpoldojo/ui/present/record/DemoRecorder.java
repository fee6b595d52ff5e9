package io.netpoldojo.ui.present.record;

import io.netpoldojo.engine.model.ClusterNetworkPolicy;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.ui.TaskRunner;
import io.netpoldojo.ui.playground.model.Evaluation;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.workspace.Connection;
import io.netpoldojo.workspace.PolicyDraft;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;

/**
 * Records the Playground as a demo, the view-model behind "Record as demo": while it records, it
 * listens to the Playground's evaluation (each policy applied or removed is a step) and takes
 * "Ask the class about this arrow" from the arrows' menus. Every step is written to the user's
 * folder as it happens ({@link RecordingFiles}), as a demo that loads, so a crash loses nothing:
 * the next start lists it as an unfinished recording. Stopping saves it under the teacher's title.
 */
public final class DemoRecorder {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    /** A saved demo: its id, title and file, and how many steps and questions it has. */
    public record Saved(String id, String title, Path file, int steps, long questions) {}

    private final Supplier<PlaygroundModel> playground;
    private final RecordingFiles files;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Supplier<Set<String>> builtInIds;
    private final ReadOnlyBooleanWrapper recording = new ReadOnlyBooleanWrapper(this, "recording", false);
    private final ReadOnlyIntegerWrapper steps = new ReadOnlyIntegerWrapper(this, "steps", 0);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private Optional<Recording> current = Optional.empty();
    private final ChangeListener<Evaluation> follow = (o, was, now) -> follow();
    private long sequence;

    /**
     * @param home       the user's folder; demos go in its {@code demos/}
     * @param builtInIds the ids of the app's own demos, which a saved demo must not take
     */
    public DemoRecorder(Supplier<PlaygroundModel> playground, Path home, TaskRunner tasks, Clock clock,
                        Supplier<Set<String>> builtInIds) {
        this.playground = playground;
        this.files = new RecordingFiles(home);
        this.tasks = tasks;
        this.clock = clock;
        this.builtInIds = builtInIds;
    }

    public ReadOnlyBooleanProperty recordingProperty() {
        return recording.getReadOnlyProperty();
    }

    /** How many steps the recording has so far. */
    public ReadOnlyIntegerProperty stepsProperty() {
        return steps.getReadOnlyProperty();
    }

    /** A sentence when the recording could not be written; empty while all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether anything was applied, removed or asked since the recording began. */
    public boolean recordedSomething() {
        return current.map(Recording::recordedSomething).orElse(false);
    }

    /** Starts recording what the Playground does from now on. */
    public void start() {
        if (current.isPresent()) {
            return;
        }
        PlaygroundModel m = playground.get();
        LocalDateTime now = LocalDateTime.now(clock);
        String id = files.freeId("recording-" + now.format(STAMP), builtInIds.get(), "");
        Recording r = Recording.start(id, now, inForce(m.evaluation()));
        current = Optional.of(r);
        m.evaluationProperty().addListener(follow);
        m.askTheClassProperty().set(Optional.of(this::ask));
        recording.set(true);
        problem.set("");
        written(r);
    }

    /** A question about one arrow, on one of its ports: "can from reach to on port?". */
    public void ask(Connection c, Port port) {
        current.ifPresent(r -> {
            r.ask(c.fromId(), c.toId(), port);
            written(r);
        });
    }

    /**
     * Stops recording and saves the demo under {@code title}; {@code done} gets it once it is on
     * disk. A recording in which nothing happened is thrown away, and {@code done} gets nothing.
     */
    public void stop(String title, Consumer<Optional<Saved>> done) {
        if (current.isEmpty()) {
            return;
        }
        Recording r = current.get();
        detach();
        String working = r.id();
        if (!r.recordedSomething()) {
            tasks.submit(() -> {
                files.delete(working);
                return working;
            }, x -> done.accept(Optional.empty()), e -> done.accept(Optional.empty()));
            return;
        }
        String id = files.freeId(title, builtInIds.get(), working);
        RecordingFiles.Snapshot snapshot = snapshot(r, id, title.isBlank() ? r.unfinishedTitle() : title.strip());
        long seq = ++sequence;
        tasks.submit(() -> {
            files.write(seq, snapshot);
            if (!id.equals(working)) {
                // Only once the demo is safe under its title: a crash in between leaves two copies, not none.
                files.delete(working);
            }
            return files.demoFile(id);
        }, file -> done.accept(Optional.of(new Saved(id, snapshot.demo().title(), file, snapshot.demo().steps().size(),
                snapshot.demo().steps().stream().filter(s -> s.question().isPresent()).count()))),
                e -> {
                    problem.set("The demo could not be saved to " + files.demoFile(id) + ": " + e.getMessage()
                            + ". The recording so far is in " + files.demoFile(working) + ".");
                    done.accept(Optional.empty());
                });
    }

    private void detach() {
        PlaygroundModel m = playground.get();
        m.evaluationProperty().removeListener(follow);
        m.askTheClassProperty().set(Optional.empty());
        current = Optional.empty();
        recording.set(false);
        steps.set(0);
    }

    private void follow() {
        current.ifPresent(r -> {
            if (r.follow(inForce(playground.get().evaluation()))) {
                written(r);
            }
        });
    }

    /** Writes the recording as it stands, in the background; the newest write wins. */
    private void written(Recording r) {
        steps.set(r.steps().size());
        RecordingFiles.Snapshot snapshot = snapshot(r, r.id(), r.unfinishedTitle());
        long seq = ++sequence;
        tasks.submit(() -> {
            files.write(seq, snapshot);
            return seq;
        }, ok -> { }, e -> problem.set("The recording could not be written to " + files.demoFile(r.id()) + ": "
                + e.getMessage()));
    }

    private RecordingFiles.Snapshot snapshot(Recording r, String id, String title) {
        return new RecordingFiles.Snapshot(r.demo(id, title), playground.get().workspace(), r.policyTexts());
    }

    /** The policies the Playground applies now, in its order, as a demo names them. */
    private static List<Recording.Policy> inForce(Evaluation ev) {
        List<Recording.Policy> out = new ArrayList<>();
        for (PolicyDraft d : ev.applied()) {
            NetworkPolicy p = ev.policyByDraft().get(d.key());
            ClusterNetworkPolicy c = ev.clusterPolicyByDraft().get(d.key());
            if (p != null) {
                out.add(new Recording.Policy(p.id(), p.name(), d.yaml()));
            } else if (c != null) {
                out.add(new Recording.Policy(c.name(), c.name(), d.yaml()));
            }
        }
        return out;
    }
}
