/**
 * How arrows look and are painted. An {@link io.netpoldojo.ui.playground.arrows.Arrow} is not a
 * node but a verdict with a curve and a few display states; {@link
 * io.netpoldojo.ui.playground.arrows.ArrowLayer} paints them all, in the looks the stylesheets
 * give them (read through invisible samples by {@code ArrowLooks}), onto JavaFX canvases and the
 * sheets of the {@code raster} package. Knows nothing of cards or the model.
 */
package io.netpoldojo.ui.playground.arrows;
