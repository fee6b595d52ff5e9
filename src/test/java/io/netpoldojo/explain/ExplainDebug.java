package io.netpoldojo.explain;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import java.nio.file.Path;

/** Prints how the grader reads one text for one card: sentences, parts, negations, credits. */
public final class ExplainDebug {
    private ExplainDebug() {}

    public static void main(String[] args) {
        Content content = new ContentLoader().load(Path.of("content"));
        Card card = content.explainCard(args[0]).orElseThrow();
        String text = args[1];
        for (Sentence s : Sentences.of(text)) {
            System.out.println(s.kind() + ": " + s.text());
            if (s.read()) {
                Reading r = new Reading(s.text());
                StringBuilder sb = new StringBuilder("   ");
                for (int i = 0; i < r.words.size(); i++) {
                    boolean denied = false;
                    for (Reading.Cue c : r.cues) {
                        denied |= c.denies()[i];
                    }
                    sb.append(r.words.get(i)).append('/').append(r.part[i]).append(denied ? "!" : "").append(' ');
                }
                System.out.println(sb);
            }
        }
        Judgement j = ExplainGrader.grade(((Card.Explain) card.body()).rubric(), text);
        j.covered().forEach(c -> System.out.println("covered " + c.point().id() + " <- " + c.sentence().get().text()));
        j.misconceptions().forEach(c -> System.out.println("MYTH " + c.point().id() + " <- " + c.sentence().get().text()));
        System.out.println("missed " + j.missedIds());
    }
}
