package io.netpoldojo.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoomTest {
    private static final Poll QUESTION = new Poll("q1", "Will backend still reach redis?", List.of("Yes", "No"));
    private static final Reveal NO = new Reveal(1, "No: denied", List.of("redis is isolated for ingress."));
    private final Room room = new Room(Tokens.seeded(7));

    @Test
    void onlyTheRoomsPinJoins() {
        String wrong = room.pin().equals("0000") ? "0001" : "0000";
        assertEquals(Room.JoinRefusal.WRONG_PIN, room.join(wrong, "10.0.0.2").refusal());
        assertEquals(Room.JoinRefusal.WRONG_PIN, room.join(null, "10.0.0.2").refusal());
        Room.Join ok = room.join(room.pin(), "10.0.0.2");
        assertEquals(Room.JoinRefusal.NONE, ok.refusal());
        assertTrue(room.knows(ok.token().orElseThrow()));
        assertEquals(1, room.snapshot().joined());
    }

    @Test
    void everyDeviceGetsItsOwnUnguessableToken() {
        Room secure = new Room(Tokens.secure());
        String a = secure.join(secure.pin(), "a").token().orElseThrow();
        String b = secure.join(secure.pin(), "a").token().orElseThrow();
        assertNotEquals(a, b);
        assertEquals(22, a.length(), "128 random bits, URL-safe Base64");
        assertTrue(Tokens.looksLikeToken(a));
        assertFalse(secure.knows("not-a-token"));
    }

    @Test
    void oneVotePerDevicePerRoundAndAChangedVoteMovesIt() {
        String a = joined();
        String b = joined();
        room.ask(QUESTION);
        long ballot = room.viewFor(a).ballot();
        assertEquals(Room.VoteOutcome.COUNTED, room.vote(a, ballot, 0).outcome());
        assertEquals(Room.VoteOutcome.COUNTED, room.vote(a, ballot, 0).outcome());
        assertEquals(Room.VoteOutcome.COUNTED, room.vote(b, ballot, 0).outcome());
        assertEquals(List.of(2, 0), room.snapshot().counts());
        room.vote(a, ballot, 1);
        RoomSnapshot s = room.snapshot();
        assertEquals(List.of(1, 1), s.counts(), "a's vote moved, it was not added");
        assertEquals("2 of 2 voted", s.votedText());
        assertEquals(Optional.of(1), room.viewFor(a).choice());
    }

    @Test
    void votesOutsideAnOpenRoundAreRefused() {
        String a = joined();
        assertEquals(Room.VoteOutcome.NOT_OPEN, room.vote(a, 1, 0).outcome(), "no question yet");
        room.ask(QUESTION);
        long ballot = room.viewFor(a).ballot();
        assertEquals(Room.VoteOutcome.NOT_OPEN, room.vote(a, ballot + 1, 0).outcome(), "another round's ballot");
        assertEquals(Room.VoteOutcome.NO_SUCH_CHOICE, room.vote(a, ballot, 2).outcome());
        assertEquals(Room.VoteOutcome.NO_SUCH_CHOICE, room.vote(a, ballot, -1).outcome());
        assertEquals(Room.VoteOutcome.UNKNOWN_DEVICE, room.vote("someone-else", ballot, 0).outcome());
        room.closeVoting();
        assertEquals(Room.VoteOutcome.NOT_OPEN, room.vote(a, ballot, 0).outcome(), "closed");
        assertEquals(0, room.snapshot().voted());
    }

    @Test
    void theSecondRoundStartsEmptyKeepsTheFirstAndRefusesLateFirstRoundVotes() {
        String a = joined();
        String b = joined();
        room.ask(QUESTION);
        long first = room.viewFor(a).ballot();
        room.vote(a, first, 0);
        room.vote(b, first, 0);
        room.closeVoting();
        room.secondRound();
        DeviceView view = room.viewFor(a);
        assertEquals(2, view.round());
        assertEquals(Phase.VOTING, view.phase());
        assertEquals(Optional.empty(), view.choice());
        assertEquals(Optional.of(0), view.firstChoice());
        assertEquals(Room.VoteOutcome.NOT_OPEN, room.vote(a, first, 1).outcome(), "a round-1 page that is late");
        room.vote(a, view.ballot(), 1);
        RoomSnapshot s = room.snapshot();
        assertEquals(List.of(0, 1), s.counts());
        assertEquals(List.of(2, 0), s.firstRoundCounts());
        assertEquals("1 of 2 voted", s.votedText());
    }

    @Test
    void theRevealReachesEveryDeviceAndClosesVoting() {
        String a = joined();
        room.ask(QUESTION);
        long ballot = room.viewFor(a).ballot();
        room.reveal(NO);
        DeviceView view = room.viewFor(a);
        assertEquals(Phase.REVEALED, view.phase());
        assertEquals(Optional.of(NO), view.reveal());
        assertEquals(Room.VoteOutcome.NOT_OPEN, room.vote(a, ballot, 0).outcome());
        room.hideAnswer();
        assertEquals(Phase.CLOSED, room.viewFor(a).phase());
        assertEquals(Optional.empty(), room.viewFor(a).reveal());
    }

    @Test
    void askingAQuestionAgainReturnsToItWithItsVotes() {
        String a = joined();
        room.ask(QUESTION);
        room.vote(a, room.viewFor(a).ballot(), 1);
        room.toLobby();
        assertEquals(Phase.LOBBY, room.viewFor(a).phase());
        room.ask(QUESTION);
        assertEquals(Optional.of(1), room.viewFor(a).choice());
        assertEquals(List.of(0, 1), room.snapshot().counts());
    }

    @Test
    void listenersHearEveryChangeInOrderAndAFailingOneStopsNothing() {
        List<Long> versions = new ArrayList<>();
        room.addListener(s -> {
            throw new IllegalStateException("a broken stage");
        });
        room.addListener(s -> versions.add(s.version()));
        String a = joined();
        room.ask(QUESTION);
        assertEquals(Room.VoteOutcome.COUNTED, room.vote(a, room.viewFor(a).ballot(), 0).outcome());
        assertEquals(3, versions.size());
        assertTrue(versions.get(0) < versions.get(1) && versions.get(1) < versions.get(2));
        assertEquals(1, room.snapshot().votesAccepted());
    }

    @Test
    void aRoomHoldsABoundedNumberOfDevices() {
        for (int i = 0; i < Room.MAX_DEVICES; i++) {
            room.join(room.pin(), "x");
        }
        assertEquals(Room.JoinRefusal.ROOM_FULL, room.join(room.pin(), "x").refusal());
    }

    private String joined() {
        return room.join(room.pin(), "10.0.0.9").token().orElseThrow();
    }
}
