/**
 * The drawing: {@link io.netpoldojo.ui.playground.canvas.CanvasView} scrolls and zooms the
 * namespace zones and endpoint cards and keeps them in step with the model; its arrows
 * (verdict, geometry, shown or not, selected) are kept by {@code CanvasArrows}; what the mouse
 * does (drag cards and zones, context menus, the arrow under the pointer) is in
 * {@code CardDragging}, {@code CanvasMenus} and {@code ArrowHover}. Painting the arrows is left
 * to the {@code arrows} package; the model hears only of finished edits.
 */
package io.netpoldojo.ui.playground.canvas;
