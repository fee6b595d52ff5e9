/**
 * The drawing: {@link io.netpoldojo.ui.playground.canvas.CanvasView} scrolls and zooms it and wires
 * the parts together. Its parts: the zone and card nodes, kept in step with the workspace, are
 * {@code CardsAndZones}'s ({@code ZoneNode}, {@code EndpointNode}); how large the drawing is and the
 * holder the scroll pane scrolls, {@code DrawingSize}'s; the arrows (verdict, route between the
 * cards, shown or not, selected, lifted, marked) are kept by {@code CanvasArrows}; what the mouse
 * does (drag cards and zones, context menus, the arrow under the pointer) is in
 * {@code CardDragging}, {@code CanvasMenus} and {@code ArrowHover}; the traffic's timing is
 * {@code TrafficFlow}'s. Painting the arrows is left to the {@code arrows} package; the model
 * hears only of finished edits.
 */
package io.netpoldojo.ui.playground.canvas;
