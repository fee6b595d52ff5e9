package io.netpoldojo.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.quiz.Decks;
import io.netpoldojo.quiz.ManualClock;
import io.netpoldojo.quiz.ProgressStore;
import io.netpoldojo.quiz.Question;
import io.netpoldojo.quiz.QuizMode;
import io.netpoldojo.ui.ImmediateTaskRunner;
import io.netpoldojo.ui.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Quiz view-model without a window: screens, answering, scoring, saving, the countdown. */
class QuizModelTest {
    private static Content content;
    @TempDir
    Path dir;
    private final ManualClock clock = ManualClock.morning();

    @BeforeAll
    static void load() {
        content = new ContentLoader().load(Path.of("content"));
    }

    private QuizModel model() {
        return model(new ProgressStore(dir.resolve(ProgressStore.FILE_NAME), clock));
    }

    private QuizModel model(ProgressStore store) {
        QuizModel m = new QuizModel(clock, new ImmediateTaskRunner(), store, () -> 7);
        m.setContent(content);
        return m;
    }

    private static Question card(String id) {
        return Question.of(content.card(id).orElseThrow(), content);
    }

    private static AnswerModel answer(QuizModel m) {
        return m.answerProperty().get().orElseThrow();
    }

    @Test
    void theHomeShowsOnceProgressAndContentAreThere() {
        QuizModel m = new QuizModel(clock, new ImmediateTaskRunner(),
                new ProgressStore(dir.resolve(ProgressStore.FILE_NAME), clock), () -> 7);
        assertEquals(QuizModel.Screen.LOADING, m.screenProperty().get());
        m.setContent(content);
        assertEquals(QuizModel.Screen.HOME, m.screenProperty().get());
        assertEquals(0, m.dueTodayProperty().get());
        assertEquals(content.cards().size(), m.newCardsProperty().get());
        assertEquals(Set.copyOf(Decks.topics(content)), Set.copyOf(m.practice().chosenTopics()));
    }

    @Test
    void aRightAnswerEarnsPointsIsSavedAndLocksTheChoice() throws Exception {
        QuizModel m = model();
        m.practise(List.of(card("basics-additive")));
        assertEquals("Question 1 of 1", m.counterProperty().get());
        int right = QuizScenes.rightOptions(answer(m)).get(0);
        m.choose(right);
        m.enter();
        assertEquals(QuizModel.Phase.FEEDBACK, m.phaseProperty().get());
        assertTrue(answer(m).gradeProperty().get().orElseThrow().correct());
        assertEquals(25, m.pointsEarnedProperty().get());
        m.choose(QuizScenes.wrongOption(answer(m)));
        assertEquals(List.of(right), answer(m).chosen(), "the answer cannot change after feedback");
        assertTrue(Files.readString(dir.resolve(ProgressStore.FILE_NAME)).contains("points: 25"));
        m.enter();
        assertEquals(QuizModel.Screen.REPORT, m.screenProperty().get());
    }

    @Test
    void nothingIsCheckedBeforeAnAnswerIsPicked() {
        QuizModel m = model();
        m.practise(List.of(card("basics-additive")));
        m.enter();
        assertEquals(QuizModel.Phase.ANSWERING, m.phaseProperty().get());
        m.choose(7);
        m.enter();
        assertEquals(QuizModel.Phase.ANSWERING, m.phaseProperty().get(), "there is no 8th choice");
    }

    @Test
    void showAnswerCountsAsWrongAndShowsTheAnswer() {
        QuizModel m = model();
        m.practise(List.of(card("basics-additive")));
        m.skip();
        assertEquals(QuizModel.Phase.FEEDBACK, m.phaseProperty().get());
        assertFalse(answer(m).gradeProperty().get().orElseThrow().correct());
        assertEquals(1, m.progressProperty().get().attempts().size());
        assertTrue(m.progressProperty().get().schedule("basics-additive").orElseThrow().isDue(
                java.time.LocalDate.now(clock)));
    }

