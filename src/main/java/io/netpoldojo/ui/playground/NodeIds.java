package io.netpoldojo.ui.playground;

/**
 * How tests, screenshots and the Present marks find canvas pieces. Endpoints, zones and matrix cells
 * have node ids; endpoint ids contain '/', which a selector cannot, so it becomes '-'. Arrows are
 * painted, not nodes (see {@link ArrowLayer}), and are found by their ends.
 */
public final class NodeIds {
    /**
     * A mark for an arrow whose verdict must not show yet (a question in class): its
     * tooltip then names the two ends and nothing more.
     */
    public static final String ANSWER_HIDDEN = "answer-hidden";

    private NodeIds() {}

    public static String endpoint(String endpointId) {
        return "endpoint-" + endpointId.replace('/', '-');
    }

    /** A name for the arrow from one endpoint to another, for the ids of things that belong to it. */
    public static String arrow(String fromId, String toId) {
        return "arrow-" + fromId.replace('/', '-') + "-to-" + toId.replace('/', '-');
    }

    public static String zone(String namespace) {
        return "zone-" + namespace;
    }
}
