package io.netpoldojo.ui.playground.model;

import io.netpoldojo.workspace.Workspace;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Playground's undo and redo stacks: each step is the workspace before it, so undoing is
 * putting a value back. Steps with the same non-empty coalesce key in a row (typing in one policy)
 * are one step.
 */
final class UndoHistory {
    static final int LIMIT = 200;

    /** One undoable step: its description and the workspace before it. */
    record Edit(String description, Workspace before, String coalesceKey) {}

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper("");

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    /** Records a new step taken from {@code before}; the redo stack is dropped. */
    void record(String description, String coalesceKey, Workspace before) {
        Edit last = undo.peek();
        if (coalesceKey.isEmpty() || last == null || !coalesceKey.equals(last.coalesceKey())) {
            undo.push(new Edit(description, before, coalesceKey));
            while (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        redo.clear();
    }

    /** The step to undo, if any, having kept {@code now} for redo. */
    Optional<Edit> undo(Workspace now) {
        Edit e = undo.poll();
        if (e != null) {
            redo.push(new Edit(e.description(), now, ""));
        }
        return Optional.ofNullable(e);
    }

    /** The step to redo, if any, having kept {@code now} for undo. */
    Optional<Edit> redo(Workspace now) {
        Edit e = redo.poll();
        if (e != null) {
            undo.push(new Edit(e.description(), now, ""));
        }
        return Optional.ofNullable(e);
    }

    void clear() {
        undo.clear();
        redo.clear();
    }

    /** Brings the properties up to date with the stacks. */
    void refresh() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoDescription.set(undo.isEmpty() ? "" : undo.peek().description());
        redoDescription.set(redo.isEmpty() ? "" : redo.peek().description());
    }
}
