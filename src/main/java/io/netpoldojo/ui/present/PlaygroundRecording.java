package io.netpoldojo.ui.present;

import io.netpoldojo.content.Demo;
import io.netpoldojo.ui.AppContext;
import io.netpoldojo.ui.playground.PlaygroundPlace;
import io.netpoldojo.ui.present.record.DemoRecorder;
import io.netpoldojo.ui.present.record.RecordControls;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Present's part in the Playground: "Record as demo" (Canvas menu, and the indicator over the
 * canvas), put into the Playground when the app builds it, so it is there whether or not Present
 * has been opened yet. A saved demo is announced with "Present it now", which opens Present on it.
 */
public final class PlaygroundRecording {
    private PlaygroundRecording() {}

    /** Puts the recorder's controls into a Playground that has just been built; returns it. */
    public static PlaygroundPlace install(AppContext context, PlaygroundPlace playground) {
        DemoRecorder recorder = new DemoRecorder(playground::model, context.dataDir().path(), context.tasks(),
                Clock.systemDefaultZone(), () -> builtInIds(context));
        RecordControls controls = new RecordControls(recorder, saved -> RecordControls.announce(saved,
                playground.view(), () -> {
                    context.showPlace(PresentPlace.ID);
                    context.places().find(PresentPlace.ID).map(PresentPlace.class::cast)
                            .ifPresent(present -> present.presentOwn(saved.id()));
                }));
        playground.addControls(controls.canvasOverlays(), controls.canvasMenuItems());
        return playground;
    }

    private static Set<String> builtInIds(AppContext context) {
        return context.content().contentProperty().get().map(c -> c.demos().stream().map(Demo::id)
                .collect(Collectors.toSet())).orElse(Set.of());
    }
}
