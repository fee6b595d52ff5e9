package io.netpoldojo.ui.playground.canvas;

import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.synthesis.EditTarget;
import java.util.Optional;
import java.util.Set;

/**
 * What the canvas's menus ask for when a person builds policies with the mouse; the Playground
 * answers with a dialog that shows the change (why, the YAML, the arrows it opens and closes)
 * before making it.
 */
public interface PolicyActions {
    /** "Allow this connection on port…", from an arrow's menu or a drag from card to card. */
    void allowConnection(String fromId, String toId, Optional<Port> port);

    /** "Let only this reach it": isolate the destination and allow just this connection. */
    void allowOnlyConnection(String fromId, String toId, Optional<Port> port);

    void denyConnection(String fromId, String toId, Port port);

    void isolate(EditTarget target, Set<Direction> directions);

    void allowDns(EditTarget target);

    void allowFromOwnNamespaceOnly(EditTarget target);
}
