/**
 * The files a canvas lives in: New, Open, Save, Save As and Export for cluster
 * ({@link io.netpoldojo.ui.playground.files.CanvasFiles}), and the autosave that brings the canvas
 * back after a crash ({@link io.netpoldojo.ui.playground.files.Autosave}). Writes are atomic; a
 * damaged file is set aside, never overwritten.
 */
package io.netpoldojo.ui.playground.files;
