package io.netpoldojo.manifest;

import io.netpoldojo.engine.model.Cluster;
import java.util.List;

/**
 * The outcome of a load. When {@link #hasErrors()} is true, {@code cluster} holds only what
 * loaded cleanly and must be treated as invalid, never shown as the whole of the input.
 */
public record LoadResult(Cluster cluster, List<Diagnostic> diagnostics, List<LoadedObject> objects, SourceIndex sources) {

    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
        objects = List.copyOf(objects);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    /** WARNING diagnostics only (NOTICEs, such as skipped kinds, are not included). */
    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).toList();
    }
}
