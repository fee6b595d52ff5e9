/**
 * How arrows look and are painted. An {@link io.netpoldojo.ui.playground.arrows.Arrow} is not a
 * node but a verdict with a curve and a few display states; {@link
 * io.netpoldojo.ui.playground.arrows.ArrowLayer} paints them all, in the looks the stylesheets
 * give them (read through invisible samples by {@code ArrowLooks}), in groups of one look
 * ({@code ArrowGroup}), onto JavaFX canvases ({@code CanvasSurface}) and the sheets of the
 * {@code raster} package ({@code PictureSurface}), at the resolution {@code PaintScale} works out;
 * the halos and words of an edit's change are {@code ChangeShown}'s. Knows nothing of cards or
 * the model.
 */
package io.netpoldojo.ui.playground.arrows;
