package io.netpoldojo.ui.learn;

import io.netpoldojo.content.Section.Callout.Kind;
import java.util.Locale;

/** What each kind of callout is called on the page and in search results. */
public final class CalloutKinds {
    private CalloutKinds() {}

    /** The label printed on the callout, beside its icon. */
    public static String label(Kind kind) {
        return switch (kind) {
            case TRAP -> "Trap";
            case TIP -> "Tip";
            case INTERVIEW -> "In the interview";
            case NOTE -> "Note";
        };
    }

    /** The kind in a sentence: "a trap", "an interview answer". */
    public static String withArticle(Kind kind) {
        return switch (kind) {
            case TRAP -> "a trap";
            case TIP -> "a tip";
            case INTERVIEW -> "an interview answer";
            case NOTE -> "a note";
        };
    }

    /** The style class suffix: {@code callout-trap}, ... */
    public static String styleClass(Kind kind) {
        return "callout-" + kind.name().toLowerCase(Locale.ROOT);
    }
}
