/**
 * The Playground's view-model: {@link io.netpoldojo.ui.playground.model.PlaygroundModel} holds the
 * current workspace with undo and redo, the selection and view toggles, the step position, and
 * the {@link io.netpoldojo.ui.playground.model.Evaluation} of it all, recomputed on every change.
 * Observable properties and commands only: no nodes. Depends on the engine and the workspace.
 */
package io.netpoldojo.ui.playground.model;
