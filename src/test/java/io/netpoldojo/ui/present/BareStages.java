package io.netpoldojo.ui.present;

import io.netpoldojo.content.Content;
import io.netpoldojo.content.Demo;
import io.netpoldojo.ui.ShortcutRegistry;
import io.netpoldojo.ui.playground.DiagramView;
import io.netpoldojo.userdata.ThemeMode;
import io.netpoldojo.workspace.PolicyDrafts;
import javafx.beans.property.SimpleObjectProperty;

/** A demo's stage built as the Present place builds it, without the place around it (FX thread only). */
final class BareStages {
    private BareStages() {}

    /** A demo's presentation and the stage that shows it. */
    record Built(Presentation presentation, StageView view) {}

    /** The stage of a demo at its first step, in the light theme, with window actions that do nothing. */
    static Built of(Content content, Demo demo) {
        Script script = Script.ofDemo(demo, content.scenario(demo.scenario()).orElseThrow(), new PolicyDrafts());
        DiagramView diagram = new DiagramView(script.workspaceAt(0));
        Presentation presentation = new Presentation(script, diagram.model());
        return new Built(presentation, new StageView(presentation, diagram, new ShortcutRegistry(), PresentPlace.ID, new ControlBar.Actions() {
            @Override
            public void leave() {
            }

            @Override
            public void toggleFullScreen() {
            }

            @Override
            public void toggleTheme() {
            }
        }, new SimpleObjectProperty<>(ThemeMode.LIGHT)));
    }
}
