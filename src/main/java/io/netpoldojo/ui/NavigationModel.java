package io.netpoldojo.ui;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** Which place is shown. The navigation rail, the shortcuts and the settings all go through here. */
public final class NavigationModel {
    private final List<Place> places;
    private final ReadOnlyObjectWrapper<Place> current;

    /**
     * @param places    at least one, in navigation order
     * @param initialId the place to start on; the first place when empty or unknown (a saved id
     *                  of a place that no longer exists must not stop the app)
     */
    public NavigationModel(List<Place> places, Optional<String> initialId) {
        if (places.isEmpty()) {
            throw new IllegalArgumentException("the app needs at least one place");
        }
        this.places = List.copyOf(places);
        Place first = initialId.flatMap(this::find).orElse(this.places.get(0));
        this.current = new ReadOnlyObjectWrapper<>(this, "current", first);
    }

    public List<Place> places() {
        return places;
    }

    public ReadOnlyObjectProperty<Place> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Place current() {
        return current.get();
    }

    public void show(Place place) {
        if (!places.contains(place)) {
            throw new IllegalArgumentException("not a registered place: " + place.id());
        }
        current.set(place);
    }

    /** Shows the place with this id, if there is one. */
    public void show(String id) {
        find(id).ifPresent(this::show);
    }

    /** Shows the place with this 1-based position in the navigation, if there is one. */
    public void showNumber(int number) {
        if (number >= 1 && number <= places.size()) {
            show(places.get(number - 1));
        }
    }

    private Optional<Place> find(String id) {
        return places.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
