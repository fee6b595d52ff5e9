/**
 * "What if ...?" follow-up questions generated from a scenario, the way an interviewer varies one:
 * drop {@code policyTypes}, split an AND peer, remove the DNS egress rule, add a second policy, use
 * a named port, add a default deny in the other namespace. Each change is applied to a copy of the
 * cluster and the engine answers the question on it, so the answer and its reason are the engine's.
 * Plain Java over the engine and the content model (no JavaFX), table-tested without a screen.
 */
package io.netpoldojo.ui.drill.whatif;
