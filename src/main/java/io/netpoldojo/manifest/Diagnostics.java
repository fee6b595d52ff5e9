package io.netpoldojo.manifest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects diagnostics like jsoup's ParseErrorList: all of them, up to a cap on errors, after
 * which one last error says so. The cap is per file (100), so that every file of a batch is read,
 * with a higher cap for the whole load (1,000), after which the files left are named as not read.
 * Diagnostics of one document are gathered as pending and committed in line order, so that
 * messages read top to bottom like the file.
 */
final class Diagnostics {
    static final int MAX_ERRORS_PER_FILE = 100;
    static final int MAX_ERRORS = 1000;

    /** Thrown once a cap is reached; the loader catches it and goes on with the next file, if any. */
    static final class LimitReached extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LimitReached() {
            super("too many errors", null, false, false);
        }
    }

    private static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparingInt((Diagnostic d) -> d.position().line())
            .thenComparingInt(d -> d.position().column());

    private final List<Diagnostic> committed = new ArrayList<>();
    private final List<Diagnostic> pending = new ArrayList<>();
    private int errors;
    private int fileErrors;
    private int pendingErrors;
    private boolean stopped;

    /** A new file begins: its own cap of errors. */
    void startFile() {
        fileErrors = 0;
        stopped = false;
    }

    /** True once the whole load's cap is reached: no further file is read. */
    boolean exhausted() {
        return errors >= MAX_ERRORS;
    }

    /** Says that a file was left unread because of the errors before it. */
    void notRead(String file) {
        committed.add(Diagnostic.error(SourcePosition.ofFile(file), "", "not read: stopped after " + MAX_ERRORS
                + " errors in the files before it"));
    }

    /** Adds to the current document's diagnostics; commits early when they alone pass a cap. */
    void report(Diagnostic diagnostic) {
        if (stopped) {
            throw new LimitReached();
        }
        pending.add(diagnostic);
        if (diagnostic.isError() && (++pendingErrors + fileErrors > MAX_ERRORS_PER_FILE
                || pendingErrors + errors > MAX_ERRORS)) {
            commit();
        }
    }

    /** Reports and commits at once, for problems outside any document (an unreadable file). */
    void add(Diagnostic diagnostic) {
        report(diagnostic);
        commit();
    }

    /** Moves the pending diagnostics, in line order, to the result; throws once past a cap. */
    void commit() {
        List<Diagnostic> batch = new ArrayList<>(pending);
        pending.clear();
        pendingErrors = 0;
        batch.sort(BY_POSITION);
        for (Diagnostic d : batch) {
            if (d.isError()) {
                if (fileErrors == MAX_ERRORS_PER_FILE || errors == MAX_ERRORS) {
                    committed.add(Diagnostic.error(d.position(), "", fileErrors == MAX_ERRORS_PER_FILE
                            ? "too many errors in this file; stopped after " + MAX_ERRORS_PER_FILE
                            : "too many errors (" + MAX_ERRORS + " in all); stopped here"));
                    stopped = true;
                    throw new LimitReached();
                }
                errors++;
                fileErrors++;
            }
            committed.add(d);
        }
    }

    /** Errors committed and pending, for "did this object load cleanly?" checks. */
    int errorCount() {
        return errors + pendingErrors;
    }

    List<Diagnostic> all() {
        return List.copyOf(committed);
    }
}
