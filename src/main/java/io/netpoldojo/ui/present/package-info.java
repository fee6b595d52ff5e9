/**
 * Present mode: classroom demos played step by step on a full-screen stage, with big type, thick
 * arrows and predict-then-reveal questions answered by the engine. The stage is the Playground's
 * own read-only canvas ({@link io.netpoldojo.ui.playground.DiagramView}) under a root style class;
 * {@link io.netpoldojo.ui.present.Presentation} is its view-model, and the one the presenter window
 * (on the teacher's screen: {@code presenter.fxml}, {@link io.netpoldojo.ui.present.PresenterModel})
 * binds to as well. {@code Spoilers} decides what the stage hides until a question is revealed.
 *
 * <p>A part that joins the stage (a class vote, say) listens to
 * {@link io.netpoldojo.ui.present.Presentation#askProperty()}: the question, its choices and
 * whether it has been revealed, never the answer before that. May depend on the rest of ui,
 * content, workspace and engine.
 */
package io.netpoldojo.ui.present;
