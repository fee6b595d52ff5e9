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
        Files.writeString(dir.resolve(ProgressStore.FILE_NAME),
                "cards:\n  c: {repetitions: 1, ease: 2.5, interval: 1, due: 2025-03-02, lastReview: 2025-03-01}\n");
        assertEquals(LocalDate.of(2025, 3, 2), store().load().progress().schedule("c").orElseThrow().due());
    }
}
