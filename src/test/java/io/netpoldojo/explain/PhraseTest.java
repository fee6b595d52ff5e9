package io.netpoldojo.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The phrase language of content/README.md, one row per rule. */
class PhraseTest {
    static Stream<Arguments> matches() {
        return Stream.of(
                Arguments.of("pod", "every pod", true),
                Arguments.of("pod", "all pods", true),
                Arguments.of("policy", "two policies", true),
                Arguments.of("pod", "podSelector", false),
                Arguments.of("isolat*", "it is isolated", true),
                Arguments.of("isolat*", "isolation per direction", true),
                Arguments.of("kube-proxy", "kube proxy does not", true),
                Arguments.of("kube-proxy", "Kube-Proxy", true),
                Arguments.of("does not matter", "order doesn't matter", true),
                Arguments.of("does not matter", "order doesnt matter", true),
                Arguments.of("can not", "it cannot", true),
                Arguments.of("without * policy", "without a policy", true),
                Arguments.of("without * policy", "without policy", false),
                Arguments.of("allow ... dns", "allow egress to dns", true),
                Arguments.of("allow ... dns", "allow dns", true),
                Arguments.of("allow ... dns", "allow egress to the cluster dns", false),
                Arguments.of("podselector {}", "podSelector: {}", true),
                Arguments.of("53", "53/UDP", true),
                Arguments.of("l3", "L3/L4", true));
    }

    @ParameterizedTest(name = "{0} in \"{1}\": {2}")
    @MethodSource("matches")
    void findsWhatItSays(String phrase, String text, boolean found) {
        Phrase p = Phrase.parse(phrase).phrase().orElseThrow();
        assertEquals(found, !p.find(Words.texts(text)).isEmpty());
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("", "an empty phrase finds nothing"),
                Arguments.of("  ", "an empty phrase finds nothing"),
                Arguments.of("po*", "at least three letters"),
                Arguments.of("* pod", "starts and ends with a word"),
                Arguments.of("pod ...", "starts and ends with a word"),
                Arguments.of("p*d", "a * goes at the end of a word"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("errors")
    void saysWhatIsWrong(String phrase, String message) {
        Optional<String> error = Phrase.parse(phrase).error();
        assertTrue(error.isPresent() && error.get().contains(message), error.toString());
    }

    @Test
    void sentencesEndAtStopsBlankLinesAndListItemsButNotInsideWrappedLines() {
        List<String> s = Sentences.of("""
                Policies are namespaced, e.g. in shop. They use kubernetes.io/metadata.name
                and 10.0.0.0/8 too. Really?
                - one item
                - another item

                A new paragraph""").stream().map(Sentence::text).toList();
        assertEquals(List.of("Policies are namespaced, e.g. in shop.",
                "They use kubernetes.io/metadata.name\nand 10.0.0.0/8 too.", "Really?", "- one item",
                "- another item", "A new paragraph"), s);
    }
}
