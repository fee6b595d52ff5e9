package io.netpoldojo.ui.quiz;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * Listeners a per-question view adds to longer-lived models, removed together when the view is
 * replaced, so an old question's view never reacts to the next question's state.
 */
final class Listeners {
    private final List<Runnable> removals = new ArrayList<>();

    <T> void on(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        removals.add(() -> value.removeListener(listener));
    }

    void onAny(Observable value, InvalidationListener listener) {
        value.addListener(listener);
        removals.add(() -> value.removeListener(listener));
    }

    /** Also run {@code cleanup} on dispose (stopping an animation, say). */
    void atDispose(Runnable cleanup) {
        removals.add(cleanup);
    }

    void dispose() {
        removals.forEach(Runnable::run);
        removals.clear();
    }
}
