package io.netpoldojo.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/**
 * The places of the app, in navigation order. Filled at start-up, before the main window is built.
 * A place may be {@linkplain #addOnFirstUse added by its name alone}: it is built the first time
 * it is shown or looked up, so a start on Learn does not build the Playground, the Quiz and Present
 * (their constructors were about a tenth of the CPU to the first frame).
 */
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
        if (places.stream().anyMatch(p -> p.id().equals(place.id()))) {
            throw new IllegalArgumentException("a place with id \"" + place.id() + "\" is already registered");
        }
        places.add(place);
    }

    /**
     * Adds a place at the end of the navigation that is built the first time it is shown, asked
     * for its view, menus or toolbar, or {@linkplain #find found} by another place. Its navigation
     * entry needs only the id, title and icon given here, which must be the built place's own.
     * Until it is built it agrees to close and has nothing to flush; its place-scoped shortcuts
     * are registered when it is built (they only work while it is shown; the shortcut help
     * {@linkplain #buildAll builds every place} first).
     *
     * @throws IllegalArgumentException for a malformed or duplicate id
     */
    public void addOnFirstUse(String id, String title, String iconPath, Supplier<? extends Place> build) {
        add(new OnFirstUse(id, title, iconPath, build));
    }

    /** All places, in navigation order; a place added on first use is its stand-in until built. */
    public List<Place> all() {
        return Collections.unmodifiableList(places);
    }

    /** The place itself (built now, if it was added on first use and not built yet). */
    public Optional<Place> find(String id) {
        return places.stream().filter(p -> p.id().equals(id)).findFirst()
                .map(p -> p instanceof OnFirstUse deferred ? deferred.place() : p);
    }

    /** Builds every place not built yet, e.g. before a list of every place's shortcuts. */
    public void buildAll() {
        places.stream().filter(p -> p instanceof OnFirstUse).forEach(p -> ((OnFirstUse) p).place());
    }

    /** How many places have been built so far (tests of what start-up builds). */
    long builtCount() {
        return places.stream().filter(p -> !(p instanceof OnFirstUse deferred) || deferred.built != null).count();
    }

    /** A place's navigation entry that builds the place when it is first needed, then passes everything on. */
    private static final class OnFirstUse implements Place {
        private final String id;
        private final String title;
        private final String iconPath;
        private final Supplier<? extends Place> build;
        private Place built;

        OnFirstUse(String id, String title, String iconPath, Supplier<? extends Place> build) {
            this.id = id;
            this.title = title;
            this.iconPath = iconPath;
            this.build = build;
        }

        Place place() {
            if (built == null) {
                Place p = build.get();
                if (!p.id().equals(id) || !p.title().equals(title) || !p.iconPath().equals(iconPath)) {
                    throw new IllegalStateException("place \"" + id + "\" was registered as \"" + title
                            + "\" with another id, title or icon than it has: \"" + p.id() + "\", \"" + p.title() + "\"");
                }
                built = p;
            }
            return built;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public String iconPath() {
            return iconPath;
        }

        @Override
        public Node view() {
            return place().view();
        }

        @Override
        public void onShown() {
            place().onShown();
        }

        @Override
        public void onHidden() {
            if (built != null) {
                built.onHidden();
            }
        }

        @Override
        public boolean mayClose() {
            return built == null || built.mayClose();
        }

        @Override
        public void onAppStop() {
            if (built != null) {
                built.onAppStop();
            }
        }

        @Override
        public List<MenuItem> fileMenuItems() {
            return place().fileMenuItems();
        }

        @Override
        public List<Menu> menus() {
            return place().menus();
        }

        @Override
        public List<Node> toolbarItems() {
            return place().toolbarItems();
        }
    }
}
