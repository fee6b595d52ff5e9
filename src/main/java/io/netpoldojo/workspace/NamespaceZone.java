package io.netpoldojo.workspace;

import io.netpoldojo.engine.model.Namespace;

/** A namespace drawn as a zone; the pods whose position lies inside belong to it. */
public record NamespaceZone(Namespace namespace, Rect rect) {
    public String name() {
        return namespace.name();
    }
}
