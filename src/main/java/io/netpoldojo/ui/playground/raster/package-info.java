/**
 * A painter of arrows for software rendering: a {@link io.netpoldojo.ui.playground.raster.RasterPicture}
 * recorded on the JavaFX thread is painted by {@link io.netpoldojo.ui.playground.raster.ArrowRaster}
 * (tile by tile, on all cores) on a thread of its own, and shown by a
 * {@link io.netpoldojo.ui.playground.raster.RasterSheet} a few frames later. Plain numbers in,
 * pixels out; it knows nothing of arrows' meaning.
 */
package io.netpoldojo.ui.playground.raster;
