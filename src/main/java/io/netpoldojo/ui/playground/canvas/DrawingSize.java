package io.netpoldojo.ui.playground.canvas;

import io.netpoldojo.diagram.Box;
import io.netpoldojo.diagram.Sizes;
import io.netpoldojo.workspace.NamespaceZone;
import io.netpoldojo.workspace.PlacedEndpoint;
import io.netpoldojo.workspace.Workspace;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.scene.layout.Pane;

/**
 * How large the canvas's drawing is, at 100%, and the holder its scroll pane scrolls, which is
 * exactly the zoomed drawing, so the scroll bars match what is seen.
 */
final class DrawingSize {
    /** Room right of and below what is drawn (the layouts leave the same on the left and top). */
    private static final double MARGIN = 24;

    /** A canvas people build on keeps room to drop things; a diagram is as large as what it shows. */
    private final boolean roomy;
    private final Pane world;
    private final List<Pane> layers;
    private final Pane holder;
    private final DoubleProperty zoom;
    private double width = 900;
    private double height = 600;

    /**
     * @param world  the drawing, sized to what it holds
     * @param layers its layers, each as large as the drawing
     * @param holder the scroll pane's content, sized to the zoomed drawing
     */
    DrawingSize(boolean roomy, Pane world, List<Pane> layers, Pane holder, DoubleProperty zoom) {
        this.roomy = roomy;
        this.world = world;
        this.layers = List.copyOf(layers);
        this.holder = holder;
        this.zoom = zoom;
        zoom.addListener((o, a, b) -> sizeHolder());
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /**
     * The drawing reaches its furthest zone, card or arrow ({@code lines}: the box the arrows'
     * lines reach) and a margin, as a laid-out diagram's placement and its exported picture do (an
     * arrow bowed around a card may run beyond every card); a canvas people build on is at least
     * 400 by 300, so there is room to drop the first pods.
     */
    void fit(Workspace ws, Optional<Box> lines) {
        double w = roomy ? 400 : 0;
        double h = roomy ? 300 : 0;
        if (lines.isPresent()) {
            w = Math.max(w, lines.get().maxX() + Sizes.ARROW_MARGIN);
            h = Math.max(h, lines.get().maxY() + Sizes.ARROW_MARGIN);
        }
        for (NamespaceZone z : ws.namespaces()) {
            w = Math.max(w, z.rect().x() + z.rect().width() + MARGIN);
            h = Math.max(h, z.rect().y() + z.rect().height() + MARGIN);
        }
        for (PlacedEndpoint e : ws.endpoints()) {
            w = Math.max(w, e.at().x() + EndpointNode.WIDTH / 2 + MARGIN);
            h = Math.max(h, e.at().y() + EndpointNode.HEIGHT / 2 + MARGIN);
        }
        if (w == width && h == height && world.getWidth() == w) {
            return;
        }
        width = w;
        height = h;
        world.resize(w, h);
        for (Pane layer : layers) {
            layer.resize(w, h);
        }
        sizeHolder();
    }

    private void sizeHolder() {
        double w = width * zoom.get();
        double h = height * zoom.get();
        holder.setMinSize(w, h);
        holder.setPrefSize(w, h);
        holder.setMaxSize(w, h);
    }
}
