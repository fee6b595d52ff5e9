/**
 * What a person builds on the canvas: namespaces as zones, endpoints at positions, and an ordered
 * list of policies kept as the YAML text the person wrote. Immutable snapshots, so undo/redo is a
 * stack of values and autosave writes whatever is current. Plain Java: it uses the engine and the
 * manifest loader, never JavaFX.
 */
package io.netpoldojo.workspace;
