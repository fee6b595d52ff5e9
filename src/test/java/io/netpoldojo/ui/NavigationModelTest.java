package io.netpoldojo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NavigationModelTest {
    private final List<Place> places = List.of(StandInPlace.learn(), StandInPlace.playground(), StandInPlace.quiz());

    @Test
    void startsOnTheSavedPlace() {
        assertEquals("quiz", new NavigationModel(places, Optional.of("quiz")).current().id());
    }

    @Test
    void aSavedPlaceThatNoLongerExistsFallsBackToTheFirst() {
        assertEquals("learn", new NavigationModel(places, Optional.of("classroom")).current().id());
        assertEquals("learn", new NavigationModel(places, Optional.empty()).current().id());
    }

    @Test
    void numbersCountFromOneAndNumbersWithoutAPlaceDoNothing() {
        NavigationModel model = new NavigationModel(places, Optional.empty());
        model.showNumber(2);
        assertEquals("playground", model.current().id());
        model.showNumber(4);
        model.showNumber(0);
        assertEquals("playground", model.current().id());
    }

    @Test
    void showingAPlaceThatIsNotRegisteredIsAProgrammingError() {
        NavigationModel model = new NavigationModel(places, Optional.empty());
        assertThrows(IllegalArgumentException.class, () -> model.show(StandInPlace.present()));
        assertThrows(IllegalArgumentException.class, () -> new NavigationModel(List.of(), Optional.empty()));
    }

    @Test
    void placesRefuseDuplicateAndMalformedIds() {
        Places registry = new Places();
        registry.add(StandInPlace.learn());
        assertThrows(IllegalArgumentException.class, () -> registry.add(StandInPlace.learn()));
        assertThrows(IllegalArgumentException.class,
                () -> registry.add(new StandInPlace("Play Ground", "x", Icons.QUIZ)));
        assertEquals(1, registry.all().size());
    }
}
