package io.netpoldojo.ui.playground.arrows;

import io.netpoldojo.diagram.ArrowRouter;
import io.netpoldojo.diagram.Box;
import io.netpoldojo.diagram.Curve;
import io.netpoldojo.diagram.LabelPlaces;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Where the words beside arrows go: "reply (stateful)" beside a selected arrow's reply, and
 * "opened" or "closed" beside each arrow an edit changed. Each takes the first free place its list
 * gives ({@link LabelPlaces}: on no card, zone title or other word); the reply's word is placed
 * first, then the change's words in the change's order. A word with no free place is left out:
 * the reply is still drawn as its own dashed line and the Why? card says replies are allowed; a
 * changed arrow still pulses, and the status line counts every arrow the edit opened and closed.
 */
public final class ArrowLabels {
    public static final String REPLY = "reply (stateful)";
    /** The reply's word where the whole does not fit. */
    public static final String SHORT_REPLY = "reply";
    /** Nearest the middle first: where the line is furthest from both cards. */
    private static final double[] ALONG = {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85};
    /** Beside a line, the word's nearest edge this far from it. */
    private static final double GAP = 4;
    /**
     * The reply's word goes on the reply's outer side only, away from the arrow it answers: on the
     * inner side it would lie over the pair's two lines.
     */
    static final List<LabelPlaces.Spot> REPLY_SPOTS = spots(new int[] {1, 1}, new double[] {GAP, 4 * GAP});
    /**
     * A change's word goes on its arrow's left first, outside the pair (the other direction runs on
     * its right), then on its right beyond the other direction's line; then a little further out
     * on either side (between two close cards, above or below them).
     */
    static final List<LabelPlaces.Spot> WORD_SPOTS = spots(new int[] {1, -1, 1, -1, 1},
            new double[] {GAP, GAP + 2 * ArrowRouter.OFFSET, 5 * GAP, 5 * GAP + 2 * ArrowRouter.OFFSET, 10 * GAP});

    private static final Map<String, double[]> SIZES = new HashMap<>();
    /** Made on first use, on the JavaFX thread: a text node needs the toolkit's fonts. */
    private static Text measure;

    private ArrowLabels() {}

    private static List<LabelPlaces.Spot> spots(int[] sides, double[] gaps) {
        List<LabelPlaces.Spot> out = new ArrayList<>();
        for (int i = 0; i < sides.length; i++) {
            for (double t : ALONG) {
                out.add(new LabelPlaces.Spot(t, sides[i], gaps[i]));
            }
        }
        return List.copyOf(out);
    }

    /** The word beside a changed arrow. */
    public static String changeWord(boolean opened) {
        return opened ? "opened" : "closed";
    }

    /** A word and where it goes. */
    public record Placed(String word, Box box) {}

    /**
     * Where the reply's word goes for a selected arrow running along {@code arrowLine}: "reply
     * (stateful)" where it fits, else "reply" (the Why? card says why a reply is allowed), else
     * nowhere. {@code size} gives a word's {width, height}.
     */
    public static Optional<Placed> reply(LabelPlaces room, Curve arrowLine, Function<String, double[]> size) {
        Curve reply = Arrow.replyCurve(arrowLine);
        for (String word : List.of(REPLY, SHORT_REPLY)) {
            double[] s = size.apply(word);
            Optional<Box> box = room.place(reply, s[0], s[1], REPLY_SPOTS);
            if (box.isPresent()) {
                return Optional.of(new Placed(word, box.get()));
            }
        }
        return Optional.empty();
    }

    /** Where a change's word goes beside an arrow running along {@code arrowLine}, if anywhere. */
    public static Optional<Box> changeWord(LabelPlaces room, Curve arrowLine, double width, double height) {
        return room.place(arrowLine, width, height, WORD_SPOTS);
    }

    /** The box a word takes in a font, {width, height}, measured as JavaFX lays the text out (JavaFX thread only). */
    public static double[] size(Font font, String word) {
        return SIZES.computeIfAbsent(font.getName() + "\n" + font.getSize() + "\n" + word, k -> {
            if (measure == null) {
                measure = new Text();
            }
            measure.setFont(font);
            measure.setText(word);
            return new double[] {Math.ceil(measure.getLayoutBounds().getWidth()),
                Math.ceil(measure.getLayoutBounds().getHeight())};
        });
    }
}
