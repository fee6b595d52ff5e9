package io.netpoldojo.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The places of the app, in navigation order. Filled at start-up, before the main window is built. */
public final class Places {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    private final List<Place> places = new ArrayList<>();

    /**
     * Adds a place at the end of the navigation.
     *
     * @throws IllegalArgumentException for a malformed or duplicate id
     */
    public void add(Place place) {
        if (!ID.matcher(place.id()).matches()) {
            throw new IllegalArgumentException("place id must be lower-case letters, digits and dashes: \"" + place.id() + "\"");
        }
        if (find(place.id()).isPresent()) {
            throw new IllegalArgumentException("a place with id \"" + place.id() + "\" is already registered");
        }
        places.add(place);
    }

    /** All places, in navigation order. */
    public List<Place> all() {
        return Collections.unmodifiableList(places);
    }

    public Optional<Place> find(String id) {
        return places.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
