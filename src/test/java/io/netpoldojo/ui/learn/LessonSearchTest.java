package io.netpoldojo.ui.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.content.Lesson;
import io.netpoldojo.content.Section;
import io.netpoldojo.content.Section.Callout.Kind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Search over two small lessons: which lessons match, where, and which words are marked. */
class LessonSearchTest {
    private static final Lesson ONE = new Lesson("one", 1, "Selecting pods", "podSelector and labels", List.of("basics"),
            List.of(new Section.Text("Pods are chosen by **labels**."),
                    new Section.Callout(Kind.TRAP, Optional.of("Empty selector"), "An empty `podSelector` selects every pod."),
                    new Section.Code("podSelector: {}")),
            "lessons/01-one.yaml");
    private static final Lesson TWO = new Lesson("two", 2, "Ports", "Numbers and names", List.of("ports"),
            List.of(new Section.Diagram("x", Optional.of("Port 80 opens")),
                    new Section.Callout(Kind.INTERVIEW, Optional.empty(), "Say: ports are *TCP* by default.")),
            "lessons/02-two.yaml");

    private final LessonSearch search = new LessonSearch(List.of(ONE, TWO));

    /** Each hit as "id | where | section | excerpt with [marked] words | matches". */
    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of("", List.of()),
                Arguments.of("   ", List.of()),
                // A section is the excerpt when it holds as many of the words as the title or summary.
                Arguments.of("ports", List.of("two | in an interview answer | 1 | Say: [ports] are TCP by default. | 2")),
                Arguments.of("selecting", List.of("one | in the title | -1 | [Selecting] pods | 1")),
                Arguments.of("numbers", List.of("two | in the summary | -1 | [Numbers] and names | 1")),
                Arguments.of("EMPTY selector", List.of(
                        "one | in a trap | 1 | [Empty] [selector]: An [empty] pod[Selector] selects every pod. | 6")),
                Arguments.of("tcp default", List.of("two | in an interview answer | 1 | Say: ports are [TCP] by [default]. | 2")),
                Arguments.of("80", List.of("two | in a diagram caption | 0 | Port [80] opens | 1")),
                // The first section holding the most of the words; words match inside words.
                Arguments.of("labels pods", List.of("one | in the text | 0 | [Pods] are chosen by [labels]. | 7")),
                Arguments.of("label", List.of("one | in the text | 0 | Pods are chosen by [label]s. | 2")),
                Arguments.of("{}", List.of("one | in a code block | 2 | podSelector: [{}] | 1")),
                Arguments.of("pod", List.of("one | in the text | 0 | [Pod]s are chosen by labels. | 6")),
                // Every word must be in the same lesson.
                Arguments.of("labels ports", List.of()),
                Arguments.of("nothing-here", List.of()));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("queries")
    void findsTheLessonsWithEveryWord(String query, List<String> expected) {
        assertEquals(expected, search.search(query).stream().map(LessonSearchTest::describe).toList());
    }

    @Test
    void aLongPassageIsCutToAFewWordsAroundTheMatch() {
        String filler = "word ".repeat(40);
        Lesson long_ = new Lesson("long", 3, "Long", "Long", List.of(),
                List.of(new Section.Text(filler + "the needle is here " + filler)), "lessons/03-long.yaml");
        SearchHit hit = new LessonSearch(List.of(long_)).search("needle").get(0);
        assertTrue(hit.excerpt().startsWith("\u2026word"), hit.excerpt());
        assertTrue(hit.excerpt().endsWith("word\u2026"), hit.excerpt());
        assertTrue(hit.excerpt().length() <= 140, hit.excerpt());
        SearchHit.Highlight h = hit.highlights().get(0);
        assertEquals("needle", hit.excerpt().substring(h.start(), h.end()));
        assertEquals(1, hit.highlights().size());
    }

    @Test
    void theRealLessonsAnswerAnInterviewQuestion() {
        List<Lesson> lessons = new ContentLoader().load(Path.of("content")).lessons();
        List<SearchHit> hits = new LessonSearch(lessons).search("extra dash");
        assertEquals(List.of("peers"), hits.stream().map(SearchHit::lessonId).toList());
        assertEquals("in a trap", hits.get(0).where());
    }

    static String describe(SearchHit hit) {
        StringBuilder marked = new StringBuilder(hit.excerpt());
        List<SearchHit.Highlight> reversed = hit.highlights().stream()
                .sorted((a, b) -> b.start() - a.start()).collect(Collectors.toList());
        for (SearchHit.Highlight h : reversed) {
            marked.insert(h.end(), "]").insert(h.start(), "[");
        }
        return hit.lessonId() + " | " + hit.where() + " | " + hit.sectionIndex() + " | " + marked + " | " + hit.matches();
    }
}
