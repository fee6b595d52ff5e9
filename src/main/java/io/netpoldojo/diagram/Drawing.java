package io.netpoldojo.diagram;

import io.netpoldojo.engine.model.Tier;
import java.util.List;
import java.util.Optional;

/**
 * Everything a diagram shows, placed and routed, with no screen: zones, cards and arrows in
 * pixels at 100%. The SVG and PNG writers draw it; the canvas draws the same places and lines.
 */
public record Drawing(double width, double height, List<Zone> zones, List<Card> cards, List<Arrow> arrows) {
    public Drawing {
        zones = List.copyOf(zones);
        cards = List.copyOf(cards);
        arrows = List.copyOf(arrows);
    }

    /** The same drawing with everything moved by (dx, dy). */
    public Drawing moved(double dx, double dy) {
        return new Drawing(width, height,
                zones.stream().map(z -> new Zone(z.namespace(), move(z.box(), dx, dy), z.title(), z.labels(),
                        move(z.labelBox(), dx, dy))).toList(),
                cards.stream().map(c -> new Card(c.id(), c.outside(), move(c.box(), dx, dy), c.name(), c.detail(),
                        c.ports())).toList(),
                arrows.stream().map(a -> new Arrow(a.from(), a.to(), a.state(), a.curve().moved(dx, dy),
                        a.allowedPorts(), a.deniedPorts(), a.tier())).toList());
    }

    private static Box move(Box b, double dx, double dy) {
        return new Box(b.x() + dx, b.y() + dy, b.width(), b.height());
    }

    /** What the engine says of an arrow: every port open, some open, or none. */
    public enum State {
        ALLOWED("allowed"), PARTLY("partly"), DENIED("denied");

        private final String cssClass;

        State(String cssClass) {
            this.cssClass = cssClass;
        }

        public String cssClass() {
            return cssClass;
        }
    }

    /** A namespace zone: its box, its title and labels, and the box they take (which arrows keep clear of). */
    public record Zone(String namespace, Box box, String title, String labels, Box labelBox) {}

    /**
     * An endpoint card: a pod or workload ({@code outside} false) with its labels and ports as its
     * detail lines, or an outside endpoint with its address.
     */
    public record Card(String id, boolean outside, Box box, String name, String detail, String ports) {}

    /**
     * An arrow from one card to another, its verdict, its line, its ports as the tooltip names
     * them, and the ClusterNetworkPolicy tier that decided it, if one did (the canvas's badge).
     */
    public record Arrow(String from, String to, State state, Curve curve, String allowedPorts, String deniedPorts,
                        Optional<Tier> tier) {
        /** An arrow no ClusterNetworkPolicy tier decided. */
        public Arrow(String from, String to, State state, Curve curve, String allowedPorts, String deniedPorts) {
            this(from, to, state, curve, allowedPorts, deniedPorts, Optional.empty());
        }
    }
}
