package io.netpoldojo.quiz;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.CardKind;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.Trap;
import io.netpoldojo.quiz.schedule.CardSchedule;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.TreeSet;

/** Which questions a session asks, and in what order. */
public final class Decks {
    /** An interview set: ten questions in fifteen minutes, about what a phone screen allows. */
    public static final int INTERVIEW_SIZE = 10;
    public static final Duration INTERVIEW_TIME = Duration.ofMinutes(15);
    /** Writing a policy takes minutes; more than this and the set would not fit its time. */
    static final int INTERVIEW_MAX_POLICY_TASKS = 2;
    /** New cards a review brings in after the due ones, as Anki's daily "new cards" limit does. */
    public static final int REVIEW_NEW_CARDS = 10;
    /** In practice with generated questions, every third one is generated while cards remain. */
    public static final int GENERATED_EVERY = 3;

    private Decks() {}

    /** The content's topics, sorted. */
    public static List<String> topics(Content content) {
        return List.copyOf(new TreeSet<>(content.cards().stream().map(Card::topic).toList()));
    }

    /** Cards whose schedule says they are due (today or overdue, or answered wrong today), most overdue first. */
    public static List<Card> due(Content content, Progress progress, LocalDate today) {
        return content.cards().stream()
                .filter(c -> progress.schedule(c.id()).map(s -> s.isDue(today)).orElse(false))
                .sorted(Comparator.comparing((Card c) -> progress.schedule(c.id()).orElseThrow().due())
                        .thenComparingInt(Card::difficulty))
                .toList();
    }

    /**
     * Explain cards whose schedule says they are due, most overdue first. They are answered in the
     * explain drill, not in a review, so they are counted apart from {@link #due}: a card is in
     * one list or the other, never both.
     */
    public static List<Card> explainDue(Content content, Progress progress, LocalDate today) {
        return content.explainCards().stream()
                .filter(c -> progress.schedule(c.id()).map(s -> s.isDue(today)).orElse(false))
                .sorted(Comparator.comparing((Card c) -> progress.schedule(c.id()).orElseThrow().due()))
                .toList();
    }

    /** Cards never answered yet, easiest first, in content order within a level. */
    public static List<Card> unseen(Content content, Progress progress) {
        return content.cards().stream()
                .filter(c -> progress.schedule(c.id()).isEmpty())
                .sorted(Comparator.comparingInt(Card::difficulty))
                .toList();
    }

    /**
     * Today's review: every due card, then up to {@value #REVIEW_NEW_CARDS} new ones. Before an
     * interview date ({@link #interviewPlan}) it also brings the weak cards, and enough new ones
     * each day that every card is seen before the date.
     */
    public static List<Question> review(Content content, Progress progress, LocalDate today) {
        List<Card> cards = new ArrayList<>(due(content, progress, today));
        Optional<InterviewPlan> plan = interviewPlan(content, progress, today);
        int newCards = REVIEW_NEW_CARDS;
        if (plan.isPresent()) {
            Map<String, Integer> weak = weakCards(content, progress);
            content.cards().stream().filter(c -> weak.containsKey(c.id()) && !cards.contains(c))
                    .sorted(Comparator.comparing((Card c) -> -weak.get(c.id()))).forEach(cards::add);
            newCards = Math.max(REVIEW_NEW_CARDS, plan.get().newPerDay());
        }
        unseen(content, progress).stream().limit(newCards).forEach(cards::add);
        return cards.stream().map(c -> Question.of(c, content)).toList();
    }

    /** Right answers a weak card needs before an interview: a card answered wrong is seen twice more. */
    public static final int WEAK_LOOKS = 2;

    /**
     * The way to an interview date: days left, cards never seen, and the looks the weak cards
     * still need (each card answered wrong needs {@value #WEAK_LOOKS} right answers since its last
     * wrong one); empty without a date, or once the date has passed.
     *
     * @param daysLeft days of study left, today included; 0 on the day itself
     */
    public record InterviewPlan(LocalDate date, long daysLeft, int unseen, int weakCards, int weakLooks) {
        public int looksLeft() {
            return unseen + weakLooks;
        }

        /** New cards a day so that every card is seen by the day before the date (all of them on the day). */
        public int newPerDay() {
            return daysLeft <= 0 ? unseen : (int) Math.ceil(unseen / (double) daysLeft);
        }

