/**
 * The content layer: lessons, quiz cards, scenarios, demos and recipes read from the YAML under
 * {@code content/}, validated as they load (every problem a {@code file:line:col: path: message}
 * diagnostic) and checked against the engine: a scenario's expectations, a card's model answer.
 *
 * <p>Depends on {@code io.netpoldojo.engine}, {@code io.netpoldojo.manifest} (scenario manifests,
 * policies in recipes and answers) and SnakeYAML node trees only; no JavaFX, and it prints nothing.
 */
package io.netpoldojo.content;
