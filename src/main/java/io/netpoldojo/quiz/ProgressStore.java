package io.netpoldojo.quiz;

import io.netpoldojo.userdata.DamagedFileException;
import io.netpoldojo.userdata.UserDataDir;
import io.netpoldojo.userdata.UserFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Loads and saves the quiz {@link Progress} in {@code quiz-progress.yaml} in the user's folder.
 * Loading never throws: a damaged or unreadable file is moved aside (nothing the learner had is
 * destroyed; see {@link UserFile}) and the quiz starts afresh with a sentence saying so. Saving is
 * atomic and may run on any thread; a save that arrives after a newer one is dropped, so the file
 * never goes back in time when two background saves finish out of order.
 */
public final class ProgressStore {
    public static final String FILE_NAME = "quiz-progress.yaml";
    /** A copy of a progress file with SM-2 schedules, kept the first time it is read, before anything overwrites it. */
    public static final String SM2_COPY_NAME = "quiz-progress.sm2.yaml";

    private final UserFile file;
    private final Clock clock;
    private long savedRevision = Long.MIN_VALUE;
    /** Set when an SM-2 file could not be copied before migration: it stays as it was, never overwritten. */
    private boolean keepOff;

    public ProgressStore(Path file, Clock clock) {
        this.file = new UserFile(file, "quiz progress file", clock);
        this.clock = clock;
    }

    public static ProgressStore in(UserDataDir dir, Clock clock) {
        return new ProgressStore(dir.file(FILE_NAME), clock);
    }

    public Path file() {
        return file.path();
    }

    public synchronized LoadedProgress load() {
        boolean[] sm2 = {false};
        UserFile.Loaded<Progress> loaded = file.load(text -> {
            try {
                Progress progress = ProgressYaml.read(text, clock.getZone());
                sm2[0] = ProgressYaml.version(text) == ProgressYaml.SM2_VERSION;
                return progress;
            } catch (ProgressYaml.DamagedException e) {
                throw DamagedFileException.damaged(e.getMessage());
            }
        }, "the quiz starts afresh");
        if (sm2[0] && loaded.value().isPresent()) {
            return keepSm2Copy(loaded.value().get());
        }
        return new LoadedProgress(loaded.value().orElse(Progress.EMPTY), loaded.notice());
    }

    /**
     * Writes {@code progress} unless a later revision has been written already.
     *
     * @param revision increases with every change the caller makes
     * @return false when the save was dropped: out of date, or the file on disk is a damaged one
     *         that could not be set aside
     */
    public synchronized boolean save(Progress progress, long revision) throws IOException {
        if (revision <= savedRevision || keepOff || file.keptAsItIs()) {
            return false;
        }
        file.write(ProgressYaml.write(progress));
        savedRevision = revision;
        return true;
    }

    /**
     * The file holds SM-2 schedules, migrated as they were read: the file as it was is kept beside
     * (once; a copy already there is never replaced) before the first save writes FSRS schedules.
     */
    private LoadedProgress keepSm2Copy(Progress migrated) {
        Path copy = file.path().resolveSibling(SM2_COPY_NAME);
        try {
            if (!Files.exists(copy)) {
                Files.copy(file.path(), copy);
            }
            return new LoadedProgress(migrated, Optional.of("Your review schedule has moved from SM-2 to FSRS, with"
                    + " every answer kept; the file as it was is saved as " + copy + "."));
        } catch (IOException e) {
            keepOff = true;
            return new LoadedProgress(migrated, Optional.of("Your review schedule has moved from SM-2 to FSRS, but "
                    + copy + " could not be written, so " + file.path() + " is left as it was and this session will not"
                    + " be saved."));
        }
    }
}
