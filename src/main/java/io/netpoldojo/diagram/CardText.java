package io.netpoldojo.diagram;

/** What a card shows besides its box: its icon, and its words fitted to its width. */
public final class CardText {
    /** A pod's icon (a box), in a 24-pixel square. */
    public static final String BOX = "M4 7l8-4 8 4v10l-8 4-8-4z M4 7l8 4 8-4 M12 11v10";
    /** An outside endpoint's icon (a cloud), in a 24-pixel square. */
    public static final String CLOUD = "M7 18a4 4 0 0 1-.5-7.97A6 6 0 0 1 18 9.5a4.5 4.5 0 0 1-.5 8.5z";
    /** About how wide a character is, in ems: sans-serif letters, on the wide side. */
    private static final double REGULAR_EM = 0.58;
    private static final double BOLD_EM = 0.64;

    private CardText() {}

    /** About how wide a line of text is at a font size. */
    public static double width(String text, double fontSize, boolean bold) {
        return text.length() * fontSize * (bold ? BOLD_EM : REGULAR_EM);
    }

    /** The text, cut short with an ellipsis when it would not fit in {@code width}, as the canvas's labels do. */
    public static String fit(String text, double width, double fontSize, boolean bold) {
        if (width(text, fontSize, bold) <= width) {
            return text;
        }
        int keep = Math.max(1, (int) Math.floor(width / (fontSize * (bold ? BOLD_EM : REGULAR_EM))) - 1);
        return keep >= text.length() ? text : text.substring(0, keep) + "\u2026";
    }
}
