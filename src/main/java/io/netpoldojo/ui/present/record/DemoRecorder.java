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

    /**
     * A saved demo: its id, title and file, how many steps and questions it has, and a warning when
     * it may not replay exactly as the Playground showed it (empty when it will).
     */
    public record Saved(String id, String title, Path file, int steps, long questions, String warning) {}

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
    /** The cluster's namespaces and endpoints when the recording began: the demo replays on the last ones. */
    private Object canvasAtStart = List.of();

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
        canvasAtStart = canvasShape(m);
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
        String warning = warning(r, !canvasAtStart.equals(canvasShape(playground.get())));
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
                snapshot.demo().steps().stream().filter(s -> s.question().isPresent()).count(), warning))),
                e -> {
                    problem.set("The demo could not be saved to " + files.demoFile(id) + ": " + e.getMessage()
                            + ". The recording so far is in " + files.demoFile(working) + ".");
                    done.accept(Optional.empty());
                });
    }

    /**
     * Why the demo may show other arrows than the Playground did: it replays every step on the
     * canvas as it is when the recording stops, and keeps one text per policy.
     */
    private static String warning(Recording r, boolean canvasChanged) {
        List<String> why = new ArrayList<>();
        if (canvasChanged) {
            why.add("pods or namespaces were added, removed, relabelled or moved to another namespace while"
                    + " recording, and every step replays on the canvas as it is now");
        }
        if (r.steps().stream().anyMatch(s -> s.title().startsWith("Change "))) {
            why.add("a policy's text was edited while it was applied, and every step uses its last text");
        }
        return why.isEmpty() ? "" : "Earlier steps may show other arrows than you saw: " + String.join("; ", why) + ".";
    }

    /** What the demo's arrows depend on besides the policies: the namespaces and endpoints, not where they are drawn. */
    private static Object canvasShape(PlaygroundModel m) {
        return List.of(m.evaluation().cluster().namespaces(), m.evaluation().cluster().endpoints());
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
