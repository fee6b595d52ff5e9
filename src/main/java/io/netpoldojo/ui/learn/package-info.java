/**
 * The Learn place: the lesson list with search and reading progress, and a lesson page that
 * renders the lesson Markdown subset, callouts, read-only YAML and live diagrams. The pure parts
 * (the Markdown reader, lesson search, the progress file) import nothing from JavaFX, and a test
 * keeps it so; the views are bound to {@link io.netpoldojo.ui.learn.LearnModel}. May depend on
 * content, workspace, userdata and the rest of ui, never on cli.
 */
package io.netpoldojo.ui.learn;
