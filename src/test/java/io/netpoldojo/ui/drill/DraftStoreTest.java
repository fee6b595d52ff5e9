package io.netpoldojo.ui.drill;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.quiz.ManualClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The file that keeps an explain answer in progress: it comes back whole, and damage is set aside, never lost. */
class DraftStoreTest {
    private static final AnswerDraft DRAFT = new AnswerDraft("explain-dns-broke",
            "Egress is isolated by the deny-all.\nSo the DNS lookup to kube-dns on port 53 is blocked: \"quotes\", # and: colons.",
            Duration.ofSeconds(42), false, Instant.parse("2025-03-01T09:01:00Z"));

    @TempDir
    Path dir;

    private DraftStore store() {
        return new DraftStore(dir.resolve(DraftStore.FILE_NAME), ManualClock.morning());
    }

    @Test
    void aSavedDraftComesBackAsItWasTypedWithItsCardTimeAndMode() throws IOException {
        assertTrue(store().save(Optional.of(DRAFT), 1));
        DraftStore.Loaded loaded = store().load();
        assertEquals(Optional.of(DRAFT), loaded.draft());
        assertEquals(Optional.empty(), loaded.notice());
        AnswerDraft aloud = new AnswerDraft("explain-cni", "Said aloud: the CNI enforces them \u2014 \u00e9t\u00e9.",
                Duration.ofMillis(61_500), true, Instant.parse("2025-03-01T09:02:00Z"));
        assertTrue(store().save(Optional.of(aloud), 1));
        assertEquals(Optional.of(aloud), store().load().draft());
    }

    @Test
    void noFileIsNoDraftAndNoNotice() {
        DraftStore.Loaded loaded = store().load();
        assertEquals(Optional.empty(), loaded.draft());
        assertEquals(Optional.empty(), loaded.notice());
    }

    @Test
    void savingNothingRemovesTheFile() throws IOException {
        DraftStore s = store();
        s.save(Optional.of(DRAFT), 1);
        assertTrue(Files.exists(s.file()));
        s.save(Optional.empty(), 2);
        assertFalse(Files.exists(s.file()));
        assertEquals(Optional.empty(), store().load().draft());
    }

    @Test
    void aSaveOlderThanTheLastOneWrittenIsDropped() throws IOException {
        DraftStore s = store();
        AnswerDraft newer = new AnswerDraft(DRAFT.cardId(), DRAFT.answer() + " More.", DRAFT.elapsed(), false,
                DRAFT.savedAt());
        assertTrue(s.save(Optional.of(newer), 5));
        assertFalse(s.save(Optional.of(DRAFT), 4), "a late background save must not go back in time");
        assertEquals(Optional.of(newer), store().load().draft());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "junk \u0000\u0001 not yaml: [",
        "version: 1\ncard: explain-cni\nelapsedMillis: !!int abc\naloud: false\nsavedAt: '2025-03-01T09:00:00Z'\nanswer: x\n",
        "version: 1\ncard: explain-cni\nelapsedMillis: 10\naloud: maybe\nsavedAt: '2025-03-01T09:00:00Z'\nanswer: x\n",
        "version: 9\ncard: explain-cni\nelapsedMillis: 10\naloud: false\nsavedAt: '2025-03-01T09:00:00Z'\nanswer: x\n",
        "- just\n- a list\n",
    })
    void aDamagedFileIsSetAsideWithItsBytesKeptAndANoticeNamingIt(String junk) throws IOException {
        Path file = dir.resolve(DraftStore.FILE_NAME);
        Files.writeString(file, junk, StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);

        DraftStore.Loaded loaded = store().load();

        assertEquals(Optional.empty(), loaded.draft());
        String notice = loaded.notice().orElseThrow();
        assertTrue(notice.startsWith("Your unfinished drill answer (" + file + ") was damaged"), notice);
        assertTrue(notice.endsWith("; the drill starts without it."), notice);
        List<Path> aside = aside();
        assertEquals(1, aside.size(), "set aside beside the file");
        assertArrayEquals(before, Files.readAllBytes(aside.get(0)), "the damaged bytes are kept as they were");
        assertTrue(notice.contains(aside.get(0).getFileName().toString()), "the notice says where they went");
        assertFalse(Files.exists(file));
    }

    @Test
    void aSavedFileCutShortIsNoticedNotHalfLoaded() throws IOException {
        DraftStore s = store();
        s.save(Optional.of(DRAFT), 1);
        byte[] whole = Files.readAllBytes(s.file());
        Files.write(s.file(), java.util.Arrays.copyOf(whole, whole.length - 30));
        DraftStore.Loaded loaded = store().load();
        assertEquals(Optional.empty(), loaded.draft());
        assertTrue(loaded.notice().orElseThrow().contains("cut short"), loaded.notice().orElseThrow());
        assertEquals(1, aside().size());
    }

    @Test
    void aFolderInThePlaceOfTheFileIsSetAsideNotABlock() throws IOException {
        Files.createDirectories(dir.resolve(DraftStore.FILE_NAME));
        DraftStore.Loaded loaded = store().load();
        assertEquals(Optional.empty(), loaded.draft());
        assertTrue(loaded.notice().orElseThrow().contains("could not be read"), loaded.notice().orElseThrow());
    }

    private List<Path> aside() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(DraftStore.FILE_NAME + ".corrupt-")).toList();
        }
    }
}
