/**
 * The JavaFX desktop app: views bound to view-models. It asks the engine for every answer and
 * never imports the CLI.
 */
package io.netpoldojo.ui;
