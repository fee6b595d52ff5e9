package io.netpoldojo.ui.learn;

import io.netpoldojo.ui.text.Span;
import java.util.List;

/** One block of a lesson's Markdown, as {@link Markdown#parse} finds it. */
public sealed interface MarkdownBlock
        permits MarkdownBlock.Paragraph, MarkdownBlock.BulletList, MarkdownBlock.NumberedList, MarkdownBlock.CodeBlock {

    /** Lines of text up to a blank line, joined with spaces. */
    record Paragraph(List<Span> spans) implements MarkdownBlock {
        public Paragraph {
            spans = List.copyOf(spans);
        }
    }

    /** "- " items; each item is one run of text. */
    record BulletList(List<List<Span>> items) implements MarkdownBlock {
        public BulletList {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** "1. " items, numbered from {@code start} as the author wrote the first one. */
    record NumberedList(int start, List<List<Span>> items) implements MarkdownBlock {
        public NumberedList {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** A fenced block; {@code language} is what follows the opening fence ("yaml"), or empty. */
    record CodeBlock(String language, String code) implements MarkdownBlock {}
}
