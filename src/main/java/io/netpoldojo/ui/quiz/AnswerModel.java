package io.netpoldojo.ui.quiz;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.CardKind;
import io.netpoldojo.content.Expectation;
import io.netpoldojo.quiz.Answer;
import io.netpoldojo.quiz.Grade;
import io.netpoldojo.quiz.Grader;
import io.netpoldojo.quiz.PolicyHints;
import io.netpoldojo.quiz.PolicyParse;
import io.netpoldojo.quiz.Question;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The answer being given to one question: the choices picked (yes/no counts as two choices: 1
 * is yes, 2 is no), or the policy YAML with what the loader finds in it as it is typed, and the
 * grade once there is one. A new one is made for every question, so nothing carries over.
 */
public final class AnswerModel {
    /** The model answer of a policy card shows by itself after this many checks. */
    public static final int MODEL_ANSWER_AFTER = 3;
    private final Question question;
    private final ObservableList<Integer> chosen = FXCollections.observableArrayList();
    private final ObservableList<Integer> chosenReadOnly = FXCollections.unmodifiableObservableList(chosen);
    private final ReadOnlyIntegerWrapper cursor = new ReadOnlyIntegerWrapper(-1);
    private final StringProperty policyText = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<PolicyParse> parse = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Optional<Grade>> grade = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper checks = new ReadOnlyIntegerWrapper(0);
    private final ObservableList<PolicyHints.Hint> hints = FXCollections.observableArrayList();
    private final ObservableList<PolicyHints.Hint> hintsReadOnly = FXCollections.unmodifiableObservableList(hints);
    private final ReadOnlyBooleanWrapper modelAnswerShown = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canSubmit;

    AnswerModel(Question question, Grader grader) {
        this.question = question;
        policyText.addListener((o, a, text) -> {
            parse.set(grader.parsePolicies(text));
            hint.set("");
        });
        if (isPolicyTask()) {
            policyText.set(startingText());
            parse.set(grader.parsePolicies(policyText.get()));
            canSubmit = Bindings.createBooleanBinding(() -> !policyText.get().isBlank(), policyText);
        } else {
            canSubmit = Bindings.createBooleanBinding(() -> !chosen.isEmpty() && !locked.get(), chosen, locked);
        }
    }

    public Question question() {
        return question;
    }

    public Card card() {
        return question.card();
    }

    public boolean isPolicyTask() {
        return card().body() instanceof Card.PolicyTask;
    }

    /** How many things the number keys can pick: the choices, 2 for yes/no, none for a policy. */
    public int optionCount() {
        Card.Body body = card().body();
        if (body instanceof Card.Choice c) {
            return c.choices().size();
        }
        return isPolicyTask() ? 0 : 2;
    }

    /**
     * Picked options by the place they are shown at, 0-based and sorted. For yes/no, 0 is yes
     * (true), 1 is no (false).
     */
    public ObservableList<Integer> chosen() {
        return chosenReadOnly;
    }

    /** The option Space toggles in multiple choice: the last one picked by number or click. */
    public ReadOnlyIntegerProperty cursorProperty() {
        return cursor.getReadOnlyProperty();
    }

    /**
     * Picks the option shown at place {@code index}: the only pick for single choice and yes/no, toggled for multiple
     * choice. Ignored once the answer is locked or when there is no such option.
     */
    public void choose(int index) {
        if (locked.get() || index < 0 || index >= optionCount()) {
            return;
        }
        cursor.set(index);
        if (card().kind() == CardKind.MULTIPLE) {
            toggle(index);
        } else {
            chosen.setAll(index);
        }
    }

    /** Space in multiple choice: toggles the highlighted option. */
    public void toggleCursor() {
        if (!locked.get() && card().kind() == CardKind.MULTIPLE && cursor.get() >= 0) {
            toggle(cursor.get());
        }
    }

    private void toggle(int index) {
        TreeSet<Integer> set = new TreeSet<>(chosen);
        if (!set.remove(index)) {
            set.add(index);
        }
        chosen.setAll(set);
    }

    /** The learner's YAML for a policy card; bind the editor to it both ways. */
    public StringProperty policyTextProperty() {
        return policyText;
    }

    /** What the loader makes of the YAML right now (null for cards without YAML). */
    public ReadOnlyObjectProperty<PolicyParse> parseProperty() {
        return parse.getReadOnlyProperty();
    }

