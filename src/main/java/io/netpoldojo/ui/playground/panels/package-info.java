/**
 * The panels around the canvas: the policy list and YAML editor with the recipe library, the
 * truth table, the palette cards are dragged from, the explanation card of a clicked arrow, and
 * the small dialogs that rename and relabel. Each binds to the
 * {@link io.netpoldojo.ui.playground.model.PlaygroundModel} and calls its commands.
 */
package io.netpoldojo.ui.playground.panels;
