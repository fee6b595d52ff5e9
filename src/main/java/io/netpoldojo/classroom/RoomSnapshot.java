package io.netpoldojo.classroom;

import java.util.List;
import java.util.Optional;

/**
 * The room as the stage sees it, at one moment: immutable, so it can cross threads.
 *
 * @param version          grows with every change, so a late snapshot never overwrites a newer one
 * @param round            1 or 2 while a question is up; 0 in the lobby
 * @param joined           devices that have joined with the PIN
 * @param voted            devices that have voted in the current round
 * @param counts           votes per choice in the current round
 * @param firstRoundCounts votes per choice in round 1 (the same as {@code counts} during round 1)
 * @param votesAccepted    how many votes the room has taken so far, changed votes included: a vote's
 *                         receipt number is counted on the stage once this reaches it
 */
public record RoomSnapshot(long version, String pin, Phase phase, Optional<Poll> poll, int round, int joined,
                           int voted, List<Integer> counts, List<Integer> firstRoundCounts,
                           Optional<Reveal> reveal, long votesAccepted) {
    public RoomSnapshot {
        counts = List.copyOf(counts);
        firstRoundCounts = List.copyOf(firstRoundCounts);
    }

    /** "12 of 30 voted". */
    public String votedText() {
        return voted + " of " + joined + " voted";
    }
}
