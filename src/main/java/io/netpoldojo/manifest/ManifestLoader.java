package io.netpoldojo.manifest;

import io.netpoldojo.files.TextFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads Kubernetes manifests (multi-document YAML, {@code kind: List}, {@code kubectl get -o
 * yaml} output) into the engine's {@link io.netpoldojo.engine.model.Cluster}, validating as the
 * apiserver would and reporting every problem with its position. Every problem with the input, a
 * missing file included, becomes a {@link Diagnostic}; a bug in the loader is thrown as a
 * {@link LoaderFault}, never disguised as invalid input.
 */
public final class ManifestLoader {
    /** How long {@link #loadFiles} waits for a FIFO or device to open (a FIFO opens once something writes to it). */
    static final long SPECIAL_FILE_WAIT_SECONDS = 5;
    private static final Duration SPECIAL_FILE_WAIT = Duration.ofSeconds(SPECIAL_FILE_WAIT_SECONDS);
    private final SplitComposing.Split split;

    public ManifestLoader() {
        this(SplitComposing.Split.DEFAULT);
    }

    /** A loader that splits large texts for two threads as {@code split} says (tests force or forbid it). */
    ManifestLoader(SplitComposing.Split split) {
        this.split = split;
    }

    /**
     * Starts counting the CPU time of the helper threads that compose part of a large file, for
     * benchmarks that count every thread of a load (off by default: counting loads the JVM's
     * management classes into a CLI run).
     */
    public static void countHelperCpu() {
        SplitComposing.countHelperCpu();
    }

    /** The CPU time helper threads have spent composing manifests since {@link #countHelperCpu()}. */
    public static long helperCpuNanos() {
        return SplitComposing.helperCpuNanos();
    }

    public LoadResult load(List<ManifestSource> sources) {
        Session session = new Session(split);
        for (ManifestSource source : sources == null ? List.<ManifestSource>of() : sources) {
            if (source != null) {
                session.file(source.name(), () -> session.loadText(source.name(), source.text()));
            }
        }
        return session.finish();
    }

    public LoadResult load(String name, String text) {
        return load(List.of(new ManifestSource(name, text)));
    }

    /**
     * Loads files in order; a missing, unreadable, oversized or non-UTF-8 file is an error naming
     * it. A FIFO or device is read too (bounded by the size limit), after waiting at most
     * {@value #SPECIAL_FILE_WAIT_SECONDS} s for it to open.
     */
    public LoadResult loadFiles(List<Path> files) {
        Session session = new Session(split);
        for (Path file : files == null ? List.<Path>of() : files) {
            if (file != null) {
                session.file(file.toString(), () -> session.loadFile(file));
            }
        }
        return session.finish();
    }

    /**
     * The text without the byte order marks (U+FEFF) that begin a line. go-yaml, which kubectl
     * uses, skips a BOM wherever it scans to the next token at the start of a line, so a file
     * made by joining files that each began with one applies; SnakeYAML skips only the first.
     */
    public static String withoutByteOrderMarks(String text) {
        int bom = text.indexOf('\uFEFF');
        if (bom < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int copied = 0;
        for (; bom >= 0; bom = text.indexOf('\uFEFF', bom + 1)) {
            if (bom == 0 || text.charAt(bom - 1) == '\n' || text.charAt(bom - 1) == '\r') {
                sb.append(text, copied, bom);
                copied = bom + 1;
            }
        }
        return sb.append(text, copied, text.length()).toString();
    }

    /** One load: the diagnostics and the objects gathered so far. */
    private static final class Session {
        private final Diagnostics diagnostics = new Diagnostics();
        private final ClusterAssembly assembly = new ClusterAssembly(diagnostics);
        private final SplitComposing.Split split;

        Session(SplitComposing.Split split) {
            this.split = split;
        }

        /** Loads one file under its own error cap, or names it as not read once the load's cap is reached. */
        void file(String name, Runnable step) {
            if (diagnostics.exhausted()) {
                diagnostics.notRead(name);
                return;
            }
            diagnostics.startFile();
            try {
                step.run();
            } catch (Diagnostics.LimitReached e) {
                // This file stops here; the cap's own error says so.
            } catch (LoaderFault e) {
                throw e;
            } catch (RuntimeException e) {
                throw new LoaderFault(name, e);
            }
        }

        LoadResult finish() {
            diagnostics.startFile();
            return assembly.finish();
        }

        void loadFile(Path file) {
            String name = file.toString();
            TextFiles.Read read = TextFiles.readUtf8(file, YamlDocuments.MAX_BYTES, Optional.of(SPECIAL_FILE_WAIT));
            if (read instanceof TextFiles.Text text) {
                loadText(name, text.text());
            } else if (read instanceof TextFiles.Problem problem) {
                diagnostics.add(Diagnostic.error(SourcePosition.ofFile(name), "",
                        problem.damaged() ? problem.reason() : "cannot read: " + problem.reason()));
            } else {
                diagnostics.add(Diagnostic.error(SourcePosition.ofFile(name), "", "cannot read: no such file"));
            }
        }

        void loadText(String file, String text) {
            long bytes = utf8Length(text);
            if (bytes > YamlDocuments.MAX_BYTES) {
                diagnostics.add(Diagnostic.error(SourcePosition.ofFile(file), "",
                        TextFiles.tooLarge(bytes, YamlDocuments.MAX_BYTES)));
                return;
            }
            String body = withoutByteOrderMarks(text);
            int stopLine = Integer.MAX_VALUE;
            Optional<YamlDocuments.Failure> failure = YamlDocuments.forEach(body, doc -> loadDocument(file, doc), split);
            if (failure.isPresent()) {
                YamlDocuments.Failure f = failure.get();
                SourcePosition at = f.line() < 0 ? SourcePosition.ofFile(file)
                        : new SourcePosition(file, f.line() + 1, f.column() + 1);
                diagnostics.add(Diagnostic.error(at, "", f.message()));
                stopLine = f.line() < 0 ? 0 : f.line() + 1;
            }
            ExternalComments.scan(file, body, stopLine, diagnostics, external -> assembly.addExternal(external, diagnostics));
        }

        private void loadDocument(String file, YamlDocuments.Document composed) {
            Node document = composed.root();
            ObjectReader.Budget budget = new ObjectReader.Budget();
            ObjectReader checks = new ObjectReader(file, diagnostics, budget);
            try {
                YamlChecks.check(checks, document, composed.aliased());
                if (!checks.clean()) {
                    budget.markYamlProblems();
                }
                new DocumentReader(file, diagnostics, budget, assembly).read(document);
            } catch (ObjectReader.TooManyNodes e) {
                checks.error(document, "", "too many YAML nodes after alias expansion (limit "
                        + ObjectReader.MAX_NODES + ")");
            }
            diagnostics.commit();
        }
    }

    /** The text's size in UTF-8 bytes as it would be on disk, or a lower bound when that is surely within the limit. */
    private static long utf8Length(String text) {
        if ((long) text.length() * 3 <= YamlDocuments.MAX_BYTES) {
            return text.length(); // within the limit however it is encoded: no need to count
        }
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }
}
