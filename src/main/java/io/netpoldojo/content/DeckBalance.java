package io.netpoldojo.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Whether the quiz cards' answers can be guessed without reading: where the right option sits,
 * whether it is the longest, how many statements are true and how many predictions are
 * "allowed". The quiz shuffles options anyway; the authored deck is kept free of layout hints
 * too, so that a card shown in its written order ({@code keepOrder}), a printed deck, or a
 * learner who reads the files gives nothing away. {@code check-content} prints {@link #report()}
 * and fails on {@link #problems()}.
 *
 * <p>The rules, each judged only once a kind has {@value #MIN_CARDS} cards (fewer say nothing):
 * <ul>
 *   <li>single choice: no position holds the right answer in more than {@value #MAX_POSITION_PERCENT}%
 *   of the cards, and the right option is the longest in at most {@value #MAX_LONGEST_PERCENT}%;</li>
 *   <li>multiple choice: the right options are the first ones (1, or 1 and 2, ...) in at most
 *   {@value #MAX_POSITION_PERCENT}% of the cards, and the longest ones in at most
 *   {@value #MAX_LONGEST_PERCENT}%;</li>
 *   <li>true/false: between {@value #MIN_TRUE_PERCENT}% and {@value #MAX_TRUE_PERCENT}% true;
 *   predictions: between the same bounds "allowed".</li>
 * </ul>
 */
public final class DeckBalance {
    public static final int MIN_CARDS = 8;
    public static final int MAX_POSITION_PERCENT = 40;
    public static final int MAX_LONGEST_PERCENT = 35;
    public static final int MIN_TRUE_PERCENT = 35;
    public static final int MAX_TRUE_PERCENT = 65;

    private final List<String> report = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private DeckBalance() {}

    /** Works out the balance of {@code content}'s cards (predictions are answered by the engine). */
    public static DeckBalance of(Content content) {
        DeckBalance b = new DeckBalance();
        b.single(content.cards().stream().filter(c -> c.kind() == CardKind.SINGLE).toList());
        b.multiple(content.cards().stream().filter(c -> c.kind() == CardKind.MULTIPLE).toList());
        List<Card> trueFalse = content.cards().stream().filter(c -> c.kind() == CardKind.TRUEFALSE).toList();
        b.yesNo("true/false", "true", trueFalse.size(),
                (int) trueFalse.stream().filter(c -> ((Card.TrueFalse) c.body()).answer()).count());
        List<Card> predict = content.cards().stream().filter(c -> c.kind() == CardKind.PREDICT).toList();
        b.yesNo("predictions", "allowed", predict.size(),
                (int) predict.stream().filter(c -> allowed(content, c)).count());
        return b;
    }

    /** Lines for a person, one per measure, each with its rule. */
    public List<String> report() {
        return List.copyOf(report);
    }

    /** One sentence per broken rule; empty when the deck is balanced. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    public boolean balanced() {
        return problems.isEmpty();
    }

    private void single(List<Card> cards) {
        int n = cards.size();
        if (n == 0) {
            report.add("single choice: no cards");
            return;
        }
        int maxOptions = cards.stream().mapToInt(c -> choice(c).options().size()).max().orElse(0);
        int[] at = new int[maxOptions];
        int longest = 0;
        for (Card c : cards) {
            int right = choice(c).answer().get(0);
            at[right]++;
            longest += longestOptions(choice(c), 1).equals(Optional.of(List.of(right))) ? 1 : 0;
        }
        StringBuilder line = new StringBuilder("single choice: " + n + " cards; the right answer is option");
        for (int i = 0; i < maxOptions; i++) {
            line.append(i == 0 ? " " : ", ").append(i + 1).append(": ").append(at[i]).append(percent(at[i], n));
        }
        report.add(line + " (at most " + MAX_POSITION_PERCENT + "% each)");
        report.add("single choice: the right answer is the longest option in " + longest + " of " + n
                + percent(longest, n) + " (at most " + MAX_LONGEST_PERCENT + "%)");
        if (n < MIN_CARDS) {
            return;
        }
        for (int i = 0; i < maxOptions; i++) {
            if (over(at[i], n, MAX_POSITION_PERCENT)) {
                problems.add("single choice: option " + (i + 1) + " is the right answer in " + at[i] + " of " + n
                        + " cards" + percent(at[i], n) + "; move some right answers elsewhere (at most "
                        + MAX_POSITION_PERCENT + "%)");
            }
        }
        if (over(longest, n, MAX_LONGEST_PERCENT)) {
            problems.add("single choice: the right answer is the longest option in " + longest + " of " + n + " cards"
                    + percent(longest, n) + "; make a wrong option as full, or the right one shorter (at most "
                    + MAX_LONGEST_PERCENT + "%)");
        }
    }

    private void multiple(List<Card> cards) {
        int n = cards.size();
        if (n == 0) {
            report.add("multiple choice: no cards");
            return;
        }
        int maxOptions = cards.stream().mapToInt(c -> choice(c).options().size()).max().orElse(0);
        int[] at = new int[maxOptions];
        int firstOnes = 0;
        int longest = 0;
        for (Card c : cards) {
            List<Integer> right = choice(c).answer();
            right.forEach(i -> at[i]++);
            firstOnes += right.equals(IntStream.range(0, right.size()).boxed().toList()) ? 1 : 0;
            longest += longestOptions(choice(c), right.size()).equals(Optional.of(right)) ? 1 : 0;
        }
        StringBuilder line = new StringBuilder("multiple choice: " + n + " cards; right options by position");
        for (int i = 0; i < maxOptions; i++) {
            line.append(i == 0 ? " " : ", ").append(i + 1).append(": ").append(at[i]);
        }
        report.add(line.toString());
        report.add("multiple choice: the right options are the first ones in " + firstOnes + " of " + n
                + percent(firstOnes, n) + " (at most " + MAX_POSITION_PERCENT + "%), the longest ones in " + longest
                + percent(longest, n) + " (at most " + MAX_LONGEST_PERCENT + "%)");
        if (n < MIN_CARDS) {
            return;
        }
        if (over(firstOnes, n, MAX_POSITION_PERCENT)) {
            problems.add("multiple choice: the right options are the first ones in " + firstOnes + " of " + n
                    + " cards" + percent(firstOnes, n) + "; spread them over the list (at most "
                    + MAX_POSITION_PERCENT + "%)");
        }
        if (over(longest, n, MAX_LONGEST_PERCENT)) {
            problems.add("multiple choice: the right options are the longest ones in " + longest + " of " + n
                    + " cards" + percent(longest, n) + " (at most " + MAX_LONGEST_PERCENT + "%)");
        }
    }

    private void yesNo(String kind, String yes, int n, int yeses) {
        if (n == 0) {
            report.add(kind + ": no cards");
            return;
        }
        report.add(kind + ": " + n + " cards; " + yeses + " " + yes + percent(yeses, n) + " (" + MIN_TRUE_PERCENT
                + "% to " + MAX_TRUE_PERCENT + "%)");
        if (n >= MIN_CARDS && (yeses * 100 < MIN_TRUE_PERCENT * n || yeses * 100 > MAX_TRUE_PERCENT * n)) {
            problems.add(kind + ": " + yeses + " of " + n + " are " + yes + percent(yeses, n) + "; keep it between "
                    + MIN_TRUE_PERCENT + "% and " + MAX_TRUE_PERCENT + "%");
        }
    }

    /**
     * The indexes of the {@code k} longest options (as read, without Markdown marks), sorted; empty
     * when a tie at the edge makes "the k longest" ambiguous.
     */
    static Optional<List<Integer>> longestOptions(Card.Choice choice, int k) {
        List<Integer> byLength = new ArrayList<>(IntStream.range(0, choice.options().size()).boxed().toList());
        byLength.sort((a, b) -> Integer.compare(visibleLength(choice, b), visibleLength(choice, a)));
        if (k < byLength.size() && visibleLength(choice, byLength.get(k - 1)) == visibleLength(choice, byLength.get(k))) {
            return Optional.empty();
        }
        return Optional.of(byLength.subList(0, k).stream().sorted().toList());
    }

    /** The length a reader sees: backticks and emphasis marks do not count. */
    public static int visibleLength(String text) {
        return text.replaceAll("[`*]", "").strip().length();
    }

    private static int visibleLength(Card.Choice choice, int index) {
        return visibleLength(choice.options().get(index).text());
    }

    private static boolean allowed(Content content, Card c) {
        Card.Predict p = (Card.Predict) c.body();
        return content.scenario(p.scenario()).map(s -> s.evaluate(p.after(), p.ask()).allowed()).orElse(false);
    }

    private static Card.Choice choice(Card c) {
        return (Card.Choice) c.body();
    }

    private static boolean over(int count, int n, int maxPercent) {
        return count * 100 > maxPercent * n;
    }

    private static String percent(int count, int n) {
        return n == 0 ? "" : " (" + Math.round(100.0 * count / n) + "%)";
    }
}
