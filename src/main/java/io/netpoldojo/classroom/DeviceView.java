package io.netpoldojo.classroom;

import java.util.Optional;

/**
 * The room as one device sees it: the question, its own votes, and the answer once revealed. It
 * never carries other devices' votes.
 *
 * @param ballot      which round a vote is for: a vote for another ballot is refused as too late
 * @param choice      this device's vote in the current round
 * @param firstChoice this device's vote in round 1, once round 2 has begun
 */
public record DeviceView(Phase phase, Optional<Poll> poll, int round, long ballot, Optional<Integer> choice,
                         Optional<Integer> firstChoice, Optional<Reveal> reveal) {
}
