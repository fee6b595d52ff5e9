package io.netpoldojo.quiz;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.CardKind;
import io.netpoldojo.content.Content;
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
    static final int GENERATED_EVERY = 3;

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

    /** Cards never answered yet, easiest first, in content order within a level. */
    public static List<Card> unseen(Content content, Progress progress) {
        return content.cards().stream()
                .filter(c -> progress.schedule(c.id()).isEmpty())
                .sorted(Comparator.comparingInt(Card::difficulty))
                .toList();
    }

    /** Today's review: every due card, then up to {@value #REVIEW_NEW_CARDS} new ones. */
    public static List<Question> review(Content content, Progress progress, LocalDate today) {
        List<Question> out = new ArrayList<>();
        due(content, progress, today).forEach(c -> out.add(Question.of(c, content)));
        unseen(content, progress).stream().limit(REVIEW_NEW_CARDS).forEach(c -> out.add(Question.of(c, content)));
        return out;
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
