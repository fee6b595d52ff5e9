package io.netpoldojo.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.CardKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The progress file: round trips, survives damage without a crash, never goes back in time. */
class ProgressStoreTest {
    @TempDir
    Path dir;

    private ProgressStore store() {
        return new ProgressStore(dir.resolve(ProgressStore.FILE_NAME), ManualClock.morning());
    }

    private static Progress sample() {
        LocalDate day = LocalDate.of(2025, 3, 1);
        Instant at = Instant.parse("2025-03-01T09:00:00Z");
        return Progress.EMPTY
                .record(new Attempt("peers-namespace-by-name", "peers", CardKind.SINGLE, 1, true, at,
                        Duration.ofMillis(12_400), QuizMode.PRACTICE, false), day)
                .record(new Attempt("recipes-lock-down-mysql", "recipes", CardKind.WRITE_POLICY, 2, false, at,
                        Duration.ofSeconds(200), QuizMode.INTERVIEW, false), day)
                .record(new Attempt("generated-2-abc", PredictionGenerator.TOPIC, CardKind.PREDICT, 2, true, at,
                        Duration.ofSeconds(30), QuizMode.PRACTICE, true), day)
                .withInterview(new InterviewResult(at, 7, 10, Duration.ofSeconds(640), Duration.ofMinutes(15)));
    }

    @Test
    void noFileMeansAFreshStartWithoutANotice() {
        LoadedProgress loaded = store().load();
        assertEquals(Progress.EMPTY, loaded.progress());
        assertTrue(loaded.notice().isEmpty());
    }

    @Test
    void whatIsSavedLoadsBackTheSame() throws IOException {
        Progress p = sample();
        assertTrue(store().save(p, 1));
        LoadedProgress loaded = store().load();
        assertEquals(p, loaded.progress());
        assertTrue(loaded.notice().isEmpty());
        String text = Files.readString(dir.resolve(ProgressStore.FILE_NAME));
        assertTrue(text.contains("- {card: peers-namespace-by-name, topic: peers, kind: single"), text);
    }

