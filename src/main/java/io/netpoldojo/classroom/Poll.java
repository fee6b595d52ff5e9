package io.netpoldojo.classroom;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A question put to the class: what every joined device shows, with the choices it votes on.
 *
 * @param id      stable for one question of one presentation: asking the same id again returns to it
 *                (its votes kept), as the stage does when the teacher steps back
 * @param diagram the question's diagram, served to the devices as an image: it must not give the
 *                answer away (the asked arrow drawn without its verdict), as it shows before the vote
 */
public record Poll(String id, String text, List<String> choices, Optional<PollDiagram> diagram) {
    public static final int MAX_CHOICES = 8;

    public Poll {
        Objects.requireNonNull(id);
        Objects.requireNonNull(text);
        choices = List.copyOf(choices);
        Objects.requireNonNull(diagram);
        if (id.isBlank()) {
            throw new IllegalArgumentException("a poll needs an id");
        }
        if (choices.size() < 2 || choices.size() > MAX_CHOICES) {
            throw new IllegalArgumentException("a poll has 2 to " + MAX_CHOICES + " choices, not " + choices.size());
        }
    }

    public Poll(String id, String text, List<String> choices) {
        this(id, text, choices, Optional.empty());
    }
}
