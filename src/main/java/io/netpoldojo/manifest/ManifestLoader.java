package io.netpoldojo.manifest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads Kubernetes manifests (multi-document YAML, {@code kind: List}, {@code kubectl get -o
 * yaml} output) into the engine's {@link io.netpoldojo.engine.model.Cluster}, validating as the
 * apiserver would and reporting every problem with its position. It never throws: every failure,
 * a missing file included, becomes a {@link Diagnostic}.
 */
public final class ManifestLoader {

    public LoadResult load(List<ManifestSource> sources) {
        Session session = new Session();
        for (ManifestSource source : sources == null ? List.<ManifestSource>of() : sources) {
            if (source != null && !session.run(source.name(), () -> session.loadText(source.name(), source.text()))) {
                break;
            }
        }
        return session.finish();
    }

    public LoadResult load(String name, String text) {
        return load(List.of(new ManifestSource(name, text)));
    }

    /** Loads files in order; a missing, unreadable, oversized or non-UTF-8 file is an error naming it. */
    public LoadResult loadFiles(List<Path> files) {
        Session session = new Session();
        for (Path file : files == null ? List.<Path>of() : files) {
            if (file != null && !session.run(file.toString(), () -> session.loadFile(file))) {
                break;
            }
        }
        return session.finish();
    }

    /** One load: the diagnostics and the objects gathered so far. */
    private static final class Session {
        private final Diagnostics diagnostics = new Diagnostics();
        private final ClusterAssembly assembly = new ClusterAssembly(diagnostics);

        /** Runs one file's load; false once the error cap stops everything. */
        boolean run(String file, Runnable step) {
            try {
                step.run();
                return true;
            } catch (Diagnostics.LimitReached e) {
                return false;
            } catch (RuntimeException e) {
                // A bug here must not take the application down; show it as an error instead.
                try {
                    diagnostics.add(Diagnostic.error(SourcePosition.ofFile(file), "", "internal error while loading: " + e));
                    return true;
                } catch (Diagnostics.LimitReached limit) {
                    return false;
                }
            }
        }

        LoadResult finish() {
            return assembly.finish();
        }

        void loadFile(Path file) {
            String name = file.toString();
            byte[] bytes;
            try {
                if (Files.isDirectory(file)) {
                    diagnostics.add(Diagnostic.error(SourcePosition.ofFile(name), "", "cannot read: is a directory"));
                    return;
                }
                long size = Files.size(file);
                if (size > YamlDocuments.MAX_BYTES) {
                    diagnostics.add(tooLarge(name, size));
                    return;
                }
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                diagnostics.add(Diagnostic.error(SourcePosition.ofFile(name), "", "cannot read: no such file"));
                return;
            } catch (IOException | SecurityException e) {
                diagnostics.add(Diagnostic.error(SourcePosition.ofFile(name), "", "cannot read: " + e.getMessage()));
                return;
            }
            try {
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
                loadText(name, text);
            } catch (CharacterCodingException e) {
                diagnostics.add(Diagnostic.error(SourcePosition.ofFile(name), "", "not UTF-8 text"));
            }
        }

        void loadText(String file, String text) {
            long bytes = utf8Length(text);
            if (bytes > YamlDocuments.MAX_BYTES) {
                diagnostics.add(tooLarge(file, bytes));
                return;
            }
            String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
            int stopLine = Integer.MAX_VALUE;
            try {
                Optional<YamlDocuments.Failure> failure = YamlDocuments.forEach(body, doc -> loadDocument(file, doc));
                if (failure.isPresent()) {
                    YamlDocuments.Failure f = failure.get();
                    SourcePosition at = f.line() < 0 ? SourcePosition.ofFile(file)
                            : new SourcePosition(file, f.line() + 1, f.column() + 1);
                    diagnostics.add(Diagnostic.error(at, "", f.message()));
                    stopLine = f.line() < 0 ? 0 : f.line() + 1;
                }
            } catch (Diagnostics.LimitReached e) {
                throw e;
            } catch (RuntimeException e) {
                // As in run(), but the external comments of this file are still read.
                diagnostics.add(Diagnostic.error(SourcePosition.ofFile(file), "", "internal error while loading: " + e));
            }
            ExternalComments.scan(file, body, stopLine, diagnostics, external -> assembly.addExternal(external, diagnostics));
        }

        private void loadDocument(String file, Node document) {
            ObjectReader.Budget budget = new ObjectReader.Budget();
            ObjectReader checks = new ObjectReader(file, diagnostics, budget);
            try {
                YamlChecks.check(checks, document);
                new DocumentReader(file, diagnostics, budget, assembly).read(document);
            } catch (ObjectReader.TooManyNodes e) {
                checks.error(document, "", "too many YAML nodes after alias expansion (limit "
                        + ObjectReader.MAX_NODES + ")");
            }
            diagnostics.commit();
        }
    }

    static Diagnostic tooLarge(String file, long bytes) {
        String size = String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
        return Diagnostic.error(SourcePosition.ofFile(file), "", "too large (" + size + " MiB; the limit is 8 MiB)");
    }

    /** The text's size in UTF-8 bytes, as it would be on disk. */
    private static long utf8Length(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }
}
