package io.netpoldojo.ui.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.CardKind;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.content.Trap;
import io.netpoldojo.quiz.Attempt;
import io.netpoldojo.quiz.ManualClock;
import io.netpoldojo.quiz.Progress;
import io.netpoldojo.quiz.schedule.Rating;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The drill's rules without a window: what an attempt records, and which card comes next. */
class DrillModelTest {
    private static Content content;
    private final ManualClock clock = ManualClock.morning();
    private final List<Attempt> recorded = new ArrayList<>();
    private Progress progress = Progress.EMPTY;
    private DrillModel model;

    @BeforeAll
    static void load() {
        content = new ContentLoader().load(Path.of("content"));
    }

    @BeforeEach
    void open() {
        model = new DrillModel(clock, () -> progress, a -> {
            recorded.add(a);
            progress = progress.record(a, LocalDate.now(clock));
        });
        model.setContent(content);
    }

    private void answer(String cardId, String text, Duration took) {
        model.choose(content.explainCard(cardId).orElseThrow());
        model.start();
        clock.advance(took);
        model.answerProperty().set(text);
        model.check();
    }

    @Test
    void anAttemptRecordsTheLearnersRatingTheShareOfPointsTheTimeAndTheTrapOfAMyth() {
        answer("explain-what-are-netpols", "Policies are stateful. kube-proxy enforces them.", Duration.ofSeconds(50));
        model.rate(Rating.HARD);
        Attempt a = recorded.get(0);
        assertEquals("explain-what-are-netpols", a.cardId());
        assertEquals(CardKind.EXPLAIN, a.kind());
        assertEquals(Duration.ofSeconds(50), a.time());
        assertEquals(Rating.HARD, a.rating(), "the schedule takes the learner's rating");
        assertFalse(a.correct());
        assertEquals(0, a.outcome().credit(), "a myth asserted earns no credit");
        assertEquals(Set.of(Trap.PLUGIN_ENFORCES), a.outcome().fell());
        model.rate(Rating.EASY);
        assertEquals(1, recorded.size(), "one rating per attempt");
    }

    @Test
    void creditIsTheShareOfKeyPointsAndOnlyAFullAnswerRatedRecalledIsRight() {
        answer("explain-stateful", "Replies are allowed automatically.", Duration.ofSeconds(20));
        int points = model.judgementProperty().get().orElseThrow().covered().size()
                + model.judgementProperty().get().orElseThrow().missed().size();
        model.rate(Rating.GOOD);
        assertEquals(1.0 / points, recorded.get(0).outcome().credit(), 1e-9);
        assertFalse(recorded.get(0).correct());
    }

    @Test
    void nothingIsCheckedBeforeTheStartOrWithABlankAnswer() {
        model.choose(content.explainCard("explain-cni").orElseThrow());
        model.answerProperty().set("The CNI plugin enforces them.");
        model.check();
        assertEquals(DrillModel.Phase.READY, model.phaseProperty().get());
        model.start();
        model.answerProperty().set("   ");
        model.check();
        assertEquals(DrillModel.Phase.TYPING, model.phaseProperty().get());
        assertTrue(model.judgementProperty().get().isEmpty());
    }

    @Test
    void aCardJustRatedWaitsWhileNewCardsComeFirstAndDueOnesBeforeThem() {
        String first = model.cardProperty().get().orElseThrow().id();
        answer(first, "Something.", Duration.ofSeconds(5));
        model.rate(Rating.AGAIN);
        model.next();
        assertFalse(model.cardProperty().get().orElseThrow().id().equals(first));
        assertEquals("due today", model.dueText(content.explainCard(first).orElseThrow()));
        // A card rated "again" is due today, so it comes before the new ones.
        model.next();
        assertEquals(first, model.cardProperty().get().orElseThrow().id());
    }

    @Test
    void dueTextSaysNewThenWhenTheCardComesBack() {
        var card = content.explainCard("explain-ports").orElseThrow();
        assertEquals("new", model.dueText(card));
        answer("explain-ports", "Ports are matched on the destination pod.", Duration.ofSeconds(30));
        model.rate(Rating.GOOD);
        assertTrue(model.dueText(card).startsWith("due in "), model.dueText(card));
    }

