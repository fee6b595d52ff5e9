/**
 * Recording a live Playground session as a demo: {@link io.netpoldojo.ui.present.record.DemoRecorder}
 * follows the Playground's model (each policy applied or removed, each "ask the class" about an
 * arrow, becomes a step) and writes the demo and its canvas to the user's {@code demos/} folder as
 * it goes; {@link io.netpoldojo.ui.present.record.RecordControls} is the button, menu item and
 * title dialog the Playground shows. May depend on the Playground's model, content, workspace and
 * userdata; Present lists and plays what it saves.
 */
package io.netpoldojo.ui.present.record;
