/**
 * The NetworkPolicy engine: answers "can A reach B on this port, and why?" with exact
 * networking.k8s.io/v1 semantics. Pure Java: it imports nothing from the app's other packages,
 * nothing from JavaFX, and does no I/O. Everything else (canvas, lessons, quiz, presenter, CLI)
 * asks it.
 */
package io.netpoldojo.engine;
