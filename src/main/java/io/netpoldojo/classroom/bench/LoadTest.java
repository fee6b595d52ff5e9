package io.netpoldojo.classroom.bench;

import io.netpoldojo.classroom.ClassroomServer;
import io.netpoldojo.classroom.Poll;
import io.netpoldojo.classroom.Room;
import io.netpoldojo.classroom.RoomSnapshot;
import io.netpoldojo.classroom.ServerLimits;
import io.netpoldojo.classroom.StageFeed;
import io.netpoldojo.classroom.Tokens;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Runs a class of simulated phones against the real voting server on loopback: they load the page,
 * join with the PIN, read the room and follow its event stream; each round the teacher asks a
 * question, every phone votes when the question reaches it (one in five then changes its mind), and
 * the stage, fed on a thread of its own exactly as the app's stage is, counts. The phones run in
 * this process or in one of their own ({@link Phones}). Bounded in time: every wait has a limit.
 */
public final class LoadTest {
    /**
     * @param changeMind   the share of devices that vote again for another choice once their first vote is in
     * @param spreadMillis each phone votes after a random pause of up to this long (0: the moment the
     *                     question arrives, all at once), as a class taps over a few seconds
     */
    public record Settings(int clients, int rounds, int choices, double changeMind, long seed, int spreadMillis) {}

    /**
     * @param questionToDevice from the teacher asking to the question's event reaching a device
     * @param voteToStage      from a device sending its vote to the stage showing it counted
     * @param lost             votes a device was told were counted but the room does not show
     * @param doubled          votes the room shows beyond what the devices cast
     * @param cpuMillisPerVote CPU time of this process (the server, and the phones when they run here) per vote
     */
    public record Result(Settings settings, ServerLimits limits, Latencies join, Latencies questionToDevice,
                         Latencies vote, Latencies voteToStage, long votesAcknowledged, int lost, int doubled,
                         int failedRequests, List<String> problems, double seconds, double cpuMillisPerVote,
                         double serverCpuMillisPerVote) {}

    private final Settings settings;
    private final ServerLimits limits;
    private final Room room = new Room(Tokens.secure());
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final Latencies join = new Latencies();
    private final Latencies questionToDevice = new Latencies();
    private final Latencies vote = new Latencies();
    private final Latencies voteToStage = new Latencies();
    private final List<Phones.Vote> votes = new ArrayList<>();
    private final StageClock stage;
    private int failed;
    private int phoneFailures;

    private LoadTest(Settings settings) {
        this.settings = settings;
        // Every simulated phone shares 127.0.0.1, so the per-address limits grow with the class; and the
        // rounds come seconds apart, not minutes, so each phone may cast all its votes at once.
        this.limits = limitsFor(settings);
        this.stage = new StageClock(settings.clients() * settings.rounds() * 2 + 16);
    }

    /** The server's limits for a run: the classroom's, shared by every phone on 127.0.0.1. */
    public static ServerLimits limitsFor(Settings settings) {
        return ServerLimits.CLASSROOM.sharedBy(settings.clients()).withVoteBurst(2 * settings.rounds());
    }

    /** Runs the test with the phones in this process. */
    public static Result run(Settings settings) throws IOException, InterruptedException {
        return run(settings, url -> new PhoneClass(settings, url));
    }

    /** Runs the test with the phones {@code phones} starts against the server's address. */
    public static Result run(Settings settings, Function<URI, Phones> phones) throws IOException, InterruptedException {
        return new LoadTest(settings).run(phones);
    }

    private Result run(Function<URI, Phones> startPhones) throws IOException, InterruptedException {
        long start = System.nanoTime();
        ExecutorService stageThread = Executors.newSingleThreadExecutor(r -> daemon(r, "stage"));
        room.addListener(new StageFeed(stageThread, stage::seen));
        ClassroomServer server = ClassroomServer.start(room, InetAddress.getLoopbackAddress(), 0, limits);
        long acknowledged = 0;
        int lost = 0;
        int doubled = 0;
        long cpuBefore = 0;
        long cpuAfter = 0;
        long serverBefore = 0;
        long serverAfter = 0;
        Phones phones = null;
        try {
            phones = startPhones.apply(server.url());
            Phones.JoinReport joined = phones.joinAll(room.pin());
            joined.joinNanos().forEach(join::add);
            note(joined.problems(), joined.failed());
            int expectedStreams = joined.joined();
            waitFor(() -> server.openStreams() >= expectedStreams, 30);
            cpuBefore = processCpuNanos();
            serverBefore = serverCpuNanos();
            for (int round = 1; round <= settings.rounds(); round++) {
                RoundCheck check = round(round, phones);
                acknowledged += check.acknowledged;
                lost += check.lost;
                doubled += check.doubled;
            }
            cpuAfter = processCpuNanos();
            serverAfter = serverCpuNanos();
            stage.latencies(votes, voteToStage, problems);
        } finally {
            if (phones != null) {
                phones.close();
            }
            server.stop();
            stageThread.shutdownNow();
        }
        return new Result(settings, limits, join, questionToDevice, vote, voteToStage, acknowledged, lost, doubled,
                failed, List.copyOf(problems), (System.nanoTime() - start) / 1e9,
                acknowledged == 0 || cpuAfter == 0 ? Double.NaN : (cpuAfter - cpuBefore) / 1e6 / acknowledged,
                acknowledged == 0 ? Double.NaN : (serverAfter - serverBefore) / 1e6 / acknowledged);
    }

