package io.netpoldojo.ui.drill.mock;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.Content;
import io.netpoldojo.ui.TaskRunner;
import io.netpoldojo.ui.drill.Clocks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The mock interview's state, without nodes: the questions drawn, the one being answered with its
 * text or choice and its clock, then the report (saved in the background) and the earlier ones.
 * No judgement shows until the end, as in an interview.
 */
public final class MockModel {
    /** Where the mock interview stands. */
    public enum Screen { HOME, QUESTION, REPORT }

    private final Clock clock;
    private final LongSupplier seeds;
    private final TaskRunner tasks;
    private final MockStore store;
    private final Consumer<String> notice;
    private Content content;
    private Set<Card> varied;
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(Screen.HOME);
    private final ReadOnlyObjectWrapper<Optional<MockStep>> step = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Optional<Boolean>> choice = new SimpleObjectProperty<>(Optional.empty());
    private final ReadOnlyStringWrapper counter = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper clockText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Optional<MockReport>> report = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObservableList<MockReport> past = FXCollections.observableArrayList();
    private List<MockStep> steps = List.of();
    private final List<MockReport.Item> answered = new ArrayList<>();
    private int index;
    private Instant stepStarted;
    private Instant started;

    public MockModel(Clock clock, LongSupplier seeds, TaskRunner tasks, MockStore store, Consumer<String> notice) {
        this.clock = clock;
        this.seeds = seeds;
        this.tasks = tasks;
        this.store = store;
        this.notice = notice;
    }

    public void setContent(Content loaded) {
        content = loaded;
        varied = null;
    }

    /** Reads the earlier reports in the background. */
    public void load() {
        tasks.submit(store::load, loaded -> {
            past.setAll(loaded.reports());
            loaded.notice().ifPresent(notice);
        }, e -> notice.accept("Your mock interview reports in " + store.file() + " could not be read ("
                + e.getMessage() + ")."));
    }

    // ---- what the view binds to -----------------------------------------------------------------

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<MockStep>> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The explanation or the policy being typed. */
    public StringProperty textProperty() {
        return text;
    }

    /** A prediction: yes (allowed), no (denied), or not chosen yet. */
    public ObjectProperty<Optional<Boolean>> choiceProperty() {
        return choice;
    }

    /** "Question 2 of 5". */
    public ReadOnlyStringProperty counterProperty() {
        return counter.getReadOnlyProperty();
    }

    /** "0:32 left for this question · 6:10 in all", or "0:08 over". */
    public ReadOnlyStringProperty clockTextProperty() {
        return clockText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<MockReport>> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Earlier reports, newest first. */
    public ObservableList<MockReport> past() {
        return FXCollections.unmodifiableObservableList(past);
    }

    public boolean isLast() {
        return index == steps.size() - 1;
    }

    // ---- commands -------------------------------------------------------------------------------

    /** Draws a fresh interview and asks its first question. */
    public void start() {
        if (content == null) {
            return;
        }
        if (varied == null) {
            varied = MockPlan.variedPredictions(content); // ~50 ms: every prediction's scenario varied once
        }
        steps = MockPlan.draw(content, seeds.getAsLong(), varied);
        answered.clear();
        index = 0;
        started = clock.instant();
        report.set(Optional.empty());
        screen.set(Screen.QUESTION);
        ask();
    }

    /** Keeps this answer as it stands (no feedback yet) and asks the next question, or ends. */
    public void next() {
        if (screen.get() != Screen.QUESTION) {
            return;
        }
        MockStep s = steps.get(index);
        Duration took = Duration.between(stepStarted, clock.instant());
        answered.add(new MockGrading(content).grade(s, text.get(), choice.get(), took));
        if (index + 1 < steps.size()) {
            index++;
            ask();
        } else {
            finish();
        }
    }

    /**
     * What ending now would do, for the candidate to confirm: "End the interview now? Questions 1 to
     * 2 are graded as you answered them, this one (3) as it stands, and 4 to 7 count as not
     * answered." Empty when no question shows.
     */
    public String endEarlyWarning() {
        if (screen.get() != Screen.QUESTION) {
            return "";
        }
        int current = index + 1;
        int total = steps.size();
        MockStep s = steps.get(index);
        boolean untouched = switch (s.kind()) {
            case EXPLAIN -> text.get().isBlank();
            case TASK -> text.get().isBlank() || text.get().strip().equals(MockGrading.starter(s.card()).strip());
            case FOLLOW_UP, WHAT_IF -> choice.get().isEmpty();
        };
        StringBuilder out = new StringBuilder("End the interview now? ");
        if (current > 1) {
            out.append(range("Question", 1, current - 1)).append(current == 2 ? " is" : " are")
                    .append(" graded as you answered ").append(current == 2 ? "it" : "them").append(", and ");
        }
        out.append(current > 1 ? "this one (" + current + ")" : "This question (1)")
                .append(untouched ? " counts as not answered" : " is graded as it stands");
        if (current < total) {
            out.append("; ").append(range("question", current + 1, total).toLowerCase(java.util.Locale.ROOT))
                    .append(current + 1 == total ? " is" : " are").append(" not asked and count").append(
                            current + 1 == total ? "s" : "").append(" as not answered");
        }
        return out.append(". The report follows at once.").toString();
    }

    private static String range(String word, int from, int to) {
        return from == to ? word + " " + from : word + "s " + from + (to == from + 1 ? " and " : " to ") + to;
    }

    /** Ends now: the questions not reached count as not answered. */
    public void endEarly() {
        while (screen.get() == Screen.QUESTION) {
            next();
        }
    }

    /** Shows an earlier report again. */
    public void open(MockReport earlier) {
        report.set(Optional.of(earlier));
        screen.set(Screen.REPORT);
    }

    public void home() {
        screen.set(Screen.HOME);
        step.set(Optional.empty());
    }

    /** Called by the place's ticker while a question shows. */
    public void tick() {
        if (screen.get() != Screen.QUESTION || stepStarted == null) {
            return;
        }
        Duration left = steps.get(index).time().minus(Duration.between(stepStarted, clock.instant()));
        Duration total = steps.stream().map(MockStep::time).reduce(Duration.ZERO, Duration::plus)
                .minus(Duration.between(started, clock.instant()));
        clockText.set((left.isNegative() ? Clocks.format(left.negated()) + " over on this question"
                : Clocks.format(left) + " left for this question") + " \u00b7 "
                + (total.isNegative() ? Clocks.format(total.negated()) + " over in all" : Clocks.format(total) + " in all"));
    }

    private void ask() {
        MockStep s = steps.get(index);
        text.set(s.kind() == MockStep.Kind.TASK ? MockGrading.starter(s.card()) : "");
        choice.set(Optional.empty());
        stepStarted = clock.instant();
        counter.set("Question " + (index + 1) + " of " + steps.size());
        step.set(Optional.of(s));
        tick();
    }

    private void finish() {
        MockReport done = new MockReport(started, answered);
        report.set(Optional.of(done));
        step.set(Optional.empty());
        past.add(0, done);
        screen.set(Screen.REPORT);
        tasks.submit(() -> store.add(done), saved -> { }, e -> notice.accept("This mock interview's report could not"
                + " be saved to " + store.file() + " (" + e.getMessage() + "); it shows until you close the app."));
    }
}
