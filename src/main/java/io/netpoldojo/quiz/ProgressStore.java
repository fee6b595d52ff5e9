package io.netpoldojo.quiz;

import io.netpoldojo.userdata.DamagedFileException;
import io.netpoldojo.userdata.UserDataDir;
import io.netpoldojo.userdata.UserFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Loads and saves the quiz {@link Progress} in {@code quiz-progress.yaml} in the user's folder.
 * Loading never throws: a damaged or unreadable file is moved aside (nothing the learner had is
 * destroyed; see {@link UserFile}) and the quiz starts afresh with a sentence saying so. Saving is
 * atomic and may run on any thread; a save that arrives after a newer one is dropped, so the file
 * never goes back in time when two background saves finish out of order.
 */
public final class ProgressStore {
    public static final String FILE_NAME = "quiz-progress.yaml";

    private final UserFile file;
    private long savedRevision = Long.MIN_VALUE;

    public ProgressStore(Path file, Clock clock) {
        this.file = new UserFile(file, "quiz progress file", clock);
    }

    public static ProgressStore in(UserDataDir dir, Clock clock) {
        return new ProgressStore(dir.file(FILE_NAME), clock);
    }

    public Path file() {
        return file.path();
    }

    public synchronized LoadedProgress load() {
        UserFile.Loaded<Progress> loaded = file.load(text -> {
            try {
                return ProgressYaml.read(text);
            } catch (ProgressYaml.DamagedException e) {
                throw DamagedFileException.damaged(e.getMessage());
            }
        }, "the quiz starts afresh");
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
        if (revision <= savedRevision || file.keptAsItIs()) {
            return false;
        }
        file.write(ProgressYaml.write(progress));
        savedRevision = revision;
        return true;
    }
}
