/**
 * A painter of arrows for software rendering: a {@link io.netpoldojo.ui.playground.raster.RasterPicture}
 * recorded on the JavaFX thread is painted by {@link io.netpoldojo.ui.playground.raster.ArrowRaster}
 * on a thread of its own, and shown by a {@link io.netpoldojo.ui.playground.raster.RasterSheet} a
 * few frames later. {@code ArrowRaster} lays the picture out as straight pieces, triangles and
 * stamps; {@code TilePainter} sorts them into tiles and paints the tiles on all cores, the strokes
 * with {@code StrokePainter} and the fills and colour blending with {@code TilePixels}. Plain
 * numbers in, pixels out; it knows nothing of arrows' meaning.
 */
package io.netpoldojo.ui.playground.raster;
