package io.netpoldojo.engine.model;

/** A namespace and its labels. */
public record Namespace(String name, Labels labels) {
    /**
     * "The Kubernetes control plane sets an immutable label kubernetes.io/metadata.name on all
     * namespaces, the value of the label is the namespace name." (docs: Namespaces, since 1.21)
     */
    public static final String NAME_LABEL = "kubernetes.io/metadata.name";

    public Namespace {
        labels = labels.with(NAME_LABEL, name);
    }

    public static Namespace named(String name) {
        return new Namespace(name, Labels.NONE);
    }
}
