package io.netpoldojo.ui.present;

import io.netpoldojo.classroom.Poll;
import io.netpoldojo.classroom.Reveal;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.ui.AppContext;
import io.netpoldojo.ui.classroom.ClassReportExport;
import io.netpoldojo.ui.classroom.ClassVoteModel;
import io.netpoldojo.ui.classroom.ClassVoteStage;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Present's hook for the class vote ({@code ui.classroom}): puts its layer on the stage, turns each
 * asked step into a question for the phones with its diagram drawn without the answer (round 1,
 * then the reveal with the engine's explanation and verdicts, taken back when the teacher steps
 * back) and registers its keys. The vote ends with the presentation.
 */
final class ClassVoteHook {
    static final KeyCombination VOTE = new KeyCodeCombination(KeyCode.V);
    static final KeyCombination VOTES = new KeyCodeCombination(KeyCode.H);
    static final KeyCombination AGAIN = new KeyCodeCombination(KeyCode.R);
    static final KeyCombination REPORT = new KeyCodeCombination(KeyCode.C);

    private final AppContext context;
    private final ClassVoteModel model;
    private Optional<Attached> attached = Optional.empty();

    private record Attached(Presentation presentation, ClassVoteStage layer, InvalidationListener follow,
                            VoteDiagrams diagrams) {}

    ClassVoteHook(AppContext context, String scope) {
        this.context = context;
        this.model = new ClassVoteModel(context.tasks(), Platform::runLater, ClassVoteModel.SERVER);
        context.shortcuts().register(scope, VOTE, "Let the class vote from their phones; then show or hide how to"
                + " join", () -> attached.ifPresent(a -> a.layer().toggleVote()));
        context.shortcuts().register(scope, VOTES, "Class vote: show the votes (closes the round), or hide them",
                () -> attached.ifPresent(a -> a.layer().toggleVotes()));
        context.shortcuts().register(scope, AGAIN, "Class vote: discuss with your neighbour, then vote again"
                + " (round 2)", () -> attached.ifPresent(a -> model.secondRound()));
        context.shortcuts().register(scope, REPORT, "Class vote: the class report, with CSV export",
                () -> attached.ifPresent(a -> a.layer().toggleReport()));
    }

    /** Puts the vote's layer on {@code stage} (under the blank screen) and follows {@code p}'s questions. */
    void attach(Presentation p, StageView stage) {
        detach();
        ClassVoteStage layer = new ClassVoteStage(model, context.tasks(), new ClassVoteStage.Keys(
                PresentKeys.text(VOTE), PresentKeys.text(VOTES), PresentKeys.text(AGAIN), PresentKeys.text(REPORT)),
                stage::requestFocus, () -> ClassReportExport.save(model, context.tasks(), stage));
        stage.attachVote(layer);
        InvalidationListener follow = o -> follow(p);
        p.askProperty().addListener(follow);
        VoteDiagrams diagrams = new VoteDiagrams(p.script(), p.canvas().drafts(), p.canvas().portFilterProperty().get());
        attached = Optional.of(new Attached(p, layer, follow, diagrams));
        follow(p);
    }

    /** The presentation ended: the vote ends with it. */
    void detach() {
        attached.ifPresent(a -> a.presentation().askProperty().removeListener(a.follow()));
        attached = Optional.empty();
        model.stop();
    }

    private void follow(Presentation p) {
        Optional<Presentation.AskState> ask = p.askProperty().get();
        Optional<VoteDiagrams> diagrams = attached.map(Attached::diagrams);
        if (ask.isEmpty() || diagrams.isEmpty()) {
            model.toLobby();
            return;
        }
        Presentation.AskState a = ask.get();
        model.ask(new Poll(p.script().id() + "/" + a.step(), a.question(), a.choices(),
                diagrams.get().question(a.step())));
        Optional<Verdict> verdict = p.answerProperty().get();
        if (a.revealed() && a.answer().isPresent() && verdict.isPresent()) {
            boolean yes = verdict.get().allowed();
            model.reveal(new Reveal(a.answer().get(), yes ? "\u2713 Yes: allowed" : "\u2715 No: denied",
                    verdict.get().sentences(), diagrams.get().answer(a.step())));
        } else {
            model.hideAnswer();
        }
    }
}
