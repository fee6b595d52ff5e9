package io.netpoldojo.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.manifest.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The balance rules of {@link DeckBalance}, one deck shape per row. */
class DeckBalanceTest {
    private static final SourcePosition AT = SourcePosition.ofFile("test");

    /**
     * A single-choice card with four options; the right one at {@code right}, as long as the
     * others, or the longest when {@code longest}.
     */
    private static Card single(int n, int right, boolean longest) {
        List<Card.Option> options = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            options.add(Card.Option.of(i == right && longest ? "the right one, with more words" : "option " + i));
        }
        return new Card("s" + n, CardKind.SINGLE, "t", 1, "l", "Q?", "E.", new Card.Choice(options, List.of(right), false),
                AT);
    }

    private static Card statement(int n, boolean truth) {
        return new Card("tf" + n, CardKind.TRUEFALSE, "t", 1, "l", "Q?", "E.", new Card.TrueFalse(truth, Optional.empty()),
                AT);
    }

    private static Card multiple(int n, List<Integer> right) {
        List<Card.Option> options = IntStream.range(0, 5).mapToObj(i -> Card.Option.of("option " + i)).toList();
        return new Card("m" + n, CardKind.MULTIPLE, "t", 1, "l", "Q?", "E.", new Card.Choice(options, right, false), AT);
    }

    private static List<String> problems(List<Card> cards) {
        return DeckBalance.of(new Content(List.of(), cards, List.of(), List.of(), List.of(), List.of())).problems();
    }

    @ParameterizedTest(name = "{0} single cards, {1} with the answer first, {2} longest: {3} problems")
    @CsvSource({
            // cards, right answer written first, right answer longest, problems expected
            "10, 4, 2, 0",
            "10, 5, 2, 1", // 50% first
            "10, 4, 4, 1", // 40% longest
            "10, 10, 10, 2",
            "7, 7, 7, 0"}) // too few to judge
    void singleChoice(int n, int first, int longest, int expected) {
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int right = i < first ? 0 : 1 + i % 3;
            cards.add(single(i, right, i < longest));
        }
        List<String> problems = problems(cards);
        assertEquals(expected, problems.size(), problems.toString());
    }

    @ParameterizedTest(name = "{0} of {1} statements true: balanced {2}")
    @CsvSource({"4, 10, true", "3, 10, false", "7, 10, false", "6, 10, true", "0, 7, true"})
    void trueFalse(int truths, int n, boolean balanced) {
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cards.add(statement(i, i < truths));
        }
        assertEquals(balanced, problems(cards).isEmpty(), problems(cards).toString());
    }

    @ParameterizedTest(name = "{0} of 10 multiple-choice answers are the first options: balanced {1}")
    @CsvSource({"4, true", "5, false"})
    void multipleChoiceAnswersAreNotAlwaysTheFirstOptions(int firstOnes, boolean balanced) {
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            cards.add(multiple(i, i < firstOnes ? List.of(0, 1) : List.of(1, 3)));
        }
        assertEquals(balanced, problems(cards).isEmpty(), problems(cards).toString());
    }

    @org.junit.jupiter.api.Test
    void theShippedDeckIsBalanced() {
        Content content = new ContentLoader().load(RealContentTest.CONTENT);
        DeckBalance balance = DeckBalance.of(content);
        assertEquals(List.of(), balance.problems(), String.join("\n", balance.report()));
        assertTrue(balance.report().get(0).startsWith("single choice: "), balance.report().toString());
    }
}
