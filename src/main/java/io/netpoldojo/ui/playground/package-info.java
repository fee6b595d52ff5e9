/**
 * The Playground place and the read-only diagram the other places embed. This package only puts
 * the parts together: {@link io.netpoldojo.ui.playground.PlaygroundPlace} (the place, its toolbar,
 * menus and keys), {@link io.netpoldojo.ui.playground.PlaygroundView} (the palette, canvas and
 * panels side by side) and {@link io.netpoldojo.ui.playground.DiagramView} (a canvas with a
 * stepper, for lessons, quiz cards and the classroom). The parts live in sub-packages:
 * {@code model} (state and commands, no nodes), {@code canvas} (the drawing and what the mouse
 * does to it), {@code arrows} (how arrows look and are painted), {@code raster} (the software
 * painter behind them), {@code panels} (the policy editor, truth table, palette, explanation and
 * edit dialogs) and {@code files} (open, save, export and autosave).
 */
package io.netpoldojo.ui.playground;
