package io.netpoldojo.content;

import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.manifest.Diagnostic;
import io.netpoldojo.manifest.LoadResult;
import io.netpoldojo.manifest.ManifestLoader;
import io.netpoldojo.manifest.Severity;
import io.netpoldojo.manifest.SourcePosition;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Kubernetes YAML written inside a content file as a block of text (a card's starter and
 * solution, a lesson's code): loaded with the manifest loader, and its diagnostics moved to where
 * the block sits in the content file, so the author sees the right line.
 */
final class Snippets {
    private Snippets() {}

    /**
     * Loads the block as manifests. Errors and warnings are reported under {@code path} (the
     * block's own field path comes first in the message); notices, such as skipped kinds, are not.
     */
    static LoadResult load(String file, String fileText, Node block, String path, String snippet, Problems problems) {
        LoadResult result = new ManifestLoader().load(file, snippet);
        Mapper mapper = new Mapper(file, fileText, block);
        for (Diagnostic d : result.diagnostics()) {
            if (d.severity() == Severity.NOTICE) {
                continue;
            }
            String message = d.path().isEmpty() ? d.message() : d.path() + ": " + d.message();
            problems.add(new Diagnostic(d.severity(), mapper.map(d.position()), path, message));
        }
        return result;
    }

    /** The policies of a block that may hold only NetworkPolicies; empty after reporting problems. */
    static Optional<List<NetworkPolicy>> policies(String file, String fileText, Node block, String path, String snippet,
                                                  Problems problems) {
        LoadResult result = load(file, fileText, block, path, snippet, problems);
        if (result.hasErrors()) {
            return Optional.empty();
        }
        if (!result.cluster().endpoints().isEmpty()) {
            problems.error(file, block, path, "may hold only NetworkPolicies; pods, workloads and outside endpoints"
                    + " belong in the scenario");
            return Optional.empty();
        }
        return Optional.of(result.cluster().policies());
    }

    /** Maps a position in the block to the content file: exact for a {@code |} block, else the block's start. */
    private static final class Mapper {
        private final String file;
        private final SourcePosition start;
        private final int firstLine;
        private final int indent;

        Mapper(String file, String fileText, Node block) {
            this.file = file;
            this.start = Problems.at(file, block);
            boolean literal = block instanceof ScalarNode s && s.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL;
            if (literal) {
                String[] lines = fileText.split("\n", -1);
                int indicatorLine = block.getStartMark().getLine(); // 0-based line of the "|"
                int ind = -1;
                for (int i = indicatorLine + 1; i < lines.length && ind < 0; i++) {
                    String l = lines[i];
                    if (!l.isBlank()) {
                        ind = l.length() - l.stripLeading().length();
                    }
                }
                this.firstLine = indicatorLine + 2;
                this.indent = Math.max(ind, 0);
            } else {
                this.firstLine = -1;
                this.indent = 0;
            }
        }

        SourcePosition map(SourcePosition p) {
            if (firstLine < 0 || p.line() <= 0) {
                return start;
            }
            return new SourcePosition(file, firstLine + p.line() - 1, p.column() + indent);
        }
    }
}
