package io.netpoldojo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Places added on first use: built when first needed, found as themselves, silent until then. */
class PlacesTest {
    private final List<String> built = new ArrayList<>();
    private final Places places = new Places();

    /** A stand-in that says when it is built and when it is asked to stop or close. */
    private StandInPlace build(StandInPlace place) {
        built.add(place.id());
        return place;
    }

    @Test
    void aPlaceAddedOnFirstUseIsBuiltWhenFoundAndFoundAsItself() {
        places.add(StandInPlace.learn());
        places.addOnFirstUse("quiz", "Quiz", Icons.QUIZ, () -> build(StandInPlace.quiz()));
        assertEquals(List.of("learn", "quiz"), places.all().stream().map(Place::id).toList());
        assertEquals("Quiz", places.all().get(1).title(), "the navigation entry has its title before it is built");
        assertEquals(List.of(), built, "listing the places builds nothing");
        assertEquals(1, places.builtCount());

        Place quiz = places.find("quiz").orElseThrow();
        assertTrue(quiz instanceof StandInPlace, "another place gets the place itself, not its stand-in");
        assertSame(quiz, places.find("quiz").orElseThrow(), "built once");
        assertEquals(List.of("quiz"), built);
        assertEquals(2, places.builtCount());
    }

    @Test
    void untilItIsBuiltItAgreesToCloseAndHasNothingToStop() {
        places.addOnFirstUse("quiz", "Quiz", Icons.QUIZ, () -> build(StandInPlace.quiz()));
        Place entry = places.all().get(0);
        assertTrue(entry.mayClose());
        entry.onHidden();
        entry.onAppStop();
        assertEquals(List.of(), built, "closing the app does not build a place to stop it");
        entry.onShown();
        assertEquals(List.of("quiz"), built, "shown: built");
    }

    @Test
    void buildAllBuildsEveryPlaceNotYetBuilt() {
        places.addOnFirstUse("learn", "Learn", Icons.LEARN, () -> build(StandInPlace.learn()));
        places.addOnFirstUse("quiz", "Quiz", Icons.QUIZ, () -> build(StandInPlace.quiz()));
        places.find("quiz");
        places.buildAll();
        assertEquals(List.of("quiz", "learn"), built);
    }

    @Test
    void aPlaceRegisteredUnderAnotherTitleOrIconThanItsOwnIsCaughtWhenBuilt() {
        places.addOnFirstUse("quiz", "Quizzes", Icons.QUIZ, StandInPlace::quiz);
        places.addOnFirstUse("learn", "Learn", Icons.QUIZ, StandInPlace::learn);
        assertThrows(IllegalStateException.class, () -> places.find("quiz"));
        assertThrows(IllegalStateException.class, () -> places.find("learn"));
        assertThrows(IllegalArgumentException.class, () -> places.addOnFirstUse("quiz", "Quiz", Icons.QUIZ, StandInPlace::quiz),
                "a duplicate id");
    }
}