    @Test
    void yamlThatDoesNotLoadGetsAHintInsteadOfAGrade() {
        QuizModel m = model();
        m.practise(List.of(card("recipes-lock-down-mysql")));
        answer(m).policyTextProperty().set("kind: NetworkPolicy\nspec: [");
        assertFalse(answer(m).parseProperty().get().valid());
        m.submit();
        assertEquals(QuizModel.Phase.ANSWERING, m.phaseProperty().get());
        assertFalse(answer(m).hintProperty().get().isEmpty());
        answer(m).policyTextProperty().set(answer(m).startingText());
        assertTrue(answer(m).hintProperty().get().isEmpty(), "the hint goes once the text changes");
    }

    @Test
    void anInterviewCountsDownAndEndsAtZeroWithTheReportAndTheScoreSaved() {
        QuizModel m = model();
        m.startInterview(3);
        assertEquals(QuizMode.INTERVIEW, m.modeProperty().get());
        assertEquals("15:00", m.timeLeftProperty().get());
        m.choose(0);
        m.submit();
        assertEquals(QuizModel.Phase.ANSWERING, m.phaseProperty().get(), "no feedback: the next question");
        assertEquals("Question 2 of 10", m.counterProperty().get());
        clock.advance(Duration.ofMinutes(10));
        m.tick();
        assertEquals("5:00", m.timeLeftProperty().get());
        clock.advance(Duration.ofMinutes(5));
        m.tick();
        assertEquals(QuizModel.Screen.REPORT, m.screenProperty().get());
        assertTrue(m.reportProperty().get().orElseThrow().timedOut());
        assertEquals(10, m.reportProperty().get().get().total());
        assertEquals(1, m.progressProperty().get().interviews().size());
        assertEquals(1, m.progressProperty().get().attempts().size(), "only answers given join the history");
    }

