package io.netpoldojo.ui.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.content.Lesson;
import io.netpoldojo.content.Section;
import io.netpoldojo.ui.text.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every lesson in content/ read through the Markdown subset: no markup is left over as literal
 * characters on screen (an unclosed {@code **}, a stray backtick, a link the parser did not
 * take), so an authoring slip fails the build instead of showing up in front of a class.
 */
class LessonMarkdownTest {
    /** Markup characters that plain (not code) text should never show. */
    private static final Pattern LEFTOVER = Pattern.compile("\\*\\*|`|\\]\\(lesson:|(^|\\s)\\*\\S|\\S\\*(\\s|$)");

    private static Content content;

    @BeforeAll
    static void load() {
        content = new ContentLoader().load(Path.of("content"));
    }

    @Test
    void noLessonShowsMarkupAsText() {
        List<String> problems = new ArrayList<>();
        for (Lesson lesson : content.lessons()) {
            for (int i = 0; i < lesson.sections().size(); i++) {
                for (String markdown : markdownOf(lesson.sections().get(i))) {
                    for (Span span : spans(Markdown.parse(markdown))) {
                        if (!span.has(Span.Style.CODE) && LEFTOVER.matcher(span.text()).find()) {
                            problems.add(lesson.file() + " sections[" + i + "]: \"" + span.text() + "\"");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyLessonLinkPointsAtALessonThatLoaded() {
        List<String> targets = new ArrayList<>();
        for (Lesson lesson : content.lessons()) {
            for (Section section : lesson.sections()) {
                for (String markdown : markdownOf(section)) {
                    spans(Markdown.parse(markdown)).stream().flatMap(s -> s.lessonLink().stream()).forEach(targets::add);
                }
            }
        }
        assertFalse(targets.isEmpty(), "the lessons link to each other");
        for (String target : targets) {
            assertFalse(content.lesson(target).isEmpty(), target);
        }
    }

    private static List<String> markdownOf(Section section) {
        if (section instanceof Section.Text t) {
            return List.of(t.markdown());
        }
        if (section instanceof Section.Callout c) {
            return List.of(c.markdown());
        }
        return List.of();
    }

    private static List<Span> spans(List<MarkdownBlock> blocks) {
        List<Span> all = new ArrayList<>();
        for (MarkdownBlock block : blocks) {
            if (block instanceof MarkdownBlock.Paragraph p) {
                all.addAll(p.spans());
            } else if (block instanceof MarkdownBlock.BulletList l) {
                l.items().forEach(all::addAll);
            } else if (block instanceof MarkdownBlock.NumberedList l) {
                l.items().forEach(all::addAll);
            }
        }
        return all;
    }
}