        /** Looks a day, new and weak together, to be through them all before the date. */
        public int looksPerDay() {
            return daysLeft <= 0 ? looksLeft() : (int) Math.ceil(looksLeft() / (double) daysLeft);
        }
    }

    public static Optional<InterviewPlan> interviewPlan(Content content, Progress progress, LocalDate today) {
        Optional<LocalDate> date = progress.settings().interviewDate();
        if (date.isEmpty() || date.get().isBefore(today)) {
            return Optional.empty();
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, date.get());
        Map<String, Integer> weak = weakCards(content, progress);
        return Optional.of(new InterviewPlan(date.get(), days, unseen(content, progress).size(), weak.size(),
                weak.values().stream().mapToInt(Integer::intValue).sum()));
    }

    /** Content cards answered wrong at some point, with the right answers each still needs (1 or 2). */
    static Map<String, Integer> weakCards(Content content, Progress progress) {
        Map<String, Integer> rightsSinceWrong = new LinkedHashMap<>();
        for (Attempt a : progress.attempts()) {
            if (a.generated()) {
                continue;
            }
            if (!a.correct()) {
                rightsSinceWrong.put(a.cardId(), 0);
            } else {
                rightsSinceWrong.computeIfPresent(a.cardId(), (id, n) -> n + 1);
            }
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Card c : content.cards()) {
            Integer rights = rightsSinceWrong.get(c.id());
            if (rights != null && rights < WEAK_LOOKS) {
                out.put(c.id(), WEAK_LOOKS - rights);
            }
        }
        return out;
    }

    /** Questions in a "Practise my traps" session. */
    public static final int TRAP_SESSION = 12;

