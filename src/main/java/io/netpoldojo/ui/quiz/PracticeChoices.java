package io.netpoldojo.ui.quiz;

import io.netpoldojo.content.Content;
import io.netpoldojo.quiz.Decks;
import io.netpoldojo.quiz.PracticeFilter;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/** What the learner picks on the home screen for practice: topics, one difficulty or any, generated questions. */
public final class PracticeChoices {
    private final ObservableList<String> topics = FXCollections.observableArrayList();
    private final ObservableList<String> topicsReadOnly = FXCollections.unmodifiableObservableList(topics);
    private final ObservableSet<String> chosenTopics = FXCollections.observableSet();
    private final ObjectProperty<Optional<Integer>> difficulty = new SimpleObjectProperty<>(Optional.empty());
    private final BooleanProperty includeGenerated = new SimpleBooleanProperty(true);

    /** New content: every topic it has, all of them chosen. */
    void offer(Content content) {
        topics.setAll(Decks.topics(content));
        chosenTopics.clear();
        chosenTopics.addAll(topics);
    }

    /** The content's topics, sorted. */
    public ObservableList<String> topics() {
        return topicsReadOnly;
    }

    /** The topics chosen (all of them at first). */
    public ObservableSet<String> chosenTopics() {
        return chosenTopics;
    }

    /** One difficulty level, or any. */
    public ObjectProperty<Optional<Integer>> difficultyProperty() {
        return difficulty;
    }

    public BooleanProperty includeGeneratedProperty() {
        return includeGenerated;
    }

    public PracticeFilter filter() {
        return new PracticeFilter(chosenTopics, difficulty.get(), includeGenerated.get());
    }
}
