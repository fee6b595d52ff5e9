/**
 * Building policies instead of reading them: intent-to-policy synthesis (the allowed connections
 * in, NetworkPolicies with a sentence per rule and a proof out) and the canvas's small edits as
 * pure operations (allow this arrow, isolate, allow DNS, allow from this namespace only), each
 * returning the policies it adds or changes and the arrows that open or close. Plain Java beside
 * the engine: it asks the engine to check every result and the manifest writer for YAML; it never
 * touches JavaFX, files or the UI.
 */
package io.netpoldojo.synthesis;