    /**
     * "Practise my traps": up to {@value #TRAP_SESSION} questions on {@code traps}, the content
     * cards tagged with them (due ones first, then unseen, then the rest, shuffled within each)
     * with a generated prediction aimed at one of them every third question where the generator
     * can aim at it, and generated ones alone once the cards run out.
     */
    public static QuestionSource trapPractice(Content content, Progress progress, List<Trap> traps, LocalDate today,
                                              long seed, PredictionGenerator generator) {
        Random random = new Random(seed);
        List<Card> tagged = content.cards().stream().filter(c -> c.traps().stream().anyMatch(traps::contains)).toList();
        Deque<Question> cards = new ArrayDeque<>();
        List<List<Card>> groups = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Card c : tagged) {
            Optional<CardSchedule> s = progress.schedule(c.id());
            groups.get(s.isPresent() && s.get().isDue(today) ? 0 : s.isEmpty() ? 1 : 2).add(c);
        }
        for (List<Card> group : groups) {
            Collections.shuffle(group, random);
            group.forEach(c -> cards.add(Question.of(c, content)));
        }
        List<Trap> aimable = traps.stream().filter(PredictionGenerator.aimable()::contains).toList();
        return new TrapSource(cards, aimable, random, generator);
    }

    /** The trap session's stream: cards with an aimed prediction every third question, {@value #TRAP_SESSION} in all. */
    private static final class TrapSource implements QuestionSource {
        private final Deque<Question> cards;
        private final List<Trap> aimable;
        private final Random random;
        private final PredictionGenerator generator;
        private final int total;
        private int handedOut;

        TrapSource(Deque<Question> cards, List<Trap> aimable, Random random, PredictionGenerator generator) {
            this.cards = cards;
            this.aimable = aimable;
            this.random = random;
            this.generator = generator;
            this.total = aimable.isEmpty() ? Math.min(TRAP_SESSION, cards.size()) : TRAP_SESSION;
        }

        @Override
        public synchronized Optional<Question> next() {
            if (handedOut >= total) {
                return Optional.empty();
            }
            handedOut++;
            boolean generated = !aimable.isEmpty() && (cards.isEmpty() || handedOut % GENERATED_EVERY == 0);
            if (generated) {
                Trap trap = aimable.get(handedOut / GENERATED_EVERY % aimable.size());
                return Optional.of(generator.generate(random.nextLong(), 2, Optional.of(trap)));
            }
            return Optional.ofNullable(cards.poll());
        }

        @Override
        public OptionalInt plannedTotal() {
            return OptionalInt.of(total);
        }

        @Override
        public List<Question> remaining() {
            return List.of();
        }
    }

    /**
     * Practice: the cards of the chosen topics and difficulty, due ones first, then unseen ones,
     * then the rest, shuffled within each group; with generated questions mixed in (every
     * {@value #GENERATED_EVERY}rd) and taking over when the cards run out, so it never ends.
     */
    public static QuestionSource practice(Content content, Progress progress, PracticeFilter filter, LocalDate today,
                                          long seed, PredictionGenerator generator) {
        Random random = new Random(seed);
        List<Card> chosen = content.cards().stream()
                .filter(c -> filter.topics().contains(c.topic()))
                .filter(c -> filter.difficulty().map(d -> d == c.difficulty()).orElse(true))
                .toList();
        List<Card> due = new ArrayList<>();
        List<Card> unseen = new ArrayList<>();
        List<Card> rest = new ArrayList<>();
        for (Card c : chosen) {
            Optional<CardSchedule> s = progress.schedule(c.id());
            (s.isEmpty() ? unseen : s.get().isDue(today) ? due : rest).add(c);
        }
        Deque<Question> cards = new ArrayDeque<>();
        for (List<Card> group : List.of(due, unseen, rest)) {
            List<Card> shuffled = new ArrayList<>(group);
            Collections.shuffle(shuffled, random);
            shuffled.forEach(c -> cards.add(Question.of(c, content)));
        }
        return new PracticeSource(cards, filter, random, generator);
    }

    /**
     * An interview set: {@value #INTERVIEW_SIZE} questions spread over the topics (one per topic in
     * turn, topics in random order), at most {@value #INTERVIEW_MAX_POLICY_TASKS} policies to write
     * or fix, topped up with generated predictions when the content has too few cards.
     */
    public static List<Question> interview(Content content, long seed, PredictionGenerator generator) {
        Random random = new Random(seed);
        Map<String, Deque<Card>> byTopic = new LinkedHashMap<>();
        List<String> topics = new ArrayList<>(topics(content));
        Collections.shuffle(topics, random);
        for (String topic : topics) {
            List<Card> cards = new ArrayList<>(content.cardsOnTopic(topic));
            Collections.shuffle(cards, random);
            byTopic.put(topic, new ArrayDeque<>(cards));
        }
        List<Question> set = new ArrayList<>();
        int policyTasks = 0;
        boolean any = true;
        while (set.size() < INTERVIEW_SIZE && any) {
            any = false;
            for (Deque<Card> queue : byTopic.values()) {
                while (!queue.isEmpty() && set.size() < INTERVIEW_SIZE) {
                    Card card = queue.poll();
                    boolean policy = isPolicyTask(card);
                    if (policy && policyTasks >= INTERVIEW_MAX_POLICY_TASKS) {
                        continue;
                    }
                    policyTasks += policy ? 1 : 0;
                    set.add(Question.of(card, content));
                    any = true;
                    break;
                }
            }
        }
        while (set.size() < INTERVIEW_SIZE) {
            set.add(generator.generate(random.nextLong(), 2));
        }
        // Interviewers warm up: easier questions first, the order within a level left random.
        List<Question> ordered = new ArrayList<>(set);
        ordered.sort(Comparator.comparingInt(q -> q.card().difficulty()));
        return ordered;
    }

    static boolean isPolicyTask(Card card) {
        return card.kind() == CardKind.WRITE_POLICY || card.kind() == CardKind.FIX_POLICY;
    }

    /** The practice stream: cards first with generated questions mixed in, then generated only. */
    private static final class PracticeSource implements QuestionSource {
        private final Deque<Question> cards;
        private final PracticeFilter filter;
        private final Random random;
        private final PredictionGenerator generator;
        private int handedOut;

        PracticeSource(Deque<Question> cards, PracticeFilter filter, Random random, PredictionGenerator generator) {
            this.cards = cards;
            this.filter = filter;
            this.random = random;
            this.generator = generator;
        }

        @Override
        public synchronized Optional<Question> next() {
            handedOut++;
            boolean generatedTurn = filter.generated()
                    && (cards.isEmpty() || handedOut % GENERATED_EVERY == 0);
            if (generatedTurn) {
                int difficulty = filter.difficulty().orElseGet(() -> 1 + random.nextInt(3));
                return Optional.of(generator.generate(random.nextLong(), difficulty));
            }
            return Optional.ofNullable(cards.poll());
        }

        @Override
        public OptionalInt plannedTotal() {
            return filter.generated() ? OptionalInt.empty() : OptionalInt.of(cards.size() + handedOut);
        }

        @Override
        public List<Question> remaining() {
            return List.of();
        }
    }
}
