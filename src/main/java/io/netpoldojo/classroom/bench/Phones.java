package io.netpoldojo.classroom.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The simulated class, wherever it runs: in the load test's own process ({@link PhoneClass}), or in
 * a process of its own so the phones' work does not queue with the server's (the CLI starts one and
 * speaks {@link PhonesProtocol} with it). Times are {@link System#nanoTime()} readings: on one
 * machine the JVM reads the system's monotonic clock, so two processes' readings compare.
 */
public interface Phones extends AutoCloseable {
    /** Every phone loads the page, joins with {@code pin}, reads the room and follows its events. */
    JoinReport joinAll(String pin) throws InterruptedException;

    /** Readies the phones for round {@code round}: they vote on the next question that reaches them. */
    void startRound(int round) throws InterruptedException;

    /** Waits (bounded) until every joined phone has voted in round {@code round}, and says what they did. */
    RoundReport awaitRound(int round) throws InterruptedException;

    @Override
    void close();

    /**
     * @param joinNanos how long each successful join took
     * @param problems  what went wrong, at most ten, and how many requests failed in all
     */
    record JoinReport(int joined, List<Long> joinNanos, List<String> problems, int failed) {
        public JoinReport {
            joinNanos = List.copyOf(joinNanos);
            problems = List.copyOf(problems);
        }
    }

    /**
     * What the class did in one round.
     *
     * @param counts   the votes per choice the phones last cast (what the stage must show)
     * @param arrivals when the question's event reached each phone
     * @param votes    each acknowledged vote: when it was sent, its answer's round trip, and its receipt
     */
    record RoundReport(int round, int voters, long acknowledged, long lastReceipt, List<Integer> counts,
                       List<Long> arrivals, List<Vote> votes, List<String> problems, int failed) {
        public RoundReport {
            counts = List.copyOf(counts);
            arrivals = List.copyOf(arrivals);
            votes = List.copyOf(votes);
            problems = List.copyOf(problems);
        }
    }

    /** One acknowledged vote: sent at {@code sentNanos}, answered after {@code roundTripNanos}, numbered {@code receipt}. */
    record Vote(long sentNanos, long roundTripNanos, long receipt) {}

    /** Up to ten problems, for a report. */
    static List<String> firstProblems(List<String> all) {
        synchronized (all) {
            return new ArrayList<>(all.subList(0, Math.min(10, all.size())));
        }
    }
}
