package io.netpoldojo.classroom.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.HttpClient;

/**
 * A class of simulated phones in this process: each does what the page does (load it, join with
 * the PIN, read the room, follow its event stream) and, each round, votes when the question reaches
 * it; one in five then changes its mind. Every wait is bounded.
 */
public final class PhoneClass implements Phones {
    static final long ROUND_LIMIT_SECONDS = 60;

    private final LoadTest.Settings settings;
    private final HttpClient http;
    private final List<Phone> phones = new ArrayList<>();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final ScheduledExecutorService tapping = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tapping");
        t.setDaemon(true);
        return t;
    });
    private volatile CountDownLatch done = new CountDownLatch(0);
    private final List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
    private int failed;

    public PhoneClass(LoadTest.Settings settings, URI server) {
        this.settings = settings;
        this.http = SimulatedDevice.newHttpClient(settings.clients());
        for (int i = 0; i < settings.clients(); i++) {
            phones.add(new Phone(i, new SimulatedDevice(http, server)));
        }
    }

    @Override
    public JoinReport joinAll(String pin) throws InterruptedException {
        List<Long> joinNanos = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<?>> joins = new ArrayList<>();
        for (Phone phone : phones) {
            joins.add(phone.device.loadPage().thenCompose(page -> {
                if (page.status() != 200) {
                    problem("page: HTTP " + page.status());
                }
                return phone.device.join(pin);
            }).thenCompose(reply -> {
                if (reply.status() != 200) {
                    problem("join: HTTP " + reply.status() + " " + reply.body());
                    return CompletableFuture.completedFuture(null);
                }
                joinNanos.add(reply.nanos());
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
        return new JoinReport((int) phones.stream().filter(p -> p.device.joined()).count(), joinNanos,
                Phones.firstProblems(problems), failed());
    }

    @Override
    public void startRound(int round) {
        arrivals.clear();
        done = new CountDownLatch((int) phones.stream().filter(p -> p.device.joined()).count());
        for (Phone p : phones) {
            p.startRound(round);
        }
    }

    @Override
    public RoundReport awaitRound(int round) throws InterruptedException {
        if (!done.await(ROUND_LIMIT_SECONDS, TimeUnit.SECONDS)) {
            problem("round " + round + ": " + done.getCount() + " devices had not voted after " + ROUND_LIMIT_SECONDS
                    + " s");
        }
        Integer[] counts = new Integer[settings.choices()];
        java.util.Arrays.fill(counts, 0);
        int voters = 0;
        long acknowledged = 0;
        long lastReceipt = 0;
        List<Vote> votes = new ArrayList<>();
        for (Phone p : phones) {
            if (p.finalChoice >= 0) {
                counts[p.finalChoice]++;
                voters++;
            }
            acknowledged += p.acknowledged;
            lastReceipt = Math.max(lastReceipt, p.lastReceipt);
            synchronized (p.votes) {
                votes.addAll(p.votes);
                p.votes.clear();
            }
        }
        List<Long> arrived;
        synchronized (arrivals) {
            arrived = List.copyOf(arrivals);
        }
        return new RoundReport(round, voters, acknowledged, lastReceipt, List.of(counts), arrived, votes,
                Phones.firstProblems(problems), failed());
    }

    @Override
    public void close() {
        tapping.shutdownNow();
        try {
            http.stop();
        } catch (Exception e) {
            problem("the simulated phones' client did not stop: " + e);
        }
    }

    private synchronized void problem(String what) {
        failed++;
        problems.add(what);
    }

    private synchronized int failed() {
        return failed;
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
        final List<Vote> votes = Collections.synchronizedList(new ArrayList<>());

        Phone(int index, SimulatedDevice device) {
            this.index = index;
            this.device = device;
        }

        void startRound(int round) {
            this.round = round;
            this.finalChoice = -1;
            this.acknowledged = 0;
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
            arrivals.add(receivedNanos);
            Random random = new Random(settings.seed() * 1_000_003L + index * 7919L + round);
            int first = random.nextInt(settings.choices());
            boolean change = random.nextDouble() < settings.changeMind();
            Runnable tap = () -> cast(ballot, first, () -> {
                if (change) {
                    cast(ballot, (first + 1) % settings.choices(), done::countDown);
                } else {
                    done.countDown();
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
                    long receipt = SimulatedDevice.receipt(reply.body()).orElse(0L);
                    votes.add(new Vote(reply.sentNanos(), reply.nanos(), receipt));
                    finalChoice = choice;
                    acknowledged++;
                    lastReceipt = Math.max(lastReceipt, receipt);
                }
                then.run();
            });
        }
    }
}
