package io.netpoldojo.manifest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Composes a large text of many documents on two threads: the text is cut at a document start
 * line ({@code ---} at column 0), a helper thread composes the part after the cut while this
 * thread composes the part before it and hands its documents over, then hands over the helper's,
 * in file order. The result is the one-thread result, for every input:
 * <ul>
 * <li>Marks are the whole text's (the second part's reader counts lines from the text's start).
 * <li>When the first part composes without a failure, one thread would have composed the same
 * documents and stood at the cut in the state a stream's start leaves (no flow collection open,
 * no indentation, no possible key): every character before the cut was taken as the same
 * tokens, and the {@code ---} ends a plain or block scalar as the end of the text does. The
 * text has no directive ({@code %} at a line's start), so nothing else passes from one document
 * to the next in SnakeYAML's parser; anchors are per document in {@link ManifestComposer}.
 * <li>What does pass on is the count of aliases to collections, which is the stream's: the second
 * part's documents are taken only while both counts together are within the limit.
 * <li>A failure in the first part may be an artefact of the cut (a quote or a flow collection left
 * open): then the whole text is composed again on this thread and the documents already handed
 * over are left out. A failure in the second part that carries its own position is the one-thread
 * failure; any other (the alias limit, a stack overflow on the helper's smaller stack, ...) makes
 * this thread compose the second part again, leaving out the documents already handed over.
 * </ul>
 * {@code SplitComposingTest} holds it against the one-thread load.
 */
final class SplitComposing {
    private SplitComposing() {}

    /** The CPU time of every helper thread so far, once a benchmark asked for it ({@link #countHelperCpu}). */
    private static final AtomicLong HELPER_CPU_NANOS = new AtomicLong();
    /** Off unless a benchmark asks: counting loads java.lang.management's classes, about 150, into a CLI run. */
    private static volatile boolean countingCpu;
    /**
     * Documents handed over at a time: one at a time, the two threads woke each other a thousand
     * times on a 1,000-pod file, and the system time of a run doubled (60 to 160 ms).
     */
    private static final int BATCH = 64;
    /** Batches the helper may hold composed ahead of this thread (bounds the memory of a large file). */
    private static final int AHEAD = 64;
    private static final Runnable NOTHING = new Runnable() {
        @Override
        public void run() {
            // no redo to note
        }
    };

    /** When a text is split, and where: never under {@code minChars}, at about {@code fraction} of the text. */
    record Split(int minChars, double fraction, boolean needsTwoCores) {
        /**
         * This thread composes the first 40% and reads every document (the readers take about a
         * third of a load, composing the rest), the helper composes the other 60%: then the helper
         * stays ahead and this thread need not wait for it before the end. At 30% this thread caught
         * up and waited for every batch; on a loaded machine each wait can cost a scheduling slice.
         */
        static final Split DEFAULT = new Split(64 * 1024, 0.4, true);
        static final Split NEVER = new Split(Integer.MAX_VALUE, 0.5, true);

        /** Where to cut the text (a char index, the start of a {@code ---} line), or -1 for not at all. */
        int cutOf(String text) {
            if (text.length() < minChars || needsTwoCores && Runtime.getRuntime().availableProcessors() < 2
                    || hasDirectiveLine(text)) {
                return -1;
            }
            int target = (int) Math.max(1, Math.min(text.length() - 1, text.length() * fraction));
            int after = nextDocumentStart(text, target);
            if (after >= 0) {
                return after;
            }
            for (int at = text.lastIndexOf("\n---", target); at >= 0; at = text.lastIndexOf("\n---", at - 1)) {
                if (isDocumentStart(text, at + 1)) {
                    return at + 1;
                }
            }
            return -1;
        }
    }

    private static int nextDocumentStart(String text, int from) {
        for (int at = text.indexOf("\n---", from - 1); at >= 0; at = text.indexOf("\n---", at + 1)) {
            if (isDocumentStart(text, at + 1)) {
                return at + 1;
            }
        }
        return -1;
    }

    /** {@code ---} at {@code at} (just after a line feed) followed by the end, a space, a tab or a line break, as SnakeYAML's scanner takes a document start. */
    private static boolean isDocumentStart(String text, int at) {
        if (at <= 0 || at + 3 > text.length() || !text.startsWith("---", at)) {
            return false;
        }
        if (at + 3 == text.length()) {
            return true;
        }
        char next = text.charAt(at + 3);
        return next == ' ' || next == '\t' || next == '\n' || next == '\r' || next == '\u0085' || next == '\u2028'
                || next == '\u2029';
    }

    /**
     * True when a {@code %} may begin a directive: at the text's start or after a line break, with
     * only byte order marks between (the reader does not count those as columns). Directives (and
     * SnakeYAML carries {@code %TAG} handles over to later documents) are left to one thread.
     */
    private static boolean hasDirectiveLine(String text) {
        for (int at = text.indexOf('%'); at >= 0; at = text.indexOf('%', at + 1)) {
            int before = at - 1;
            while (before >= 0 && text.charAt(before) == '\uFEFF') {
                before--;
            }
            if (before < 0) {
                return true;
            }
            char c = text.charAt(before);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /** Starts counting the CPU time of helper threads, for benchmarks. */
    static void countHelperCpu() {
        countingCpu = true;
    }

    /** The CPU nanoseconds that helper threads have spent composing since {@link #countHelperCpu}. */
    static long helperCpuNanos() {
        return HELPER_CPU_NANOS.get();
    }

    /** {@link YamlDocuments#forEach} with the text cut at {@code cut} (a char index where a {@code ---} line starts). */
    static Optional<YamlDocuments.Failure> forEach(String text, int cut, Consumer<YamlDocuments.Document> onDocument) {
        return forEach(text, cut, onDocument, NOTHING);
    }

    /** As {@link #forEach(String, int, Consumer)}; {@code onRedo} runs when this thread composes a part again. */
    static Optional<YamlDocuments.Failure> forEach(String text, int cut, Consumer<YamlDocuments.Document> onDocument,
            Runnable onRedo) {
        WholeTextReader.Decoded decoded = WholeTextReader.Decoded.of(text);
        int cutPoint = text.codePointCount(0, cut);
        Helper helper = new Helper(YamlDocuments.composer(decoded, cutPoint, Integer.MAX_VALUE, 0));
        Thread thread = new Thread(helper, "netpol-dojo-compose");
        thread.setDaemon(true);
        try {
            thread.start();
        } catch (OutOfMemoryError e) { // no thread to be had: one thread, then
            return YamlDocuments.compose(text, decoded, 0, 0, 0, onDocument);
        }
        try {
            ManifestComposer first = YamlDocuments.composer(decoded, 0, cutPoint, 0);
            int handed = 0;
            while (true) {
                Node document;
                try {
                    if (!first.checkNode()) {
                        break;
                    }
                    document = first.getNode();
                } catch (RuntimeException | StackOverflowError e) {
                    // Perhaps the cut's doing: compose it all again here, as one thread does.
                    helper.cancel();
                    onRedo.run();
                    return YamlDocuments.compose(text, decoded, 0, 0, handed, onDocument);
                }
                if (!YamlDocuments.isEmpty(document)) {
                    handed++;
                    onDocument.accept(new YamlDocuments.Document(document, first.aliases() > 0));
                }
            }
            int before = first.nonScalarAliases();
            int handedAfter = 0;
            batches:
            while (true) {
                Object item = helper.take();
                if (item instanceof Composed[] batch) {
                    for (Composed composed : batch) {
                        if (before + composed.aliasesSoFar() > YamlDocuments.MAX_ALIASES) {
                            break batches;
                        }
                        handedAfter++;
                        onDocument.accept(composed.document());
                    }
                } else {
                    End end = (End) item;
                    if (end.error() == null) {
                        return Optional.empty();
                    }
                    if ((end.error() instanceof MarkedYAMLException || end.error() instanceof ReaderException)
                            && before + end.aliasesSoFar() <= YamlDocuments.MAX_ALIASES) {
                        return Optional.of(YamlDocuments.describe(end.error(), end.near(), text));
                    }
                    break;
                }
            }
            helper.cancel();
            onRedo.run();
            return YamlDocuments.compose(text, decoded, cutPoint, before, handedAfter, onDocument);
        } finally {
            helper.cancel();
        }
    }

    /** A document the helper composed, and the stream's count of aliases to collections after it (the helper's part only). */
    private record Composed(YamlDocuments.Document document, int aliasesSoFar) {}

    /** The helper's part ended: at its end (no error) or at an error, with the count then and the last event's mark. */
    private record End(Throwable error, int aliasesSoFar, Mark near) {}

    /** Composes the part after the cut, handing the documents over in batches through a small queue. */
    private static final class Helper implements Runnable {
        /** Batches ({@code Composed[]}), then one {@link End}; guarded by this. */
        private final ArrayDeque<Object> queue = new ArrayDeque<>();
        private final ManifestComposer composer;
        private boolean cancelled;

        Helper(ManifestComposer composer) {
            this.composer = composer;
        }

        /** Stops the helper at its next document or batch; what it composed is dropped. */
        synchronized void cancel() {
            cancelled = true;
            queue.clear();
            notifyAll();
        }

        /** The next batch or the end, waiting for it; an interrupt is kept for the caller, as one thread would not notice it. */
        synchronized Object take() {
            boolean interrupted = false;
            while (queue.isEmpty()) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            notifyAll();
            return queue.poll();
        }

        /** Queues a batch, waiting while {@value #AHEAD} are queued; false once cancelled. */
        private synchronized boolean put(Object batch) throws InterruptedException {
            while (queue.size() >= AHEAD && !cancelled) {
                wait();
            }
            if (cancelled) {
                return false;
            }
            queue.add(batch);
            notifyAll();
            return true;
        }

        private synchronized boolean cancelled() {
            return cancelled;
        }

        /** The end always goes, however many batches are queued, so that the main thread never waits for nothing. */
        private synchronized void end(End end) {
            if (!cancelled) {
                queue.add(end);
                notifyAll();
            }
        }

        @Override
        public void run() {
            boolean counting = countingCpu;
            long start = counting ? BenchClock.threadCpuNanos() : 0;
            End end;
            try {
                end = compose();
            } catch (Throwable e) { // NOPMD: whatever stops this thread is the main thread's to surface, as one thread would
                end = new End(e, YamlDocuments.MAX_ALIASES + 1, null); // never taken as it is: composed again
            }
            if (counting) {
                // Counted before the end goes: once the main thread has it, the load is over.
                HELPER_CPU_NANOS.addAndGet(BenchClock.threadCpuNanos() - start);
            }
            if (end != null) {
                end(end);
            }
        }

        /** Composes the part and queues its documents in batches; how it ended, or null when cancelled. */
        private End compose() throws InterruptedException {
            List<Composed> batch = new ArrayList<>(BATCH);
            try {
                while (true) {
                    if (cancelled()) {
                        return null;
                    }
                    if (!composer.checkNode()) {
                        return flush(batch) ? new End(null, composer.nonScalarAliases(), null) : null;
                    }
                    Node document = composer.getNode();
                    if (!YamlDocuments.isEmpty(document)) {
                        batch.add(new Composed(new YamlDocuments.Document(document, composer.aliases() > 0),
                                composer.nonScalarAliases()));
                        if (batch.size() == BATCH && !flush(batch)) {
                            return null;
                        }
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                return flush(batch) ? new End(e, composer.nonScalarAliases(), composer.lastMark()) : null;
            }
        }

        private boolean flush(List<Composed> batch) throws InterruptedException {
            if (batch.isEmpty()) {
                return true;
            }
            Composed[] items = batch.toArray(new Composed[0]);
            batch.clear();
            return put(items);
        }
    }

    /** A thread's CPU time, through java.lang.management, loaded only when a benchmark counts. */
    private static final class BenchClock {
        private static final java.lang.management.ThreadMXBean THREADS =
                java.lang.management.ManagementFactory.getThreadMXBean();

        private BenchClock() {}

        static long threadCpuNanos() {
            return THREADS.getCurrentThreadCpuTime();
        }
    }
}
