package io.netpoldojo.ui.playground;

import io.netpoldojo.workspace.Connection;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * How tests, screenshots and the Present marks find canvas pieces. Endpoints, zones, matrix cells
 * and an arrow's reply have node ids; endpoint ids contain '/', which a selector cannot, so it
 * becomes '-'. Arrows have none (see {@link ArrowNode}) and are found by their connection key.
 */
public final class NodeIds {
    /** The key under which an arrow node keeps its connection's key, in its properties. */
    static final String ARROW_KEY = "connectionKey";
    /**
     * A style class for an arrow whose verdict must not show yet (a question in class): its
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

    /** The arrow from one endpoint to another under {@code scope}, if it is drawn. */
    public static Optional<Node> findArrow(Parent scope, String fromId, String toId) {
        return scope.lookupAll(".arrow").stream().filter(n -> isArrow(n, fromId, toId)).findFirst();
    }

    /** Whether {@code node} is the arrow from one endpoint to another. */
    public static boolean isArrow(Node node, String fromId, String toId) {
        return Connection.key(fromId, toId).equals(node.getProperties().get(ARROW_KEY));
    }

    /** The connection key of an arrow node, or null for any other node. */
    public static String arrowKey(Node node) {
        Object key = node.getProperties().get(ARROW_KEY);
        return key instanceof String s ? s : null;
    }
}
