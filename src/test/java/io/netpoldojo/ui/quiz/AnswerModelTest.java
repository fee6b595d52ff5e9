package io.netpoldojo.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.CardKind;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.content.Expectation;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.manifest.SourcePosition;
import io.netpoldojo.quiz.Answer;
import io.netpoldojo.quiz.Grader;
import io.netpoldojo.quiz.Question;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How picks, Space and the policy text behave, per kind of card. */
class AnswerModelTest {
    private static Content content;
    private final Grader grader = new Grader();

    @BeforeAll
    static void load() {
        content = new ContentLoader().load(Path.of("content"));
    }

    private AnswerModel answer(String id) {
        return new AnswerModel(Question.of(content.card(id).orElseThrow(), content), grader);
    }

    @Test
    void singleChoiceKeepsOnePick() {
        AnswerModel a = answer("basics-additive");
        a.choose(0);
        a.choose(2);
        assertEquals(List.of(2), a.chosen());
        assertEquals(Answer.Choices.of(2), a.answer());
    }

    @Test
    void multipleChoiceTogglesByNumberAndSpaceTogglesTheLastOne() {
        AnswerModel a = answer("isolation-policytypes-default");
        a.choose(3);
        a.choose(0);
        assertEquals(List.of(0, 3), a.chosen());
        a.toggleCursor();
        assertEquals(List.of(3), a.chosen(), "Space toggles option 1, the last one picked");
        a.choose(3);
        assertTrue(a.chosen().isEmpty());
        assertFalse(a.canSubmitProperty().get(), "nothing picked, nothing to check");
    }

    @Test
    void yesAndNoAreOptionsOneAndTwo() {
        AnswerModel prediction = answer("peers-one-peer-predict");
        assertEquals(2, prediction.optionCount());
        prediction.choose(1);
        assertEquals(new Answer.YesNo(false), prediction.answer());
        AnswerModel trueFalse = answer("limits-no-http-paths");
        trueFalse.choose(0);
        assertEquals(new Answer.YesNo(true), trueFalse.answer());
        trueFalse.choose(5);
        assertEquals(new Answer.YesNo(true), trueFalse.answer(), "there is no option 6");
    }

    @Test
    void aGradedChoiceIsLockedButAPolicyCanBeFixedAndCheckedAgain() {
        AnswerModel choice = answer("basics-additive");
        choice.choose(1);
        choice.showGrade(grader.grade(choice.question(), choice.answer()));
        choice.choose(2);
        assertEquals(List.of(1), choice.chosen());

        AnswerModel policy = answer("recipes-lock-down-mysql");
        policy.showGrade(grader.grade(policy.question(), policy.answer()));
        assertFalse(policy.lockedProperty().get());
        policy.policyTextProperty().set("changed");
        assertEquals("changed", policy.policyTextProperty().get());
    }

    @Test
    void aFixCardStartsFromItsBrokenPolicyAndResetGoesBackToIt() {
        AnswerModel a = answer("peers-fix-extra-dash");
        String starter = ((Card.PolicyTask) a.card().body()).starter();
        assertEquals(starter, a.policyTextProperty().get());
        assertTrue(a.parseProperty().get().valid());
        a.policyTextProperty().set("nonsense: [");
        assertFalse(a.parseProperty().get().valid());
        a.resetPolicy();
        assertEquals(starter, a.policyTextProperty().get());
    }

    @Test
    void aWriteCardWithoutAStarterOffersAnOutlineInTheGoalsNamespace() {
        SourcePosition at = SourcePosition.ofFile("test");
        Card card = new Card("t", CardKind.WRITE_POLICY, "peers", 2, "peers", "Only the clients in.", "Why.",
                new Card.PolicyTask("and-vs-or", Optional.of("none"), List.of(new Expectation.OnlyFrom(Optional.empty(),
                        "prod/db", Port.tcp(5432), List.of("alice/client"), at)), "", "", List.of(), List.of(), Optional.empty()), at);
        AnswerModel a = new AnswerModel(new Question(card, content.scenario("and-vs-or"), false), grader);
        assertTrue(a.policyTextProperty().get().contains("namespace: prod"), a.policyTextProperty().get());
        assertTrue(a.parseProperty().get().valid(), "the outline itself loads");
    }
}
