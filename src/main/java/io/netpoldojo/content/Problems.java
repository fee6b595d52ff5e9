package io.netpoldojo.content;

import io.netpoldojo.manifest.Diagnostic;
import io.netpoldojo.manifest.SourcePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** Collects every problem found while loading content, up to a cap, so one run shows them all. */
final class Problems {
    static final int CAP = 500;

    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private boolean capped;

    static SourcePosition at(String file, Node node) {
        return at(file, node.getStartMark());
    }

    static SourcePosition at(String file, Mark mark) {
        return mark == null ? SourcePosition.ofFile(file) : new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    void error(String file, Node node, String path, String message) {
        add(Diagnostic.error(at(file, node), path, message));
    }

    void error(SourcePosition position, String path, String message) {
        add(Diagnostic.error(position, path, message));
    }

    void warning(String file, Node node, String path, String message) {
        add(Diagnostic.warning(at(file, node), path, message));
    }

    void add(Diagnostic d) {
        if (diagnostics.size() < CAP) {
            diagnostics.add(d);
        } else if (!capped) {
            capped = true;
            diagnostics.add(Diagnostic.error(d.position(), "", "too many problems; stopped reporting after " + CAP));
        }
    }

    /** Ordered by file, line and column, so the report reads top to bottom. */
    List<Diagnostic> sorted() {
        List<Diagnostic> out = new ArrayList<>(diagnostics);
        out.sort(Comparator.comparing((Diagnostic d) -> d.position().file())
                .thenComparingInt(d -> d.position().line())
                .thenComparingInt(d -> d.position().column()));
        return List.copyOf(out);
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }
}
