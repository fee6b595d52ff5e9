package io.netpoldojo.ui.playground.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileHistoryTest {
    @TempDir
    Path dir;

    @Test
    void remembersTheRecentFilesNewestFirstAcrossRuns() {
        Path store = dir.resolve("files.txt");
        FileHistory h = new FileHistory(store, m -> { });
        for (int i = 1; i <= FileHistory.MAX_RECENT + 2; i++) {
            h.remember(dir.resolve("f" + i + ".yaml"));
        }
        h.remember(dir.resolve("f3.yaml"));
        FileHistory again = new FileHistory(store, m -> { });
        assertEquals(FileHistory.MAX_RECENT, again.recent().size());
        assertEquals(List.of(dir.resolve("f3.yaml"), dir.resolve("f10.yaml")), again.recent().subList(0, 2));
    }

    @Test
    void aDamagedListIsKeptAsideAndTheGoodLinesStillCount() throws Exception {
        Path store = dir.resolve("files.txt");
        Files.writeString(store, "recent: /a.yaml\n\u0000junk\ncurrent: /b.yaml\n");
        List<String> problems = new ArrayList<>();
        FileHistory h = new FileHistory(store, problems::add);
        assertEquals(List.of(Path.of("/a.yaml")), h.recent(), "an old current: line is skipped, not damage");
        h.remember(dir.resolve("c.yaml"));
        try (var listing = Files.list(dir)) {
            assertTrue(listing.anyMatch(f -> f.getFileName().toString().startsWith("files.txt.corrupt-")),
                    "the damaged bytes are kept");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aFolderInItsPlaceIsSaidNotThrown() throws Exception {
        Path store = dir.resolve("files.txt");
        Files.createDirectory(store);
        List<String> problems = new ArrayList<>();
        FileHistory h = new FileHistory(store, problems::add);
        h.remember(dir.resolve("c.yaml"));
        assertEquals(List.of(dir.resolve("c.yaml")), h.recent(), "kept for this run");
    }
}
