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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.HttpClient;

/**
 * Runs a class of simulated phones against the real voting server on loopback: they load the page,
 * join with the PIN, read the room and follow its event stream; each round the teacher asks a question, every
 * phone votes when the question reaches it (one in five then changes its mind), and the stage,
 * fed on a thread of its own exactly as the app's stage is, counts. Bounded in time: every wait
 * has a limit, and the run stops by itself.
 */
public final class LoadTest {
    private static final long ROUND_LIMIT_SECONDS = 60;

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
    private final StageClock stage;
    private volatile long askedAt;
    private final java.util.concurrent.ScheduledExecutorService tapping =
            Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "tapping"));
    private int failed;

    private LoadTest(Settings settings) {
        this.settings = settings;
        // Every simulated phone shares 127.0.0.1, so the per-address limits grow with the class; and the
        // rounds come seconds apart, not minutes, so each phone may cast all its votes at once.
        this.limits = ServerLimits.CLASSROOM.sharedBy(settings.clients()).withVoteBurst(2 * settings.rounds());
        this.stage = new StageClock(settings.clients() * settings.rounds() * 2 + 16);
    }

    public static Result run(Settings settings) throws IOException, InterruptedException {
        return new LoadTest(settings).run();
    }

    private Result run() throws IOException, InterruptedException {
        long start = System.nanoTime();
        ExecutorService stageThread = Executors.newSingleThreadExecutor(r -> daemon(r, "stage"));
        room.addListener(new StageFeed(stageThread, stage::seen));
        HttpClient http = SimulatedDevice.newHttpClient(settings.clients());
        ClassroomServer server = ClassroomServer.start(room, InetAddress.getLoopbackAddress(), 0, limits);
        long acknowledged = 0;
        int lost = 0;
        int doubled = 0;
        long cpuBefore = 0;
        long cpuAfter = 0;
        long serverBefore = 0;
        long serverAfter = 0;
        try {
            List<Phone> phones = new ArrayList<>();
            for (int i = 0; i < settings.clients(); i++) {
                phones.add(new Phone(i, new SimulatedDevice(http, server.url())));
            }
            joinAll(phones);
            waitFor(() -> server.openStreams() >= phones.stream().filter(p -> p.device.joined()).count(), 30);
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
            stage.latencies(phones, voteToStage, problems);
        } finally {
            server.stop();
            stageThread.shutdownNow();
            tapping.shutdownNow();
            try {
                http.stop();
            } catch (Exception e) {
                problem("the simulated phones' client did not stop: " + e);
            }
        }
        return new Result(settings, limits, join, questionToDevice, vote, voteToStage, acknowledged, lost, doubled,
                failed, List.copyOf(problems), (System.nanoTime() - start) / 1e9,
                acknowledged == 0 || cpuAfter == 0 ? Double.NaN : (cpuAfter - cpuBefore) / 1e6 / acknowledged,
                acknowledged == 0 ? Double.NaN : (serverAfter - serverBefore) / 1e6 / acknowledged);
    }

    private void joinAll(List<Phone> phones) throws InterruptedException {
        List<CompletableFuture<?>> joins = new ArrayList<>();
        for (Phone phone : phones) {
            joins.add(phone.device.loadPage().thenCompose(page -> {
                if (page.status() != 200) {
                    problem("page: HTTP " + page.status());
                }
                return phone.device.join(room.pin());
            }).thenCompose(reply -> {
                if (reply.status() != 200) {
                    problem("join: HTTP " + reply.status() + " " + reply.body());
                    return CompletableFuture.completedFuture(null);
                }
                join.add(reply.nanos());
                // As the page does: read the room, then follow it.
                return phone.device.state().thenAccept(state -> phone.device.follow(phone::onEvent));
            }).exceptionally(e -> {
                problem("join: " + e);
                return null;
            }));
        }
        try {
            CompletableFuture.allOf(joins.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            problem("joining took longer than 60 s: " + e);
        }
    }

    private record RoundCheck(long acknowledged, int lost, int doubled) {}

    private RoundCheck round(int round, List<Phone> phones) throws InterruptedException {
        List<String> choices = new ArrayList<>();
        for (int c = 0; c < settings.choices(); c++) {
            choices.add("Choice " + (char) ('A' + c));
        }
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(
                (int) phones.stream().filter(p -> p.device.joined()).count());
        for (Phone p : phones) {
            p.startRound(round, done);
        }
        askedAt = System.nanoTime();
        room.ask(new Poll("load-" + round, "Question " + round + ": will backend reach redis?", choices));
        if (!done.await(ROUND_LIMIT_SECONDS, TimeUnit.SECONDS)) {
            problem("round " + round + ": " + done.getCount() + " devices had not voted after " + ROUND_LIMIT_SECONDS
                    + " s");
        }
        long acknowledged = phones.stream().mapToLong(p -> p.acknowledged).sum();
        long lastReceipt = phones.stream().mapToLong(p -> p.lastReceipt).max().orElse(0);
        waitFor(() -> stage.seenVotes() >= lastReceipt, 10);
        RoomSnapshot shown = room.snapshot();
        int[] expected = new int[settings.choices()];
        int voters = 0;
        for (Phone p : phones) {
            if (p.finalChoice >= 0) {
                expected[p.finalChoice]++;
                voters++;
            }
        }
        int lost = 0;
        int doubled = 0;
        for (int c = 0; c < expected.length; c++) {
            int counted = shown.counts().get(c);
            lost += Math.max(0, expected[c] - counted);
            doubled += Math.max(0, counted - expected[c]);
        }
        if (shown.voted() != voters) {
            problem("round " + round + ": the room shows " + shown.voted() + " voters, the devices say " + voters);
        }
        room.closeVoting();
        return new RoundCheck(acknowledged, lost, doubled);
    }

    /** One simulated phone and what it did this round. */
    private final class Phone {
        final int index;
        final SimulatedDevice device;
        volatile int round;
        volatile long votedBallot = -1;
        volatile int finalChoice = -1;
        volatile long acknowledged;
        volatile long lastReceipt;
        volatile java.util.concurrent.CountDownLatch done;
        final List<long[]> votes = Collections.synchronizedList(new ArrayList<>());

        Phone(int index, SimulatedDevice device) {
            this.index = index;
            this.device = device;
        }

        void startRound(int round, java.util.concurrent.CountDownLatch done) {
            this.round = round;
            this.finalChoice = -1;
            this.acknowledged = 0;
            this.done = done;
        }

        void onEvent(String data, long receivedNanos) {
            if (!"voting".equals(SimulatedDevice.phase(data).orElse(""))) {
                return;
            }
            long ballot = SimulatedDevice.ballot(data).orElse(-1L);
            if (ballot == votedBallot || SimulatedDevice.choice(data).isPresent()) {
                return;
            }
            votedBallot = ballot;
            questionToDevice.add(receivedNanos - askedAt);
            Random random = new Random(settings.seed() * 1_000_003L + index * 7919L + round);
            int first = random.nextInt(settings.choices());
            boolean change = random.nextDouble() < settings.changeMind();
            Runnable tap = () -> cast(ballot, first, () -> {
                if (change) {
                    cast(ballot, (first + 1) % settings.choices(), this::finished);
                } else {
                    finished();
                }
            });
            if (settings.spreadMillis() == 0) {
                tap.run();
            } else {
                tapping.schedule(tap, random.nextInt(settings.spreadMillis() + 1), TimeUnit.MILLISECONDS);
            }
        }

        private void cast(long ballot, int choice, Runnable then) {
            device.vote(ballot, choice).whenComplete((reply, failure) -> {
                if (failure != null) {
                    problem("vote: " + failure);
                } else if (reply.status() != 200) {
                    problem("vote: HTTP " + reply.status() + " " + reply.body());
                } else {
                    vote.add(reply.nanos());
                    long receipt = SimulatedDevice.receipt(reply.body()).orElse(0L);
                    votes.add(new long[] {reply.sentNanos(), receipt});
                    finalChoice = choice;
                    acknowledged++;
                    lastReceipt = Math.max(lastReceipt, receipt);
                }
                then.run();
            });
        }

        private void finished() {
            done.countDown();
        }
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

        void latencies(List<Phone> phones, Latencies into, List<String> problems) {
            int unseen = 0;
            for (Phone p : phones) {
                synchronized (p.votes) {
                    for (long[] v : p.votes) {
                        int receipt = (int) v[1];
                        if (receipt <= 0 || receipt >= seenAt.length || seenAt[receipt] == 0) {
                            unseen++;
                        } else {
                            into.add(Math.max(0, seenAt[receipt] - v[0]));
                        }
                    }
                }
            }
            if (unseen > 0) {
                problems.add(unseen + " acknowledged votes never reached the stage");
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
