package io.netpoldojo.quiz;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.CardKind;
import io.netpoldojo.content.Trap;
import io.netpoldojo.manifest.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Cards made in the test, so that a test about grading or order does not break when the content
 * is rewritten, and answers worked out from a card instead of typed in as indexes.
 */
public final class TestCards {
    private TestCards() {}

    /** A choice card; options starting with "*" are right, "!trap-id " tags a wrong one. */
    public static Question choice(CardKind kind, String id, boolean keepOrder, String... options) {
        List<Card.Option> list = new ArrayList<>();
        List<Integer> right = new ArrayList<>();
        for (int i = 0; i < options.length; i++) {
            String o = options[i];
            if (o.startsWith("*")) {
                right.add(i);
                list.add(Card.Option.of(o.substring(1)));
            } else if (o.startsWith("!")) {
                int space = o.indexOf(' ');
                list.add(new Card.Option(o.substring(space + 1), Optional.of(Trap.parse(o.substring(1, space)).orElseThrow())));
            } else {
                list.add(Card.Option.of(o));
            }
        }
        Card card = new Card(id, kind, "peers", 2, "peers", "Which is right?", "Because.",
                new Card.Choice(list, right, keepOrder), SourcePosition.ofFile("test"));
        return new Question(card, Optional.empty(), false);
    }

    public static Question single(String id, String... options) {
        return choice(CardKind.SINGLE, id, false, options);
    }

    public static Question multiple(String id, String... options) {
        return choice(CardKind.MULTIPLE, id, false, options);
    }

    /** The right answer to a choice or true/false card. */
    public static Answer right(Question q) {
        Card.Body body = q.card().body();
        if (body instanceof Card.Choice c) {
            return new Answer.Choices(new TreeSet<>(c.answer()));
        }
        if (body instanceof Card.TrueFalse t) {
            return new Answer.YesNo(t.answer());
        }
        throw new IllegalArgumentException("work out a prediction's answer with the engine: " + q.id());
    }

    /** A wrong answer to a choice or true/false card: the first wrong option alone, or the other truth value. */
    public static Answer wrong(Question q) {
        Card.Body body = q.card().body();
        if (body instanceof Card.Choice c) {
            for (int i = 0; i < c.options().size(); i++) {
                if (!c.answer().contains(i)) {
                    return Answer.Choices.of(i);
                }
            }
        }
        if (body instanceof Card.TrueFalse t) {
            return new Answer.YesNo(!t.answer());
        }
        throw new IllegalArgumentException("no wrong option on " + q.id());
    }
}
