package io.netpoldojo.ui.drill;

import io.netpoldojo.userdata.DamagedFileException;
import io.netpoldojo.userdata.SafeYaml;
import io.netpoldojo.userdata.UserDataDir;
import io.netpoldojo.userdata.UserFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps the explain answer in progress in {@code drill-answer.yaml} in the user's folder, so a
 * crash or a kill loses at most the last moment of typing. Written atomically and sealed like the
 * app's other files ({@link UserFile}); a damaged one is moved aside with a sentence naming it.
 * Saves are numbered: a save that arrives after a newer one (two background saves finishing out of
 * order) is dropped. No draft means no file.
 */
public final class DraftStore {
    public static final String FILE_NAME = "drill-answer.yaml";
    static final int VERSION = 1;

    /** A load: the draft, if there was a usable one, and a sentence when the file was set aside. */
    public record Loaded(Optional<AnswerDraft> draft, Optional<String> notice) {}

    private final UserFile file;
    private long savedRevision = Long.MIN_VALUE;

    public DraftStore(Path file, Clock clock) {
        this.file = new UserFile(file, "unfinished drill answer", clock);
    }

    public static DraftStore in(UserDataDir dir, Clock clock) {
        return new DraftStore(dir.file(FILE_NAME), clock);
    }

    public Path file() {
        return file.path();
    }

    /** Never throws: a damaged file is set aside and the notice says which, why and where it went. */
    public synchronized Loaded load() {
        UserFile.Loaded<AnswerDraft> loaded = file.load(DraftStore::read, "the drill starts without it");
        return new Loaded(loaded.value(), loaded.notice());
    }

    /**
     * Writes the draft, or removes the file when there is none, unless a later revision is already
     * on disk.
     *
     * @return false when the save was dropped (out of date, or a damaged file could not be set aside)
     */
    public synchronized boolean save(Optional<AnswerDraft> draft, long revision) throws IOException {
        if (revision <= savedRevision || file.keptAsItIs()) {
            return false;
        }
        if (draft.isPresent()) {
            file.write(write(draft.get()));
        } else {
            Files.deleteIfExists(file.path());
        }
        savedRevision = revision;
        return true;
    }

    static String write(AnswerDraft d) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("version", VERSION);
        map.put("card", d.cardId());
        map.put("elapsedMillis", d.elapsed().toMillis());
        map.put("aloud", d.aloud());
        map.put("savedAt", d.savedAt().toString());
        map.put("answer", d.answer());
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(Integer.MAX_VALUE);
        return new Yaml(options).dump(map);
    }

    static AnswerDraft read(String text) throws DamagedFileException {
        if (!(SafeYaml.load(text) instanceof Map<?, ?> map)) {
            throw DamagedFileException.damaged("not a drill answer: no fields");
        }
        if (!Integer.valueOf(VERSION).equals(map.get("version"))) {
            throw DamagedFileException.damaged("field version: expected " + VERSION + ", found " + map.get("version"));
        }
        String card = string(map, "card");
        if (card.isBlank()) {
            throw DamagedFileException.damaged("field card: empty");
        }
        if (!(map.get("elapsedMillis") instanceof Number millis) || millis.longValue() < 0) {
            throw DamagedFileException.damaged("field elapsedMillis: not a number of milliseconds");
        }
        if (!(map.get("aloud") instanceof Boolean aloud)) {
            throw DamagedFileException.damaged("field aloud: not true or false");
        }
        Instant savedAt;
        try {
            savedAt = Instant.parse(string(map, "savedAt"));
        } catch (DateTimeParseException e) {
            throw DamagedFileException.damaged("field savedAt: not a time");
        }
        return new AnswerDraft(card, string(map, "answer"), Duration.ofMillis(millis.longValue()), aloud, savedAt);
    }

    private static String string(Map<?, ?> map, String field) throws DamagedFileException {
        if (!(map.get(field) instanceof String s)) {
            throw DamagedFileException.damaged("field " + field + ": missing or not text");
        }
        return s;
    }
}
