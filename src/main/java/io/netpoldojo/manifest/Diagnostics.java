package io.netpoldojo.manifest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects diagnostics like jsoup's ParseErrorList: all of them, up to a cap on errors, after
 * which one last error says so and loading stops. Diagnostics of one document are gathered as
 * pending and committed in line order, so that messages read top to bottom like the file.
 */
final class Diagnostics {
    static final int MAX_ERRORS = 100;

    /** Thrown once the cap is reached; the loader catches it and returns what it has. */
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
    private int pendingErrors;
    private boolean stopped;

    /** Adds to the current document's diagnostics; commits early when they alone pass the cap. */
    void report(Diagnostic diagnostic) {
        if (stopped) {
            throw new LimitReached();
        }
        pending.add(diagnostic);
        if (diagnostic.isError() && ++pendingErrors + errors > MAX_ERRORS) {
            commit();
        }
    }

    /** Reports and commits at once, for problems outside any document (an unreadable file). */
    void add(Diagnostic diagnostic) {
        report(diagnostic);
        commit();
    }

    /** Moves the pending diagnostics, in line order, to the result; throws once past the cap. */
    void commit() {
        List<Diagnostic> batch = new ArrayList<>(pending);
        pending.clear();
        pendingErrors = 0;
        batch.sort(BY_POSITION);
        for (Diagnostic d : batch) {
            if (d.isError()) {
                if (errors == MAX_ERRORS) {
                    committed.add(Diagnostic.error(d.position(), "", "too many errors; stopped after " + MAX_ERRORS));
                    stopped = true;
                    throw new LimitReached();
                }
                errors++;
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
