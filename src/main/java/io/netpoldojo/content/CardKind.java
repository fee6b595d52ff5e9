package io.netpoldojo.content;

import java.util.Optional;

/** The kinds of quiz card, as written in a card's {@code kind} field. */
public enum CardKind {
    SINGLE("single"),
    MULTIPLE("multiple"),
    TRUEFALSE("truefalse"),
    PREDICT("predict"),
    WRITE_POLICY("write-policy"),
    FIX_POLICY("fix-policy"),
    /** Explained in the learner's own words; read from {@code content/explain/}, not {@code quiz/}. */
    EXPLAIN("explain");

    private final String yamlName;

    CardKind(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    static Optional<CardKind> parse(String text) {
        for (CardKind k : values()) {
            if (k.yamlName.equals(text)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The kinds a quiz file may use (explain cards have files of their own). */
    static String names() {
        StringBuilder sb = new StringBuilder();
        for (CardKind k : values()) {
            if (k == EXPLAIN) {
                continue;
            }
            sb.append(sb.length() == 0 ? "" : ", ").append(k.yamlName);
        }
        return sb.toString();
    }
}