    /** The text a policy card starts with: its starter, or an outline in the namespace the goal is about. */
    public String startingText() {
        Card.PolicyTask task = (Card.PolicyTask) card().body();
        if (!task.starter().isBlank()) {
            return task.starter();
        }
        String namespace = task.goal().stream().map(AnswerModel::namespaceOf).flatMap(Optional::stream).findFirst()
                .orElse("default");
        return "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: my-policy\n  namespace: "
                + namespace + "\nspec:\n  podSelector: {}\n";
    }

    private static Optional<String> namespaceOf(Expectation e) {
        String endpoint;
        if (e instanceof Expectation.Reach r) {
            endpoint = r.to();
        } else if (e instanceof Expectation.OnlyFrom o) {
            endpoint = o.to();
        } else {
            endpoint = ((Expectation.OnlyTo) e).from();
        }
        int slash = endpoint.indexOf('/');
        return slash > 0 ? Optional.of(endpoint.substring(0, slash)) : Optional.empty();
    }

    public void resetPolicy() {
        policyText.set(startingText());
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }

    /** The answer as given so far. */
    public Answer answer() {
        if (isPolicyTask()) {
            return new Answer.PolicyYaml(policyText.get());
        }
        if (card().body() instanceof Card.Choice) {
            return new Answer.Choices(new TreeSet<>(chosen.stream().map(question::writtenIndex).toList()));
        }
        return new Answer.YesNo(!chosen.isEmpty() && chosen.get(0) == 0);
    }

    /** The grade once the answer has been checked (in practice and review; an interview shows none). */
    public ReadOnlyObjectProperty<Optional<Grade>> gradeProperty() {
        return grade.getReadOnlyProperty();
    }

    void showGrade(Grade g) {
        checks.set(checks.get() + 1);
        boolean gaveUp = g.notes().contains(Grader.NOT_ANSWERED) || g.notes().contains(Grader.DONT_KNOW);
        if (isPolicyTask() && (g.correct() || gaveUp || checks.get() >= MODEL_ANSWER_AFTER)) {
            modelAnswerShown.set(true);
        }
        grade.set(Optional.of(g));
        // A policy can be fixed and checked again after feedback; a picked choice cannot change.
        locked.set(!isPolicyTask());
    }

    /** Graded checks of this answer so far (a policy can be checked again after feedback). */
    public ReadOnlyIntegerProperty checksProperty() {
        return checks.getReadOnlyProperty();
    }

    /** The hints shown so far, in order. */
    public ObservableList<PolicyHints.Hint> hints() {
        return hintsReadOnly;
    }

    /** Whether another hint is there to show. */
    public boolean hasMoreHints() {
        return isPolicyTask() && nextHint().isPresent();
    }

    /**
     * Shows one more hint about the model answer, aimed at what the current YAML gets differently
     * (see {@link PolicyHints}).
     */
    public void showHint() {
        nextHint().ifPresent(hints::add);
    }

    private Optional<PolicyHints.Hint> nextHint() {
        if (!isPolicyTask()) {
            return Optional.empty();
        }
        PolicyParse p = parse.get();
        List<PolicyHints.Hint> all = PolicyHints.forAttempt((Card.PolicyTask) card().body(),
                p != null && p.valid() ? p.policies() : List.of());
        return all.stream().filter(h -> hints.stream().noneMatch(s -> s.aspect().equals(h.aspect()))).findFirst();
    }

    /**
     * Shows the model answer: on request once a hint has been seen, or by itself after
     * {@value #MODEL_ANSWER_AFTER} checks, once the policy meets the goal, or after "I don't know".
     */
    public void showModelAnswer() {
        if (isPolicyTask() && grade.get().isPresent() && (!hints.isEmpty() || !hasMoreHints())) {
            modelAnswerShown.set(true);
        }
    }

    public ReadOnlyBooleanProperty modelAnswerShownProperty() {
        return modelAnswerShown.getReadOnlyProperty();
    }

    /** True once choices can no longer change. */
    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    void lock() {
        locked.set(true);
    }

    /** A short sentence about why a submit did nothing (the YAML does not load yet). */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    void setHint(String text) {
        hint.set(text);
    }
}
