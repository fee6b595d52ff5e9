package io.netpoldojo.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netpoldojo.content.CardKind;
import io.netpoldojo.content.Trap;
import io.netpoldojo.quiz.schedule.Rating;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Trap counts: the latest answers that could reveal a trap, and how many did. */
class TrapStatsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    private static Progress answer(Progress p, Set<Trap> risked, Set<Trap> fell) {
        boolean right = fell.isEmpty();
        Attempt a = new Attempt("c" + p.attempts().size(), "peers", CardKind.SINGLE, 1,
                Instant.parse("2025-03-01T09:00:00Z"), Duration.ofSeconds(5), QuizMode.PRACTICE, false,
                new Attempt.Outcome(right, right ? 1 : 0, false, right ? Rating.GOOD : Rating.AGAIN, fell, risked));
        return p.record(a, DAY);
    }

    @Test
    void theWeakestAreTheMostOftenFallenIntoLately() {
        Progress p = Progress.EMPTY;
        Set<Trap> andOr = Set.of(Trap.AND_VS_OR);
        Set<Trap> dns = Set.of(Trap.DNS_EGRESS);
        Set<Trap> stateful = Set.of(Trap.STATEFUL);
        p = answer(p, andOr, andOr);
        p = answer(p, andOr, andOr);
        p = answer(p, andOr, Set.of());
        p = answer(p, dns, dns);
        p = answer(p, stateful, Set.of());
        p = answer(p, Set.of(Trap.NAMED_PORT, Trap.STATEFUL), Set.of(Trap.NAMED_PORT));
        List<TrapStats.Score> weakest = TrapStats.weakest(p, 3);
        // Ties keep the order of the trap list.
        assertEquals(List.of(new TrapStats.Score(Trap.NAMED_PORT, 1, 1), new TrapStats.Score(Trap.DNS_EGRESS, 1, 1),
                new TrapStats.Score(Trap.AND_VS_OR, 3, 2)), weakest);
        assertEquals(new TrapStats.Score(Trap.STATEFUL, 2, 0), TrapStats.scores(p).stream()
                .filter(s -> s.trap() == Trap.STATEFUL).findFirst().orElseThrow(), "met but never fallen into");
    }

    @Test
    void aTrapBeatenOftenEnoughLatelyIsNoLongerWeak() {
        Progress p = Progress.EMPTY;
        Set<Trap> andOr = Set.of(Trap.AND_VS_OR);
        p = answer(p, andOr, andOr);
        for (int i = 0; i < TrapStats.WINDOW; i++) {
            p = answer(p, andOr, Set.of());
        }
        assertEquals(List.of(), TrapStats.weakest(p, 3));
    }
}