    @Test
    void anOlderSaveArrivingLateIsDropped() throws IOException {
        ProgressStore store = store();
        Progress newer = sample();
        assertTrue(store.save(newer, 2));
        assertFalse(store.save(Progress.EMPTY, 1));
        assertEquals(newer, store.load().progress());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "points: [not, a, number]",
            "cards: {c: {repetitions: 1, ease: 0.5, interval: 1, due: '2025-03-02', lastReview: '2025-03-01'}}",
            "cards: {c: {repetitions: 1, ease: 2.5, interval: 1, due: 'soon', lastReview: '2025-03-01'}}",
            "version: 2\ncards: {c: {stability: -1, difficulty: 5, due: '2025-03-02', lastReview: '2025-03-01'}}",
            "version: 2\ncards: {c: {stability: 3, difficulty: 11, due: '2025-03-02', lastReview: '2025-03-01'}}",
            "version: 2\nsettings: {desiredRetention: 0.2}",
            "version: 2\nsettings: {interviewDate: next week}",
            "version: 2\nattempts: [{card: c, topic: t, kind: single, correct: true, at: '2025-03-01T09:00:00Z',"
                    + " seconds: 1, mode: practice, rating: superb}]",
            "attempts: [{card: c, topic: t, kind: single, correct: maybe, at: '2025-03-01T09:00:00Z', seconds: 1,"
                    + " mode: practice}]",
            "attempts: {not: a list}",
            "- just\n- a list",
            "{ unclosed",
            ""})
    void aDamagedFileIsSetAsideWithASentenceAndTheQuizStartsAfresh(String text) throws IOException {
        Path file = dir.resolve(ProgressStore.FILE_NAME);
        Files.writeString(file, text);
        LoadedProgress loaded = store().load();
        assertEquals(Progress.EMPTY, loaded.progress());
        assertTrue(loaded.notice().orElseThrow().contains("set aside"), loaded.notice().get());
        assertFalse(Files.exists(file), "moved aside, so the next save does not overwrite it");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> aside = files.filter(p -> p.getFileName().toString().startsWith("quiz-progress.yaml.corrupt-"))
                    .toList();
            assertEquals(1, aside.size());
            assertEquals(text, Files.readString(aside.get(0)), "nothing the learner had is lost");
        }
    }

    @Test
    void answersOfKindsThisAppDoesNotKnowAreSkippedNotFatal() throws IOException {
        Files.writeString(dir.resolve(ProgressStore.FILE_NAME), "version: 2\npoints: 30\nattempts:\n"
                + "- {card: a, topic: t, kind: draw-a-diagram, difficulty: 1, correct: true,"
                + " at: '2025-03-01T09:00:00Z', seconds: 3, mode: practice}\n"
                + "- {card: b, topic: t, kind: single, difficulty: 1, correct: true,"
                + " at: '2025-03-01T09:00:00Z', seconds: 3, mode: practice}\n");
        LoadedProgress loaded = store().load();
        assertTrue(loaded.notice().isEmpty());
        assertEquals(30, loaded.progress().points());
        assertEquals(List.of("b"), loaded.progress().attempts().stream().map(Attempt::cardId).toList());
    }

    @Test
    void datesWrittenByHandWithoutQuotesStillLoad() throws IOException {
        Files.writeString(dir.resolve(ProgressStore.FILE_NAME), "version: 2\ncards:\n"
                + "  c: {stability: 3, difficulty: 5, due: 2025-03-04, lastReview: 2025-03-01}\n"
                + "settings: {interviewDate: 2025-04-01}\n");
        Progress p = store().load().progress();
        assertEquals(LocalDate.of(2025, 3, 4), p.schedule("c").orElseThrow().due());
        assertEquals(java.util.Optional.of(LocalDate.of(2025, 4, 1)), p.settings().interviewDate());
    }

    /** A file of the SM-2 days: one card with its answers in the history, one whose answers fell out of it. */
    private static final String SM2_FILE = """
            version: 1
            points: 45
            streak: 2
            bestStreak: 2
            cards:
              peers-namespace-by-name: {repetitions: 2, ease: 2.6, interval: 6, due: '2025-03-08', lastReview: '2025-03-02', lapses: 0}
              old-card: {repetitions: 3, ease: 2.2, interval: 15, due: '2025-03-20', lastReview: '2025-03-05', lapses: 1}
            attempts:
            - {card: peers-namespace-by-name, topic: peers, kind: single, difficulty: 1, correct: true, at: '2025-03-01T09:00:00Z', seconds: 12.4, mode: practice}
            - {card: peers-namespace-by-name, topic: peers, kind: single, difficulty: 1, correct: true, at: '2025-03-02T09:00:00Z', seconds: 50, mode: review}
            interviews:
            - {finished: '2025-03-02T10:00:00Z', score: 7, total: 10, seconds: 640.0, limitSeconds: 900}
            """;

    @Test
    void sm2ProgressMovesToFsrsWithEveryAnswerKeptAndTheOldFileKeptBeside() throws IOException {
        Path file = dir.resolve(ProgressStore.FILE_NAME);
        Files.writeString(file, SM2_FILE);
        ProgressStore store = store();
        LoadedProgress loaded = store.load();
        Progress p = loaded.progress();
        assertTrue(loaded.notice().orElseThrow().contains("from SM-2 to FSRS"), loaded.notice().get());
        assertEquals(SM2_FILE, Files.readString(dir.resolve(ProgressStore.SM2_COPY_NAME)), "kept as it was");
        assertEquals(45, p.points());
        assertEquals(2, p.attempts().size(), "every answer kept");
        assertEquals(1, p.interviews().size());
        // Replayed from the history: good on the 1st, hard (50 s, over twice the 20 s of a single choice) on the 2nd.
        io.netpoldojo.quiz.schedule.CardSchedule replayed = p.schedule("peers-namespace-by-name").orElseThrow();
        assertEquals(LocalDate.of(2025, 3, 2), replayed.lastReview());
        assertEquals(2, replayed.reviews());
        // Converted: SM-2's interval becomes the stability, and its due date stays.
        io.netpoldojo.quiz.schedule.CardSchedule converted = p.schedule("old-card").orElseThrow();
        assertEquals(15.0, converted.stability(), 1e-9);
        assertEquals(LocalDate.of(2025, 3, 20), converted.due());
        assertEquals(1, converted.lapses());

        assertTrue(store.save(p, 1));
        assertTrue(Files.readString(file).contains("version: 2"));
        assertEquals(p, store().load().progress(), "and the FSRS file reads back the same");
        assertTrue(store().load().notice().isEmpty(), "migrated once");
        assertEquals(SM2_FILE, Files.readString(dir.resolve(ProgressStore.SM2_COPY_NAME)));
    }

    @Test
    void anSm2CopyAlreadyThereIsNeverReplaced() throws IOException {
        Files.writeString(dir.resolve(ProgressStore.SM2_COPY_NAME), "an earlier copy");
        Files.writeString(dir.resolve(ProgressStore.FILE_NAME), SM2_FILE);
        assertTrue(store().load().notice().isPresent());
        assertEquals("an earlier copy", Files.readString(dir.resolve(ProgressStore.SM2_COPY_NAME)));
    }
}
