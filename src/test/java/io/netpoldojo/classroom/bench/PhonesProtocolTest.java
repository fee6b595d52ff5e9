package io.netpoldojo.classroom.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the phones' process reports comes back to the load test as it was, problems with tabs and all. */
class PhonesProtocolTest {
    @Test
    void aJoinReportComesBackWhole() {
        Phones.JoinReport r = new Phones.JoinReport(199, List.of(1_000_000L, 2_500_000L),
                List.of("join: HTTP 429 {\"error\":\"Too many\ttries\"}"), 1);
        Phones.JoinReport back = PhonesProtocol.decodeJoin(PhonesProtocol.encode(r));
        assertEquals(199, back.joined());
        assertEquals(r.joinNanos(), back.joinNanos());
        assertEquals(List.of("join: HTTP 429 {\"error\":\"Too many tries\"}"), back.problems());
        assertEquals(1, back.failed());
    }

    @Test
    void aRoundReportComesBackWhole() {
        Phones.RoundReport r = new Phones.RoundReport(3, 2, 3, 41, List.of(1, 0, 1, 0), List.of(7L, 9L),
                List.of(new Phones.Vote(100, 20, 39), new Phones.Vote(101, 25, 40), new Phones.Vote(130, 5, 41)),
                List.of(), 0);
        assertEquals(r, PhonesProtocol.decodeRound(PhonesProtocol.encode(r)));
        Phones.RoundReport empty = new Phones.RoundReport(1, 0, 0, 0, List.of(0, 0), List.of(), List.of(),
                List.of("round 1: 2 devices had not voted after 60 s"), 2);
        assertEquals(empty, PhonesProtocol.decodeRound(PhonesProtocol.encode(empty)));
    }

    @Test
    void anAnswerOutOfTurnIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> PhonesProtocol.decodeRound("started 2"));
    }
}
