package io.netpoldojo.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.engine.model.Tier;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The tier that decided an arrow in the SVG: {@code data-tier} on the arrow's path, as the canvas's
 * badge shows it; never on an arrow a question keeps secret, where it would give the answer away.
 */
class SvgWriterTierTest {
    private static final List<Optional<Tier>> TIERS = List.of(Optional.empty(), Optional.of(Tier.ADMIN),
            Optional.of(Tier.BASELINE));

    private static Drawing drawing(Optional<Tier> first, Optional<Tier> second) {
        Drawing.Card a = new Drawing.Card("a", false, new Box(24, 24, 200, 66), "a", "app=a", "80");
        Drawing.Card b = new Drawing.Card("b", false, new Box(300, 24, 200, 66), "b", "app=b", "80");
        Drawing.Card c = new Drawing.Card("c", false, new Box(300, 200, 200, 66), "c", "app=c", "80");
        return new Drawing(540, 300, List.of(), List.of(a, b, c), List.of(
                new Drawing.Arrow("a", "b", Drawing.State.DENIED, Curve.straight(224, 57, 300, 57), "", "80/TCP", first),
                new Drawing.Arrow("b", "c", Drawing.State.ALLOWED, Curve.straight(400, 90, 400, 200), "80/TCP", "",
                        second)));
    }

    @Test
    void eachArrowATierDecidedCarriesItsTier() {
        String svg = new SvgWriter(Theme.light(), 1).write(drawing(Optional.of(Tier.ADMIN), Optional.of(Tier.BASELINE)));
        assertTrue(svg.contains("data-from=\"a\" data-to=\"b\" data-denied=\"80/TCP\" data-tier=\"admin\""), svg);
        assertTrue(svg.contains("data-from=\"b\" data-to=\"c\" data-allowed=\"80/TCP\" data-tier=\"baseline\""), svg);
        assertFalse(new SvgWriter(Theme.light(), 1).write(drawing(Optional.empty(), Optional.empty()))
                .contains("data-tier"), "no tier where none decided");
    }

    @Test
    void aQuestionsSecretArrowsDoNotTellTheirTier() {
        SvgWriter asking = new SvgWriter(Theme.light(), 1).asking(new SvgWriter.Question(new SvgWriter.Ends("a", "b"),
                Set.of(new SvgWriter.Ends("b", "c"))));
        String plain = asking.write(drawing(Optional.empty(), Optional.empty()));
        for (Optional<Tier> first : TIERS) {
            for (Optional<Tier> second : TIERS) {
                assertEquals(plain, asking.write(drawing(first, second)), first + ", " + second);
            }
        }
    }
}
