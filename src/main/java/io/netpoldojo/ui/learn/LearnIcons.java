package io.netpoldojo.ui.learn;

import io.netpoldojo.content.Section.Callout.Kind;
import io.netpoldojo.ui.Icons;

/** Line icons for the Learn place, drawn like the frame's own (see {@link Icons}). */
final class LearnIcons {
    static final String TIP = "M9.5 17.5 H14.5 M10.5 20.5 H13.5 M12 3.5 A6 6 0 0 0 8.4 14.3 C9 14.8 9.5 15.5 9.5 16.2"
            + " V17.5 H14.5 V16.2 C14.5 15.5 15 14.8 15.6 14.3 A6 6 0 0 0 12 3.5 Z";
    static final String INTERVIEW = "M4.5 5 H19.5 V15.5 H10 L5.5 19.5 V15.5 H4.5 Z M8 9 H16 M8 12 H13.5";
    static final String NOTE = "M12 3.5 A8.5 8.5 0 1 0 12 20.5 A8.5 8.5 0 1 0 12 3.5 Z M12 11 V16 M12 7.8 V8";
    static final String SEARCH = "M10.5 4 A6.5 6.5 0 1 0 10.5 17 A6.5 6.5 0 1 0 10.5 4 Z M15.3 15.3 L20 20";
    static final String CHECK = "M5 12.5 L10 17.5 L19 7.5";
    static final String DIAGRAM = "M4 5 H9 V10 H4 Z M15 14 H20 V19 H15 Z M9 7.5 H17.5 V14";

    private LearnIcons() {}

    static String callout(Kind kind) {
        return switch (kind) {
            case TRAP -> Icons.WARNING;
            case TIP -> TIP;
            case INTERVIEW -> INTERVIEW;
            case NOTE -> NOTE;
        };
    }
}
