package io.netpoldojo.content;

import java.util.Optional;

/**
 * One block of a lesson. Text is a Markdown subset: paragraphs, {@code **bold**}, {@code *italic*},
 * {@code `code`}, "- " bullets, "1. " lists, fenced {@code ```yaml} blocks and
 * {@code [label](lesson:other-id)} links.
 */
public sealed interface Section permits Section.Text, Section.Callout, Section.Diagram, Section.Code {

    record Text(String markdown) implements Section {}

    /** A boxed aside: a trap to avoid, a tip, what to say in an interview, or a note. */
    record Callout(Kind kind, Optional<String> title, String markdown) implements Section {
        public enum Kind {
            TRAP, TIP, INTERVIEW, NOTE;

            /** The name as written in YAML: {@code trap}, {@code tip}, ... */
            public String yamlName() {
                return name().toLowerCase(java.util.Locale.ROOT);
            }

            static Optional<Kind> parse(String text) {
                for (Kind k : values()) {
                    if (k.yamlName().equals(text)) {
                        return Optional.of(k);
                    }
                }
                return Optional.empty();
            }
        }
    }

    /** A scenario drawn live; the reader can step through its policies. */
    record Diagram(String scenario, Optional<String> caption) implements Section {}

    /** A YAML block shown highlighted. */
    record Code(String yaml) implements Section {}
}
