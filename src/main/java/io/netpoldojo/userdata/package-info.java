/**
 * Per-user storage: where the user's folder is, how files in it are written so that a crash
 * never leaves a torn file, and the user's settings. Plain Java: it depends on SnakeYAML and the
 * JDK only, never on JavaFX or the other packages, so the CLI and tests can use it too.
 */
package io.netpoldojo.userdata;
