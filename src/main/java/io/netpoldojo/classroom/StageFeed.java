package io.netpoldojo.classroom;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands the room's changes to the stage's thread without ever flooding it: the room may change a
 * few hundred times a second while a class votes, but the stage thread has at most one delivery
 * waiting, and it always carries the newest snapshot. Listen to a {@link Room} with it.
 */
public final class StageFeed implements Consumer<RoomSnapshot> {
    private final Executor stageThread;
    private final Consumer<RoomSnapshot> stage;
    private final AtomicReference<RoomSnapshot> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    /**
     * @param stageThread runs the deliveries (the JavaFX thread in the app)
     * @param stage       receives the newest snapshot on that thread
     */
    public StageFeed(Executor stageThread, Consumer<RoomSnapshot> stage) {
        this.stageThread = stageThread;
        this.stage = stage;
    }

    @Override
    public void accept(RoomSnapshot snapshot) {
        latest.accumulateAndGet(snapshot, (old, now) -> old == null || now.version() > old.version() ? now : old);
        if (scheduled.compareAndSet(false, true)) {
            stageThread.execute(this::deliver);
        }
    }

    private void deliver() {
        // Cleared before reading: a change that lands after the read schedules the next delivery.
        scheduled.set(false);
        stage.accept(latest.get());
    }
}