    @Test
    void theAnswerBeingTypedIsTheDraftUntilItIsRatedAndAResumedDraftCarriesOnWhereItStood() {
        model.choose(content.explainCard("explain-dns-broke").orElseThrow());
        assertTrue(model.currentDraft().isEmpty(), "nothing typed, nothing to keep");
        model.start();
        clock.advance(Duration.ofSeconds(25));
        model.answerProperty().set("Egress is isolated.");
        AnswerDraft draft = model.currentDraft().orElseThrow();
        assertEquals("explain-dns-broke", draft.cardId());
        assertEquals(Duration.ofSeconds(25), draft.elapsed());
        model.check();
        assertEquals("Egress is isolated.", model.currentDraft().orElseThrow().answer(), "checked but not rated: kept");
        model.rate(Rating.HARD);
        assertTrue(model.currentDraft().isEmpty(), "rated: it is in the history now");

        // The next run: the draft is offered, and resuming puts text, card and clock back.
        DrillModel next = new DrillModel(clock, () -> progress, a -> { });
        next.setContent(content);
        next.offerDraft(draft);
        assertEquals(Optional.of(draft), next.currentDraft(), "an offer stays on disk until resumed or dropped");
        next.resumeDraft();
        assertEquals("explain-dns-broke", next.cardProperty().get().orElseThrow().id());
        assertEquals("Egress is isolated.", next.answerProperty().get());
        assertEquals(DrillModel.Phase.TYPING, next.phaseProperty().get());
        assertEquals("1:05 left", next.clockTextProperty().get(), "90 s card, 25 s already used");
        assertTrue(next.offeredDraftProperty().get().isEmpty());
        clock.advance(Duration.ofSeconds(10));
        next.check();
        assertEquals("You took 0:35 of 1:30.", next.timeTakenProperty().get());
    }

    @Test
    void startingAnotherAnswerDropsTheOffer() {
        DrillModel next = new DrillModel(clock, () -> progress, a -> { });
        next.setContent(content);
        next.offerDraft(new AnswerDraft("explain-cni", "The CNI enforces them.", Duration.ofSeconds(5), false,
                clock.instant()));
        next.start();
        assertTrue(next.offeredDraftProperty().get().isEmpty());
        assertTrue(next.currentDraft().isEmpty());
    }

    @Test
    void theOfferSaysHowFarTheTypedAnswerWasAndThatASpokenOneWasSaidAloudInItsTime() {
        DrillModel typed = new DrillModel(clock, () -> progress, a -> { });
        typed.setContent(content);
        assertEquals("", typed.keptText());
        typed.offerDraft(new AnswerDraft("explain-cni", "The CNI enforces them.", Duration.ofSeconds(42), false,
                clock.instant()));
        String cni = content.explainCard("explain-cni").orElseThrow().question();
        assertEquals("Your unfinished answer to \u201c" + cni + "\u201d was kept when NetPol Dojo last closed (0:42 in).",
                typed.keptText());

        // Said aloud in 0:03, then typing what was said: the clock stopped at 0:03 and the typing is untimed.
        model.choose(content.explainCard("explain-cni").orElseThrow());
        model.aloudProperty().set(true);
        model.start();
        clock.advance(Duration.ofSeconds(3));
        model.doneSpeaking();
        clock.advance(Duration.ofMinutes(2));
        model.answerProperty().set("The CNI enforces them.");
        AnswerDraft spoken = model.currentDraft().orElseThrow();
        DrillModel next = new DrillModel(clock, () -> progress, a -> { });
        next.setContent(content);
        next.offerDraft(spoken);
        assertEquals("Your unfinished answer to \u201c" + cni + "\u201d was kept when NetPol Dojo last closed (you had"
                + " said it aloud in 0:03 and were typing what you said, which is not timed).", next.keptText());
        assertFalse(next.keptText().contains(" in)."), "no \"0:03 in\" for a spoken answer");
    }

    @Test
    void theMicrophoneIsAskedAboutOnlyWhenSayingItAloudIsFirstChosenAndOnlyOnce() {
        List<String> asked = new ArrayList<>();
        model.askMicrophoneWith(() -> asked.add("asked"));
        model.choose(content.explainCard("explain-cni").orElseThrow());
        model.start();
        assertEquals(List.of(), asked, "a typed answer never loads the sound system");
        assertEquals("", model.microphoneProperty().get(), "nothing said about recording before it is asked");

        model.choose(content.explainCard("explain-cni").orElseThrow());
        model.aloudProperty().set(true);
        assertEquals(List.of("asked"), asked, "asked when the learner first chooses to say it aloud");
        model.setMicrophone(false);
        assertTrue(model.microphoneProperty().get().startsWith("No microphone found"), model.microphoneProperty().get());
        model.aloudProperty().set(false);
        model.aloudProperty().set(true);
        assertEquals(List.of("asked"), asked, "the answer is kept, not asked again");

        // A resumed answer said aloud asks too; an answer already given is never asked for.
        List<String> resumed = new ArrayList<>();
        DrillModel next = new DrillModel(clock, () -> progress, a -> { });
        next.askMicrophoneWith(() -> resumed.add("asked"));
        next.setContent(content);
        next.offerDraft(new AnswerDraft("explain-cni", "The CNI enforces them.", Duration.ofSeconds(3), true,
                clock.instant()));
        next.resumeDraft();
        assertEquals(List.of("asked"), resumed);
        DrillModel known = new DrillModel(clock, () -> progress, a -> { });
        known.setMicrophone(true);
        known.askMicrophoneWith(() -> resumed.add("again"));
        known.aloudProperty().set(true);
        assertEquals(List.of("asked"), resumed);
    }
}