    /**
     * A question's diagram is laid out in the background work that fetches it, before the card is
     * shown (the busiest took 1.7 s of the JavaFX thread as the card opened), and the question
     * after it is prepared while the learner answers.
     */
    @Test
    void aQuestionIsPreparedInTheBackgroundBeforeItIsShownAndTheNextWhileItIsAnswered() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        QuizModel m = new QuizModel(clock, tasks, new ProgressStore(dir.resolve(ProgressStore.FILE_NAME), clock),
                () -> 7);
        m.setContent(content);
        tasks.runAll();
        List<String> prepared = new java.util.ArrayList<>();
        m.setPreparation(q -> prepared.add(q.id() + (m.answerProperty().get().isPresent() ? " while answering"
                : " before it is shown")));
        m.practise(List.of(card("production-write-metadata-block"), card("dns-after-default-deny-predict")));
        assertEquals(List.of(), prepared, "nothing on the calling (JavaFX) thread");
        assertEquals(QuizModel.Phase.FETCHING, m.phaseProperty().get());
        tasks.runAll();
        assertEquals(List.of("production-write-metadata-block before it is shown",
                "dns-after-default-deny-predict while answering"), prepared);
        assertEquals("production-write-metadata-block", answer(m).card().id());
    }

    /** Runs submitted work only when the test says, as a slow background thread would. */
    private static final class DeferredTaskRunner implements TaskRunner {
        private final java.util.List<Runnable> queued = new java.util.ArrayList<>();

        @Override
        public <T> void submit(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> onSuccess,
                               java.util.function.Consumer<? super Exception> onFailure) {
            queued.add(() -> new ImmediateTaskRunner().submit(work, onSuccess, onFailure));
        }

        void runAll() {
            while (!queued.isEmpty()) {
                queued.remove(0).run();
            }
        }

        @Override
        public void shutdown() {
        }
    }

    @Test
    void anInterviewSetThatArrivesAfterTheLearnerWentHomeIsDropped() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        QuizModel m = new QuizModel(clock, tasks, new ProgressStore(dir.resolve(ProgressStore.FILE_NAME), clock),
                () -> 7);
        m.setContent(content);
        tasks.runAll();
        assertEquals(QuizModel.Screen.HOME, m.screenProperty().get());
        m.startInterview(3);
        assertEquals(QuizModel.Phase.FETCHING, m.phaseProperty().get());
        m.endSession();
        tasks.runAll();
        assertEquals(QuizModel.Screen.HOME, m.screenProperty().get(), "no interview starts behind the learner's back");
        assertTrue(m.answerProperty().get().isEmpty());
    }

    @Test
    void withoutItsCardsTheQuizSaysSoInsteadOfWaitingForEver() {
        QuizModel m = new QuizModel(clock, new ImmediateTaskRunner(),
                new ProgressStore(dir.resolve(ProgressStore.FILE_NAME), clock), () -> 7);
        m.contentFailed("The lessons and quiz could not be loaded: disk on fire");
        assertEquals(QuizModel.Screen.LOADING, m.screenProperty().get());
        assertEquals("The quiz cannot start without its cards.", m.loadingTextProperty().get());
        assertEquals("The lessons and quiz could not be loaded: disk on fire", m.noticeProperty().get());
    }

    @Test
    void aReviewAsksTheCardAnsweredWrongFirst() {
        QuizModel m = model();
        m.practise(List.of(card("cni-silently-ignored")));
        m.choose(QuizScenes.wrongOption(answer(m)));
        m.enter();
        m.endSession();
        m.home();
        assertEquals(1, m.dueTodayProperty().get());
        m.startReview();
        assertEquals(QuizMode.REVIEW, m.modeProperty().get());
        assertEquals("cni-silently-ignored", answer(m).question().id());
        assertEquals("Question 1 of " + (1 + Math.min(Decks.REVIEW_NEW_CARDS, content.cards().size() - 1)),
                m.counterProperty().get());
    }

    @Test
    void theSameSeedRetakesTheSameInterview() {
        QuizModel m = model();
        m.startInterview(11);
        String first = answer(m).question().id();
        m.endSession();
        m.home();
        m.startInterview(m.lastInterviewSeed());
        assertEquals(first, answer(m).question().id());
    }

    @Test
    void endingPracticeBeforeAnyAnswerGoesStraightHome() {
        QuizModel m = model();
        m.practice().chosenTopics().retainAll(Set.of("limits"));
        m.practice().includeGeneratedProperty().set(false);
        m.startPractice();
        assertEquals(QuizModel.Screen.QUESTION, m.screenProperty().get());
        m.endSession();
        assertEquals(QuizModel.Screen.HOME, m.screenProperty().get());
    }

    @Test
    void practiceNeedsATopicOrGeneratedQuestions() {
        QuizModel m = model();
        m.practice().chosenTopics().clear();
        m.practice().includeGeneratedProperty().set(false);
        m.startPractice();
        assertEquals(QuizModel.Screen.HOME, m.screenProperty().get());
        m.practice().includeGeneratedProperty().set(true);
        m.startPractice();
        assertTrue(answer(m).question().generated());
    }

    @Test
    void aProgressFileThatCannotBeWrittenSaysSoAndTheQuizGoesOn() throws Exception {
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "a file where the folder should be");
        QuizModel m = model(new ProgressStore(blocker.resolve(ProgressStore.FILE_NAME), clock));
        m.practise(List.of(card("basics-additive"), card("limits-no-http-paths")));
        m.choose(QuizScenes.rightOptions(answer(m)).get(0));
        m.enter();
        assertTrue(m.noticeProperty().get().startsWith("Your quiz progress could not be saved"),
                m.noticeProperty().get());
        assertEquals(25, m.progressProperty().get().points(), "kept while the app runs");
        m.enter();
        assertEquals(Optional.of("limits-no-http-paths"), m.answerProperty().get().map(a -> a.question().id()));
    }
}
