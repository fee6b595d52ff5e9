package io.netpoldojo.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netpoldojo.content.CardKind;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.content.Trap;
import io.netpoldojo.quiz.schedule.Rating;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The history as CSV: one row per answer, fields quoted as RFC 4180 says, no formulas for a spreadsheet. */
class HistoryCsvTest {
    private static final Content CONTENT = new ContentLoader().load(Path.of("content"));

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plain|plain",
            "a, b|`\"a, b\"`",
            "`say \"hi\"`|`\"say \"\"hi\"\"\"`",
            "=1+1|'=1+1",
            "-x|'-x",
            "@sum|'@sum",
            "+1, 2|`\"'+1, 2\"`",
            "``|``"})
    void fieldsAreQuotedOnlyWhenTheyMustBe(String value, String written) {
        assertEquals(written, HistoryCsv.field(value));
    }

    @Test
    void aLineBreakInAFieldIsQuotedWithIt() {
        assertEquals("\"two\nlines\"", HistoryCsv.field("two\nlines"));
    }

    @Test
    void everyAnswerIsARowWithItsOutcome() {
        Instant at = Instant.parse("2025-03-01T09:00:00Z");
        Attempt right = new Attempt("basics-additive", "basics", CardKind.SINGLE, 1, at, Duration.ofMillis(4200),
                QuizMode.PRACTICE, false, new Attempt.Outcome(true, 1, false, Rating.GOOD, Set.of(), Set.of()));
        Attempt partly = new Attempt("isolation-policytypes-default", "isolation", CardKind.MULTIPLE, 2,
                at.plusSeconds(60), Duration.ofSeconds(30), QuizMode.INTERVIEW, false,
                new Attempt.Outcome(false, 0.5, false, Rating.AGAIN, Set.of(Trap.POLICYTYPES_DEFAULT),
                        Set.of(Trap.POLICYTYPES_DEFAULT, Trap.AND_VS_OR)));
        Attempt dontKnow = new Attempt("generated-1-x", "generated", CardKind.PREDICT, 1, at.plusSeconds(120),
                Duration.ofSeconds(2), QuizMode.PRACTICE, true,
                new Attempt.Outcome(false, 0, true, Rating.AGAIN, Set.of(), Set.of()));
        Progress p = Progress.EMPTY;
        for (Attempt a : List.of(right, partly, dontKnow)) {
            p = p.record(a, LocalDate.of(2025, 3, 1));
        }
        List<String> rows = List.of(HistoryCsv.of(p, CONTENT, ZoneId.of("Europe/Berlin")).split("\r\n"));
        assertEquals(4, rows.size());
        assertEquals(String.join(",", HistoryCsv.COLUMNS), rows.get(0));
        String question = HistoryCsv.field(CONTENT.card("basics-additive").orElseThrow().question());
        assertEquals("2025-03-01T10:00:00+01:00,basics-additive," + question
                + ",basics,single,1,practice,right,1.00,4.2,good,,", rows.get(1));
        assertEquals(",isolation,multiple,2,interview,partly right,0.50,30.0,again,policytypes-default,"
                + "and-vs-or policytypes-default", rows.get(2).substring(rows.get(2).indexOf(",isolation,")));
        assertEquals("2025-03-01T10:02:00+01:00,generated-1-x,(a generated prediction),generated,predict,1,practice,"
                + "don't know,0.00,2.0,again,,", rows.get(3));
    }
}
