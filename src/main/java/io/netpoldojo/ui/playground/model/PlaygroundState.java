package io.netpoldojo.ui.playground.model;

import io.netpoldojo.workspace.Connection;
import io.netpoldojo.workspace.ConnectionMap;
import io.netpoldojo.workspace.PolicyDrafts;
import io.netpoldojo.workspace.PortFilter;
import io.netpoldojo.workspace.Workspace;
import io.netpoldojo.engine.model.Port;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the Playground shows, as observable properties a view binds to: the workspace and its
 * evaluation, the last change and the status line, whether there is something to undo, the view
 * toggles, the selection and the step position. Only {@link PlaygroundModel}'s commands change
 * the read-only parts.
 */
public abstract sealed class PlaygroundState permits PlaygroundModel {
    /** -1: every enabled policy is applied; otherwise only the first N, for the step control. */
    public static final int ALL = -1;

    private final PolicyDrafts drafts;
    final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>(Workspace.EMPTY);
    final UndoHistory history = new UndoHistory();

    final ObjectProperty<PortFilter> portFilter = new SimpleObjectProperty<>(PortFilter.OWN_PORTS);
    final BooleanProperty hideDenied = new SimpleBooleanProperty(false);
    final BooleanProperty snapToGrid = new SimpleBooleanProperty(true);
    final StringProperty focusedEndpoint = new SimpleStringProperty("");
    final StringProperty selectedEndpoint = new SimpleStringProperty("");
    final ObjectProperty<Optional<Connection>> selectedConnection = new SimpleObjectProperty<>(Optional.empty());
    final StringProperty selectedPolicy = new SimpleStringProperty("");
    final IntegerProperty appliedLimit = new SimpleIntegerProperty(ALL);
    final ObjectProperty<Optional<BiConsumer<Connection, Port>>> askTheClass = new SimpleObjectProperty<>(Optional.empty());

    final ReadOnlyObjectWrapper<Evaluation> evaluation = new ReadOnlyObjectWrapper<>();
    final ReadOnlyObjectWrapper<ConnectionMap.Change> lastChange =
            new ReadOnlyObjectWrapper<>(ConnectionMap.Change.NONE);
    final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    PlaygroundState(PolicyDrafts drafts) {
        this.drafts = drafts;
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public Workspace workspace() {
        return workspace.get();
    }

    public ReadOnlyObjectProperty<Evaluation> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    public Evaluation evaluation() {
        return evaluation.get();
    }

    /** The arrows that changed with the last policy change; the canvas animates exactly these. */
    public ReadOnlyObjectProperty<ConnectionMap.Change> lastChangeProperty() {
        return lastChange.getReadOnlyProperty();
    }

    /** "applying allow-backend: opened 2, closed 0", and the like. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    public ReadOnlyStringProperty undoDescriptionProperty() {
        return history.undoDescriptionProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return history.redoDescriptionProperty();
    }

    public ObjectProperty<PortFilter> portFilterProperty() {
        return portFilter;
    }

    public BooleanProperty hideDeniedProperty() {
        return hideDenied;
    }

    public BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    /** The endpoint whose arrows alone are shown, or "" for all. */
    public StringProperty focusedEndpointProperty() {
        return focusedEndpoint;
    }

    public StringProperty selectedEndpointProperty() {
        return selectedEndpoint;
    }

    public ObjectProperty<Optional<Connection>> selectedConnectionProperty() {
        return selectedConnection;
    }

    /** The key of the policy draft shown in the editor, or "". */
    public StringProperty selectedPolicyProperty() {
        return selectedPolicy;
    }

    public IntegerProperty appliedLimitProperty() {
        return appliedLimit;
    }

    /**
     * Who takes "Ask the class about this arrow" from an arrow's menu, with the port asked about:
     * Present's demo recorder, while it records. Empty (the usual): the menu has no such item.
     */
    public ObjectProperty<Optional<BiConsumer<Connection, Port>>> askTheClassProperty() {
        return askTheClass;
    }

    public PolicyDrafts drafts() {
        return drafts;
    }
}
