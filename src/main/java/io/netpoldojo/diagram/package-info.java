/**
 * Diagrams of a workspace, without a screen: where cards, zones and arrows go (the one layout
 * every part of the app and the {@code render} command share) and the geometry of the curves
 * arrows are drawn as. Plain Java: it uses the workspace and the engine's model, never JavaFX, so
 * the CLI can draw what the app shows.
 */
package io.netpoldojo.diagram;
