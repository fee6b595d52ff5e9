package io.netpoldojo.classroom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A class voting on the stage's questions: who has joined (a random token per device), the
 * questions asked, and each device's vote per round. One vote per device per round: voting again
 * in the same round changes the vote, it never adds one. Every method is safe to call from any
 * thread and returns at once; listeners hear every change, in order, on the thread that made it,
 * and must not block.
 *
 * <p>Peer instruction is the flow: {@link #ask} opens round 1; {@link #closeVoting} shows the
 * votes; {@link #secondRound} lets the class discuss and vote again; {@link #reveal} shows the
 * answer everywhere. Asking a question again (the teacher stepped back) returns to it as it was.
 */
public final class Room {
    /** A device may not join a full room: it bounds what a script with the PIN can make us hold. */
    public static final int MAX_DEVICES = 2000;
    private static final System.Logger LOG = System.getLogger(Room.class.getName());

    private final String pin;
    private final Tokens tokens;
    private final Map<String, Device> devices = new ConcurrentHashMap<>();
    private final Map<String, Question> questions = new LinkedHashMap<>();
    private final List<Consumer<RoomSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private Optional<Question> current = Optional.empty();
    private long version;
    private long ballots;
    private long votesAccepted;
    private RoomSnapshot snapshot;

    /** A device that joined. */
    record Device(String token, String address) {}

    public Room(Tokens tokens) {
        this.tokens = tokens;
        this.pin = tokens.newPin();
        this.snapshot = makeSnapshot();
    }

    public String pin() {
        return pin;
    }

    // ---- devices ---------------------------------------------------------------------------------

    /** The outcome of a join: the new device's token, or why there is none. */
    public record Join(Optional<String> token, JoinRefusal refusal) {}

    public enum JoinRefusal { NONE, WRONG_PIN, ROOM_FULL }

    /** Joins a device that gave {@code pinGiven}; compared in constant time. */
    public Join join(String pinGiven, String address) {
        if (!Tokens.sameSecret(pin, pinGiven)) {
            return new Join(Optional.empty(), JoinRefusal.WRONG_PIN);
        }
        synchronized (this) {
            if (devices.size() >= MAX_DEVICES) {
                return new Join(Optional.empty(), JoinRefusal.ROOM_FULL);
            }
            String token = tokens.newDeviceToken();
            devices.put(token, new Device(token, address));
            changed();
            return new Join(Optional.of(token), JoinRefusal.NONE);
        }
    }

    /** True if {@code token} belongs to a device that joined this room. */
    public boolean knows(String token) {
        return token != null && devices.containsKey(token);
    }

    // ---- the teacher's commands ------------------------------------------------------------------

    /** Puts {@code poll} to the class: a new question opens round 1; one asked before returns as it was left. */
    public synchronized void ask(Poll poll) {
        Question q = questions.get(poll.id());
        if (q == null || !q.poll.equals(poll)) {
            q = new Question(poll, ++ballots);
            questions.put(poll.id(), q);
        }
        current = Optional.of(q);
        changed();
    }

    /** Closes the current round: the votes stay as they are and the devices say "look at the screen". */
    public synchronized void closeVoting() {
        current.filter(q -> q.phase == Phase.VOTING).ifPresent(q -> {
            q.phase = Phase.CLOSED;
            changed();
        });
    }

    /** "Discuss with your neighbour, then vote again": opens round 2 of the current question. */
    public synchronized void secondRound() {
        current.filter(q -> q.round == 1 && q.phase != Phase.REVEALED).ifPresent(q -> {
            q.round = 2;
            q.ballot = ++ballots;
            q.phase = Phase.VOTING;
            changed();
        });
    }

    /** Shows the answer on every device and closes voting on the current question. */
    public synchronized void reveal(Reveal reveal) {
        current.ifPresent(q -> {
            if (reveal.correct() >= q.poll.choices().size()) {
                throw new IllegalArgumentException("no choice " + reveal.correct() + " in " + q.poll.id());
            }
            q.reveal = Optional.of(reveal);
            q.phase = Phase.REVEALED;
            changed();
        });
    }

    /** Takes the answer back (the teacher stepped back): the question is closed, as before the reveal. */
    public synchronized void hideAnswer() {
        current.filter(q -> q.phase == Phase.REVEALED).ifPresent(q -> {
            q.reveal = Optional.empty();
            q.phase = Phase.CLOSED;
            changed();
        });
    }

    /** No question on the stage: the devices wait for the next one. Votes are kept for the report. */
    public synchronized void toLobby() {
        if (current.isPresent()) {
            current = Optional.empty();
            changed();
        }
    }

    // ---- votes -----------------------------------------------------------------------------------

    /** The outcome of a vote; {@code receipt} counts the room's accepted votes, this one included. */
    public record Vote(VoteOutcome outcome, long receipt) {}

    public enum VoteOutcome { COUNTED, UNKNOWN_DEVICE, NOT_OPEN, NO_SUCH_CHOICE }

    /** Counts {@code token}'s vote for {@code choice} in the round {@code ballot} names, replacing its earlier one. */
    public synchronized Vote vote(String token, long ballot, int choice) {
        if (!knows(token)) {
            return new Vote(VoteOutcome.UNKNOWN_DEVICE, 0);
        }
        Optional<Question> open = current.filter(q -> q.phase == Phase.VOTING && q.ballot == ballot);
        if (open.isEmpty()) {
            return new Vote(VoteOutcome.NOT_OPEN, 0);
        }
        Question q = open.get();
        if (choice < 0 || choice >= q.poll.choices().size()) {
            return new Vote(VoteOutcome.NO_SUCH_CHOICE, 0);
        }
        q.votes(q.round).put(token, choice);
        votesAccepted++;
        changed();
        return new Vote(VoteOutcome.COUNTED, votesAccepted);
    }

    // ---- reading ---------------------------------------------------------------------------------

    /** The room now, as the stage sees it. */
    public synchronized RoomSnapshot snapshot() {
        return snapshot;
    }

    /** The room now, as the device with {@code token} sees it. */
    public synchronized DeviceView viewFor(String token) {
        if (current.isEmpty()) {
            return new DeviceView(Phase.LOBBY, Optional.empty(), 0, 0, Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
        Question q = current.get();
        Optional<Integer> choice = Optional.ofNullable(q.votes(q.round).get(token));
        Optional<Integer> first = q.round == 2 ? Optional.ofNullable(q.first.get(token)) : Optional.empty();
        return new DeviceView(q.phase, Optional.of(q.poll), q.round, q.ballot, choice, first, q.reveal);
    }

    /** Every question asked so far, in the order first asked, with both rounds' votes. */
    public synchronized ClassReport report() {
        List<ClassReport.QuestionResult> results = new ArrayList<>();
        for (Question q : questions.values()) {
            results.add(ClassReport.QuestionResult.of(q.poll, q.first, q.round == 2 ? Optional.of(q.second)
                    : Optional.empty(), q.reveal.map(Reveal::correct).or(() -> q.lastCorrect)));
        }
        return new ClassReport(results);
    }

    /** Hears every change, on the thread that made it; must return quickly and not call back into the room. */
    public void addListener(Consumer<RoomSnapshot> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<RoomSnapshot> listener) {
        listeners.remove(listener);
    }

    private void changed() {
        version++;
        current.ifPresent(q -> q.reveal.ifPresent(r -> q.lastCorrect = Optional.of(r.correct())));
        snapshot = makeSnapshot();
        for (Consumer<RoomSnapshot> listener : listeners) {
            try {
                listener.accept(snapshot);
            } catch (RuntimeException e) {
                // A listener's fault (the stage's, a stream's) must not refuse a student's vote.
                LOG.log(System.Logger.Level.WARNING, "a room listener failed", e);
            }
        }
    }

    private RoomSnapshot makeSnapshot() {
        if (current.isEmpty()) {
            return new RoomSnapshot(version, pin, Phase.LOBBY, Optional.empty(), 0, devices.size(), 0, List.of(),
                    List.of(), Optional.empty(), votesAccepted);
        }
        Question q = current.get();
        Map<String, Integer> votes = q.votes(q.round);
        return new RoomSnapshot(version, pin, q.phase, Optional.of(q.poll), q.round, devices.size(), votes.size(),
                counts(votes, q.poll), counts(q.first, q.poll), q.reveal, votesAccepted);
    }

    private static List<Integer> counts(Map<String, Integer> votes, Poll poll) {
        int[] counts = new int[poll.choices().size()];
        for (int choice : votes.values()) {
            counts[choice]++;
        }
        return java.util.Arrays.stream(counts).boxed().toList();
    }

    /** One question and its votes; guarded by the room's lock. */
    private static final class Question {
        final Poll poll;
        final Map<String, Integer> first = new LinkedHashMap<>();
        final Map<String, Integer> second = new LinkedHashMap<>();
        int round = 1;
        long ballot;
        Phase phase = Phase.VOTING;
        Optional<Reveal> reveal = Optional.empty();
        /** The right answer once it has been revealed, kept for the report if the teacher hides it again. */
        Optional<Integer> lastCorrect = Optional.empty();

        Question(Poll poll, long ballot) {
            this.poll = poll;
            this.ballot = ballot;
        }

        Map<String, Integer> votes(int round) {
            return round == 1 ? first : second;
        }
    }
}
