package io.netpoldojo.diagram;

/**
 * The sizes every diagram is drawn at, in pixels at 100%: the canvas's cards and zone headers,
 * and about how wide their words are. The app's stylesheets, the SVG and the PNG keep to them.
 */
public final class Sizes {
    /** An endpoint card (pod, workload or outside endpoint). */
    public static final double CARD_WIDTH = 158;
    public static final double CARD_HEIGHT = 66;
    /** A zone's header band, which holds its title and labels. */
    public static final double ZONE_HEADER = 30;
    /** Where a zone's title starts, from the zone's top-left corner. */
    public static final double LABEL_LEFT = 14;
    public static final double LABEL_TOP = 6;
    public static final double LABEL_HEIGHT = 20;
    /** The gap between a zone's title and its labels. */
    public static final double LABEL_GAP = 8;
    /**
     * About how wide a character is, on the high side so a box is never short of its words: a
     * zone's title (bold, 14 px) and its labels (12.6 px).
     */
    public static final double TITLE_CHAR = 9.6;
    public static final double LABEL_CHAR = 7.8;
    /** The type sizes of a card's name and of its detail lines, and of a zone's title and labels. */
    public static final double NAME_FONT = 14;
    public static final double DETAIL_FONT = 12;
    public static final double ZONE_TITLE_FONT = 14;
    public static final double ZONE_LABEL_FONT = 12.6;

    /**
     * How far an arrow's stroke reaches beyond the points of its line: a drawing holds its arrows'
     * lines grown by this, and its margin around them.
     */
    public static final double ARROW_REACH = 3;
    /**
     * The least room between an arrow's stroke and the drawing's edge: half the margin kept
     * around cards, enough for the marker at the line's middle (a whole margin made the busiest
     * quiz diagrams' words smaller than 11 px).
     */
    public static final double ARROW_MARGIN = 8;

    private Sizes() {}

    /** A zone's title as the canvas shows it. */
    public static String zoneTitle(String namespace) {
        return "namespace: " + namespace;
    }

    /** About how wide a zone's title and labels are together ({@code labels} may be empty). */
    public static double zoneLabelWidth(String namespace, String labels) {
        return zoneTitle(namespace).length() * TITLE_CHAR + (labels.isEmpty() ? 0 : LABEL_GAP
                + labels.length() * LABEL_CHAR);
    }

    /** Where a zone's title and labels are, for a zone at {@code zone}: what arrows keep clear of. */
    public static Box zoneLabelBox(Box zone, double labelWidth) {
        return new Box(zone.x() + LABEL_LEFT, zone.y() + LABEL_TOP,
                Math.min(labelWidth, Math.max(0, zone.width() - LABEL_LEFT)), LABEL_HEIGHT);
    }
}
