package io.netpoldojo.manifest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
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

    /** The CPU time of every helper thread so far, for {@code bench}. */
    private static final AtomicLong HELPER_CPU_NANOS = new AtomicLong();
    /** Documents the helper may hold composed ahead of this thread (bounds the memory of a large file). */
    private static final int AHEAD = 4096;

    /** When a text is split, and where: never under {@code minChars}, at about {@code fraction} of the text. */
    record Split(int minChars, double fraction, boolean needsTwoCores) {
        /** Measured on the 2-core build machine (README, "Speed"). */
        static final Split DEFAULT = new Split(64 * 1024, 0.3, true);
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

    /** The CPU nanoseconds that helper threads have spent composing, in this process so far. */
    static long helperCpuNanos() {
        return HELPER_CPU_NANOS.get();
    }

    /** {@link YamlDocuments#forEach} with the text cut at {@code cut} (a char index where a {@code ---} line starts). */
    static Optional<YamlDocuments.Failure> forEach(String text, int cut, Consumer<YamlDocuments.Document> onDocument) {
        return forEach(text, cut, onDocument, () -> { });
    }

    /** As {@link #forEach(String, int, Consumer)}; {@code onRedo} runs when this thread composes a part again. */
    static Optional<YamlDocuments.Failure> forEach(String text, int cut, Consumer<YamlDocuments.Document> onDocument,
            Runnable onRedo) {
        WholeTextReader.Decoded decoded = WholeTextReader.Decoded.of(text);
        int cutPoint = text.codePointCount(0, cut);
        Helper helper = new Helper(YamlDocuments.composer(decoded, cutPoint, Integer.MAX_VALUE, 0));
        Thread thread = new Thread(helper, "netpol-dojo-compose");
        thread.setDaemon(true);
        helper.thread = thread;
        thread.start();
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
            while (true) {
                Object item = takeUninterruptibly(helper.queue);
                if (item instanceof Composed composed) {
                    if (before + composed.aliasesSoFar() > YamlDocuments.MAX_ALIASES) {
                        break;
                    }
                    handedAfter++;
                    onDocument.accept(composed.document());
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

    private static Object takeUninterruptibly(BlockingQueue<Object> queue) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return queue.take();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A document the helper composed, and the stream's count of aliases to collections after it (the helper's part only). */
    private record Composed(YamlDocuments.Document document, int aliasesSoFar) {}

    /** The helper's part ended: at its end (no error) or at an error, with the count then and the last event's mark. */
    private record End(Throwable error, int aliasesSoFar, Mark near) {}

    /** Composes the part after the cut, handing the documents over through a queue. */
    private static final class Helper implements Runnable {
        final BlockingQueue<Object> queue = new LinkedBlockingQueue<>(AHEAD);
        private final ManifestComposer composer;
        private volatile boolean cancelled;
        volatile Thread thread;

        Helper(ManifestComposer composer) {
            this.composer = composer;
        }

        void cancel() {
            cancelled = true;
            Thread t = thread;
            if (t != null) {
                t.interrupt();
            }
        }

        @Override
        public void run() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long start = threads.getCurrentThreadCpuTime();
            try {
                compose();
            } catch (InterruptedException e) {
                // Cancelled: this thread's work is not wanted.
            } finally {
                HELPER_CPU_NANOS.addAndGet(threads.getCurrentThreadCpuTime() - start);
            }
        }

        private void compose() throws InterruptedException {
            Object last;
            try {
                while (true) {
                    if (cancelled) {
                        return;
                    }
                    if (!composer.checkNode()) {
                        last = new End(null, composer.nonScalarAliases(), null);
                        break;
                    }
                    Node document = composer.getNode();
                    if (!YamlDocuments.isEmpty(document)) {
                        queue.put(new Composed(new YamlDocuments.Document(document, composer.aliases() > 0),
                                composer.nonScalarAliases()));
                    }
                }
            } catch (InterruptedException e) {
                throw e;
            } catch (Throwable e) { // NOPMD: any failure here is the main thread's to surface, as one thread would
                last = new End(e, composer.nonScalarAliases(), composer.lastMark());
            }
            queue.put(last);
        }
    }
}
