package io.netpoldojo.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which questions each mode asks. */
class DecksTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
    private static Content content;
    private final PredictionGenerator generator = new PredictionGenerator();

    @BeforeAll
    static void load() {
        content = new ContentLoader().load(Path.of("content"));
    }

    private static Progress answered(Progress p, String id, boolean correct, LocalDate day) {
        Card c = content.card(id).orElseThrow();
        return p.record(new Attempt(id, c.topic(), c.kind(), c.difficulty(), correct, Instant.parse("2025-03-01T09:00:00Z"),
                Duration.ofSeconds(5), QuizMode.REVIEW, false), day);
    }

    @Test
    void dueCardsAreTheOnesAnsweredWrongTodayOrWhoseDayHasCome() {
        Progress p = answered(Progress.EMPTY, "basics-additive", false, DAY);
        p = answered(p, "basics-flat-default", true, DAY);
        assertEquals(List.of("basics-additive"), Decks.due(content, p, DAY).stream().map(Card::id).toList());
        // A first right answer is due when FSRS expects recall to fall to 90%: two days on.
        assertEquals(List.of("basics-additive"), Decks.due(content, p, DAY.plusDays(1)).stream().map(Card::id).toList());
        assertEquals(List.of("basics-additive", "basics-flat-default"),
                Decks.due(content, p, DAY.plusDays(2)).stream().map(Card::id).toList());
    }

    @Test
    void explainCardsDueAreCountedApartAndNeverAlsoAmongTheReviewsDueCards() {
        Card explain = content.explainCard("explain-dns-broke").orElseThrow();
        Progress p = answered(Progress.EMPTY, "basics-additive", false, DAY);
        p = p.record(new Attempt(explain.id(), explain.topic(), explain.kind(), explain.difficulty(), false,
                Instant.parse("2025-03-01T09:05:00Z"), Duration.ofSeconds(80), QuizMode.PRACTICE, false), DAY);
        assertEquals(List.of("explain-dns-broke"), Decks.explainDue(content, p, DAY).stream().map(Card::id).toList());
        assertEquals(List.of("basics-additive"), Decks.due(content, p, DAY).stream().map(Card::id).toList(),
                "the review does not ask explain cards: they are answered in the drill");
        assertTrue(Decks.review(content, p, DAY).stream().noneMatch(q -> q.id().equals("explain-dns-broke")));
        assertEquals(List.of(), Decks.explainDue(content, Progress.EMPTY, DAY), "never answered: new, not due");
    }

    @Test
    void aReviewAsksTheDueCardsThenSomeNewOnes() {
        Progress p = answered(Progress.EMPTY, "basics-additive", false, DAY);
        List<Question> review = Decks.review(content, p, DAY);
        assertEquals("basics-additive", review.get(0).id());
        int newOnes = Math.min(Decks.REVIEW_NEW_CARDS, content.cards().size() - 1);
        assertEquals(1 + newOnes, review.size());
        assertTrue(review.stream().skip(1).allMatch(q -> p.schedule(q.id()).isEmpty()));
    }

    @Test
    void practiceAsksOnlyTheChosenTopicsAndDifficultyDueCardsFirst() {
        Progress p = answered(Progress.EMPTY, "peers-fix-extra-dash", false, DAY);
        QuestionSource source = Decks.practice(content, p, new PracticeFilter(Set.of("peers"), Optional.of(2), false),
                DAY, 7, generator);
        List<String> ids = new ArrayList<>();
        for (Optional<Question> q = source.next(); q.isPresent(); q = source.next()) {
            ids.add(q.get().id());
        }
        Set<String> peersAtTwo = new HashSet<>();
        content.cardsOnTopic("peers").stream().filter(c -> c.difficulty() == 2).forEach(c -> peersAtTwo.add(c.id()));
        assertTrue(peersAtTwo.size() >= 2, "the bundled cards have several peers cards of difficulty 2: " + peersAtTwo);
        assertEquals("peers-fix-extra-dash", ids.get(0), "the due card first");
        assertEquals(peersAtTwo, new HashSet<>(ids));
        assertEquals(peersAtTwo.size(), ids.size(), "each once");
    }

    @Test
    void practiceWithGeneratedQuestionsNeverRunsOut() {
        QuestionSource source = Decks.practice(content, Progress.EMPTY,
                new PracticeFilter(Set.of("cni"), Optional.empty(), true), DAY, 7, generator);
        Set<String> cniCards = new HashSet<>();
        content.cardsOnTopic("cni").forEach(c -> cniCards.add(c.id()));
        List<Question> asked = new ArrayList<>();
        for (int i = 0; i < cniCards.size() * 2 + 5; i++) {
            asked.add(source.next().orElseThrow());
        }
        assertEquals(1, asked.subList(0, Decks.GENERATED_EVERY).stream().filter(Question::generated).count(),
                "one generated question in every " + Decks.GENERATED_EVERY + " while cards remain");
        List<String> cardsAsked = asked.stream().filter(q -> !q.generated()).map(Question::id).toList();
        assertEquals(cniCards, new HashSet<>(cardsAsked), "every cni card");
        assertEquals(cniCards.size(), cardsAsked.size(), "each once");
        assertTrue(asked.subList(asked.size() - 5, asked.size()).stream().allMatch(Question::generated),
                "then only generated ones");
        assertTrue(source.plannedTotal().isEmpty());
    }

    @Test
    void anInterviewSpreadsOverTheTopicsAndLimitsPolicyWriting() {
        for (long seed = 0; seed < 20; seed++) {
            List<Question> set = Decks.interview(content, seed, generator);
            assertEquals(Decks.INTERVIEW_SIZE, set.size());
            assertEquals(Decks.INTERVIEW_SIZE, set.stream().map(Question::id).distinct().count());
            assertTrue(set.stream().filter(q -> Decks.isPolicyTask(q.card())).count()
                    <= 2, "seed " + seed);
            Set<String> topics = new HashSet<>();
            set.forEach(q -> topics.add(q.topic()));
            assertTrue(topics.size() >= Math.min(Decks.topics(content).size(), 6), "seed " + seed + ": " + topics);
            for (int i = 1; i < set.size(); i++) {
                assertTrue(set.get(i - 1).card().difficulty() <= set.get(i).card().difficulty(), "easier first");
            }
        }
    }

    @Test
    void beforeAnInterviewDateTheReviewBringsTheWeakCardsAndEnoughNewOnesToSeeEveryCard() {
        Progress p = answered(Progress.EMPTY, "basics-additive", false, DAY);
        p = answered(p, "basics-flat-default", true, DAY);
        p = p.withSettings(p.settings().withInterviewDate(Optional.of(DAY.plusDays(4))));
        LocalDate tomorrow = DAY.plusDays(1);
        Decks.InterviewPlan plan = Decks.interviewPlan(content, p, tomorrow).orElseThrow();
        int unseen = content.cards().size() - 2;
        assertEquals(3, plan.daysLeft());
        assertEquals(unseen, plan.unseen());
        assertEquals(1, plan.weakCards());
        assertEquals(2, plan.weakLooks(), "the card answered wrong needs two right answers");
        assertEquals((int) Math.ceil((unseen + 2) / 3.0), plan.looksPerDay());
        List<Question> review = Decks.review(content, p, tomorrow);
        assertEquals("basics-additive", review.get(0).id(), "the weak card first (it is due too)");
        assertEquals(1 + Math.max(Decks.REVIEW_NEW_CARDS, (int) Math.ceil(unseen / 3.0)), review.size());

        Progress later = answered(p, "basics-additive", true, tomorrow);
        assertEquals(1, Decks.interviewPlan(content, later, tomorrow).orElseThrow().weakLooks(), "one more to go");
        assertTrue(Decks.interviewPlan(content, p, DAY.plusDays(5)).isEmpty(), "the date has passed");
        assertEquals(0, Decks.interviewPlan(content, p, DAY.plusDays(4)).orElseThrow().daysLeft(), "the day itself");
    }

    @Test
    void practisingTrapsAsksTheCardsTaggedWithThemAndPredictionsAimedAtThem() {
        List<io.netpoldojo.content.Trap> traps = List.of(io.netpoldojo.content.Trap.AND_VS_OR,
                io.netpoldojo.content.Trap.DNS_EGRESS);
        QuestionSource source = Decks.trapPractice(content, Progress.EMPTY, traps, DAY, 5, generator);
        assertEquals(java.util.OptionalInt.of(Decks.TRAP_SESSION), source.plannedTotal());
        int generated = 0;
        for (int i = 0; i < Decks.TRAP_SESSION; i++) {
            Question q = source.next().orElseThrow();
            assertTrue(q.card().traps().stream().anyMatch(traps::contains), q.id() + " " + q.card().traps());
            if (q.generated()) {
                generated++;
                assertEquals(java.util.Set.of(io.netpoldojo.content.Trap.AND_VS_OR), q.card().traps(),
                        "DNS cannot be generated; AND versus OR can");
            }
        }
        assertEquals(Decks.TRAP_SESSION / Decks.GENERATED_EVERY, generated);
        assertTrue(source.next().isEmpty());
    }
}
