package io.netpoldojo.explain;

/**
 * One sentence of an answer as the learner wrote it, and where it sits in the answer.
 *
 * @param index the sentence's place in the answer, 0 for the first
 * @param start the offset of its first character in the answer
 * @param end   the offset just past its last character
 * @param kind  whether the grader reads it
 */
public record Sentence(int index, String text, int start, int end, Kind kind) {

    /** Whether a sentence can earn or cost anything. */
    public enum Kind {
        /** A statement: read. */
        STATEMENT,
        /** Ends in a question mark: asks, does not state, so it is not read. */
        QUESTION,
        /** Not in English: the patterns are English, so it is not read rather than misread. */
        NOT_ENGLISH,
        /** Repeats the question's own words: pasting the prompt back states nothing of one's own. */
        ECHO
    }

    /** Why a sentence is not read: "a question", "not in English", "repeats the question"; empty when read. */
    public String reason() {
        return switch (kind) {
            case STATEMENT -> "";
            case QUESTION -> "a question";
            case NOT_ENGLISH -> "not in English";
            case ECHO -> "repeats the question";
        };
    }

    public boolean read() {
        return kind == Kind.STATEMENT;
    }
}
