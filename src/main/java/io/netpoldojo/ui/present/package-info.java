/**
 * Present mode: classroom demos played step by step on a full-screen stage, with big type, thick
 * arrows and predict-then-reveal questions answered by the engine. The stage is the Playground's
 * own read-only canvas ({@link io.netpoldojo.ui.playground.DiagramView}) under a root style class;
 * {@link io.netpoldojo.ui.present.Presentation} is its view-model. May depend on the rest of ui,
 * content, workspace and engine.
 */
package io.netpoldojo.ui.present;
