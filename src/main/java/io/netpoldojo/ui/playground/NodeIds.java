package io.netpoldojo.ui.playground;

/**
 * Node ids for canvas pieces, so tests and screenshots can find them with a CSS selector.
 * Endpoint ids contain '/', which a selector cannot, so it becomes '-'.
 */
public final class NodeIds {
    private NodeIds() {}

    public static String endpoint(String endpointId) {
        return "endpoint-" + endpointId.replace('/', '-');
    }

    public static String arrow(String fromId, String toId) {
        return "arrow-" + fromId.replace('/', '-') + "-to-" + toId.replace('/', '-');
    }

    public static String zone(String namespace) {
        return "zone-" + namespace;
    }
}
