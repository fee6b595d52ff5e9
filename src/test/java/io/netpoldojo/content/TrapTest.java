package io.netpoldojo.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The traps as the content writes them, documents them and uses them. */
class TrapTest {
    @Test
    void everyTrapIsDocumentedForAuthorsWithItsSentence() throws Exception {
        String readme = Files.readString(Path.of("content/README.md"));
        for (Trap t : Trap.values()) {
            String row = "| `" + t.id() + "` | " + t.mistake().replace("{}", "`{}`").replace("[]", "`[]`") + " |";
            assertTrue(readme.contains(row), "content/README.md lists " + row);
        }
    }

    @Test
    void idsReadBack() {
        for (Trap t : Trap.values()) {
            assertEquals(t, Trap.parse(t.id()).orElseThrow());
        }
        assertTrue(Trap.parse("AND_VS_OR").isEmpty(), "the content writes the dashed id");
    }

    @Test
    void theShippedCardsTagTheTrapsTheIssueNames() {
        Content content = new ContentLoader().load(RealContentTest.CONTENT);
        Set<Trap> used = content.cards().stream().flatMap(c -> c.traps().stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Trap.class)));
        List<Trap> named = List.of(Trap.AND_VS_OR, Trap.POLICYTYPES_DEFAULT, Trap.EMPTY_VS_MISSING, Trap.NAMED_PORT,
                Trap.IPBLOCK_VS_PODS, Trap.DNS_EGRESS, Trap.STATEFUL, Trap.ADDITIVE_PER_DIRECTION);
        assertTrue(used.containsAll(named), "untagged: " + named.stream().filter(t -> !used.contains(t)).toList());
    }
}
