package io.netpoldojo.quiz;

import io.netpoldojo.userdata.AtomicFiles;
import io.netpoldojo.userdata.UserDataDir;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads and saves the quiz {@link Progress} in {@code quiz-progress.yaml} in the user's folder.
 * Loading never throws: a damaged or unreadable file is moved aside (nothing the learner had is
 * destroyed) and the quiz starts afresh with a sentence saying so. Saving is atomic and may run
 * on any thread; a save that arrives after a newer one is dropped, so the file never goes back
 * in time when two background saves finish out of order.
 */
public final class ProgressStore {
    public static final String FILE_NAME = "quiz-progress.yaml";
    /** A copy of a progress file with SM-2 schedules, kept the first time it is read, before anything overwrites it. */
    public static final String SM2_COPY_NAME = "quiz-progress.sm2.yaml";

    private final Path file;
    private final Clock clock;
    private long savedRevision = Long.MIN_VALUE;
    /** Set when a damaged file could not be moved aside: it stays as it was, never overwritten. */
    private boolean keepOff;

    public ProgressStore(Path file, Clock clock) {
        this.file = Objects.requireNonNull(file).toAbsolutePath();
        this.clock = Objects.requireNonNull(clock);
    }

    public static ProgressStore in(UserDataDir dir, Clock clock) {
        return new ProgressStore(dir.file(FILE_NAME), clock);
    }

    public Path file() {
        return file;
    }

    public synchronized LoadedProgress load() {
        AtomicFiles.removeLeftovers(file);
        if (!Files.exists(file)) {
            return LoadedProgress.ok(Progress.EMPTY);
        }
        String problem;
        try {
            String text = Files.readString(file);
            Progress progress = ProgressYaml.read(text, clock.getZone());
            if (ProgressYaml.version(text) == ProgressYaml.SM2_VERSION) {
                return keepSm2Copy(progress);
            }
            return LoadedProgress.ok(progress);
        } catch (ProgressYaml.DamagedException | CharacterCodingException e) {
            problem = "was damaged";
        } catch (IOException e) {
            problem = "could not be read";
        }
        return setAside(problem);
    }

    /**
     * Writes {@code progress} unless a later revision has been written already.
     *
     * @param revision increases with every change the caller makes
     * @return false when the save was dropped: out of date, or the file on disk is a damaged one
     *         that could not be set aside
     */
    public synchronized boolean save(Progress progress, long revision) throws IOException {
        if (revision <= savedRevision || keepOff) {
            return false;
        }
        AtomicFiles.write(file, ProgressYaml.write(progress));
        savedRevision = revision;
        return true;
    }

    /**
     * The file holds SM-2 schedules, migrated as they were read: the file as it was is kept beside
     * (once; a copy already there is never replaced) before the first save writes FSRS schedules.
     */
    private LoadedProgress keepSm2Copy(Progress migrated) {
        Path copy = file.resolveSibling(SM2_COPY_NAME);
        try {
            if (!Files.exists(copy)) {
                Files.copy(file, copy);
            }
            return new LoadedProgress(migrated, Optional.of("Your review schedule has moved from SM-2 to FSRS, with"
                    + " every answer kept; the file as it was is saved as " + copy + "."));
        } catch (IOException e) {
            keepOff = true;
            return new LoadedProgress(migrated, Optional.of("Your review schedule has moved from SM-2 to FSRS, but "
                    + copy + " could not be written, so " + file + " is left as it was and this session will not"
                    + " be saved."));
        }
    }

    private LoadedProgress setAside(String problem) {
        try {
            Path aside = AtomicFiles.setAside(file, clock);
            return new LoadedProgress(Progress.EMPTY, Optional.of("Your quiz progress file " + problem
                    + " and has been set aside as " + aside + "; the quiz starts afresh."));
        } catch (IOException e) {
            keepOff = true;
            return new LoadedProgress(Progress.EMPTY, Optional.of("Your quiz progress file " + file + " "
                    + problem + " and could not be moved aside; the quiz starts afresh and will not save over it."));
        }
    }
}