    private record RoundCheck(long acknowledged, int lost, int doubled) {}

    private RoundCheck round(int round, Phones phones) throws InterruptedException {
        List<String> choices = new ArrayList<>();
        for (int c = 0; c < settings.choices(); c++) {
            choices.add("Choice " + (char) ('A' + c));
        }
        phones.startRound(round);
        long askedAt = System.nanoTime();
        room.ask(new Poll("load-" + round, "Question " + round + ": will backend reach redis?", choices));
        Phones.RoundReport report = phones.awaitRound(round);
        report.arrivals().forEach(t -> questionToDevice.add(t - askedAt));
        report.votes().forEach(v -> vote.add(v.roundTripNanos()));
        votes.addAll(report.votes());
        note(report.problems(), report.failed());
        waitFor(() -> stage.seenVotes() >= report.lastReceipt(), 10);
        RoomSnapshot shown = room.snapshot();
        int lost = 0;
        int doubled = 0;
        for (int c = 0; c < settings.choices(); c++) {
            int counted = shown.counts().get(c);
            int expected = report.counts().get(c);
            lost += Math.max(0, expected - counted);
            doubled += Math.max(0, counted - expected);
        }
        if (shown.voted() != report.voters()) {
            problem("round " + round + ": the room shows " + shown.voted() + " voters, the devices say "
                    + report.voters());
        }
        room.closeVoting();
        return new RoundCheck(report.acknowledged(), lost, doubled);
    }

    /** The stage's side: when it was shown each vote, by receipt number. */
    private static final class StageClock {
        private final long[] seenAt;
        private volatile long seen;

        StageClock(int capacity) {
            seenAt = new long[capacity + 1];
        }

        void seen(RoomSnapshot snapshot) {
            long now = System.nanoTime();
            long upTo = Math.min(snapshot.votesAccepted(), seenAt.length - 1);
            for (long r = seen + 1; r <= upTo; r++) {
                seenAt[(int) r] = now;
            }
            seen = Math.max(seen, upTo);
        }

        long seenVotes() {
            return seen;
        }

        void latencies(List<Phones.Vote> votes, Latencies into, List<String> problems) {
            int unseen = 0;
            for (Phones.Vote v : votes) {
                int receipt = (int) v.receipt();
                if (receipt <= 0 || receipt >= seenAt.length || seenAt[receipt] == 0) {
                    unseen++;
                } else {
                    into.add(Math.max(0, seenAt[receipt] - v.sentNanos()));
                }
            }
            if (unseen > 0) {
                problems.add(unseen + " acknowledged votes never reached the stage");
            }
        }
    }

    /** The phones' problems so far (their first ten, and how many in all since they started): each counted once. */
    private synchronized void note(List<String> theirs, int countSoFar) {
        failed += countSoFar - phoneFailures;
        phoneFailures = countSoFar;
        for (String p : theirs) {
            if (problems.size() < 10 && !problems.contains(p)) {
                problems.add(p);
            }
        }
    }

    private synchronized void problem(String what) {
        failed++;
        if (problems.size() < 10) {
            problems.add(what);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, int seconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
    }

    /** CPU time this process has used (server and simulated phones together), where the JVM says it. */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /**
     * CPU time of the server's own threads (Jetty's and the event streams'), the part a teacher's laptop
     * pays when the phones are real; threads that ended between two readings are not counted.
     */
    private static long serverCpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0;
        for (java.lang.management.ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null && t.getThreadName().startsWith("classroom-")) {
                total += Math.max(0, threads.getThreadCpuTime(t.getThreadId()));
            }
        }
        return total;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
