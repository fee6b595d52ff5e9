package io.netpoldojo.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClassReportTest {
    private final Room room = new Room(Tokens.seeded(3));

    @Test
    void countsBothRoundsAndWhoChangedToTheRightAnswer() {
        List<String> devices = List.of(joined(), joined(), joined(), joined());
        Poll poll = new Poll("q1", "Will backend reach redis, on 6379?", List.of("Yes, allowed", "No, denied"));
        room.ask(poll);
        long first = room.viewFor(devices.get(0)).ballot();
        // Round 1: three say yes (wrong), one says no (right).
        room.vote(devices.get(0), first, 0);
        room.vote(devices.get(1), first, 0);
        room.vote(devices.get(2), first, 0);
        room.vote(devices.get(3), first, 1);
        room.secondRound();
        long second = room.viewFor(devices.get(0)).ballot();
        // Round 2: two change to no, the one who was right changes to yes, one does not vote.
        room.vote(devices.get(0), second, 1);
        room.vote(devices.get(1), second, 1);
        room.vote(devices.get(3), second, 0);
        room.reveal(new Reveal(1, "No: denied", List.of()));

        ClassReport.QuestionResult q = room.report().questions().get(0);
        assertEquals(List.of(3, 1), q.first());
        assertEquals(Optional.of(List.of(1, 2)), q.second());
        assertEquals(Optional.of(1), q.firstRight());
        assertEquals(Optional.of(2), q.secondRight());
        assertEquals(2, q.changedToRight());
        assertEquals(1, q.changedToWrong());
    }

    @Test
    void csvHasOneLinePerQuestionQuotedWhereNeeded() {
        String a = joined();
        room.ask(new Poll("q1", "Can \"frontend\" reach backend, on 8080?", List.of("Yes", "No")));
        room.vote(a, room.viewFor(a).ballot(), 0);
        room.reveal(new Reveal(0, "Yes: allowed", List.of()));
        room.ask(new Poll("q2", "Never revealed", List.of("A", "B", "C")));
        String csv = room.report().toCsv();
        String[] lines = csv.split("\r\n");
        assertEquals(3, lines.length);
        assertEquals("number,question,right answer,round 1 voters,round 1 right,round 1 right %,round 2 voters,"
                + "round 2 right,round 2 right %,changed to the right answer,changed to a wrong answer,"
                + "round 1 votes per choice,round 2 votes per choice", lines[0]);
        assertEquals("1,\"Can \"\"frontend\"\" reach backend, on 8080?\",Yes,1,1,100,,,,,,Yes: 1; No: 0,", lines[1]);
        assertEquals("2,Never revealed,not revealed,0,,,,,,,,A: 0; B: 0; C: 0,", lines[2]);
    }

    private String joined() {
        return room.join(room.pin(), "10.0.0.1").token().orElseThrow();
    }
}
