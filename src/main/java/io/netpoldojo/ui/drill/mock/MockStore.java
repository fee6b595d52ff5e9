package io.netpoldojo.ui.drill.mock;

import io.netpoldojo.userdata.DamagedFileException;
import io.netpoldojo.userdata.SafeYaml;
import io.netpoldojo.userdata.UserDataDir;
import io.netpoldojo.userdata.UserFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps finished mock interviews in {@code mock-interviews.yaml} in the user's folder, newest
 * first, at most {@value #KEEP}: written atomically and sealed ({@link UserFile}); a damaged file
 * is set aside with a sentence naming it, and the list starts afresh.
 */
public final class MockStore {
    public static final String FILE_NAME = "mock-interviews.yaml";
    static final int KEEP = 30;
    static final int VERSION = 1;

    /** The saved reports, newest first, and a sentence when the file was set aside. */
    public record Loaded(List<MockReport> reports, Optional<String> notice) {}

    private final UserFile file;

    public MockStore(Path file, Clock clock) {
        this.file = new UserFile(file, "mock interview reports", clock);
    }

    public static MockStore in(UserDataDir dir, Clock clock) {
        return new MockStore(dir.file(FILE_NAME), clock);
    }

    public Path file() {
        return file.path();
    }

    public synchronized Loaded load() {
        UserFile.Loaded<List<MockReport>> loaded = file.load(MockStore::read, "earlier reports are not listed");
        return new Loaded(loaded.value().orElse(List.of()), loaded.notice());
    }

    /** Adds a report in front of those on disk and writes them all. */
    public synchronized List<MockReport> add(MockReport report) throws IOException {
        List<MockReport> all = new ArrayList<>();
        all.add(report);
        all.addAll(load().reports());
        List<MockReport> kept = all.subList(0, Math.min(KEEP, all.size()));
        file.write(write(kept));
        return List.copyOf(kept);
    }

    static String write(List<MockReport> reports) {
        List<Object> list = new ArrayList<>();
        for (MockReport r : reports) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", r.at().toString());
            List<Object> items = new ArrayList<>();
            for (MockReport.Item i : r.items()) {
                Map<String, Object> im = new LinkedHashMap<>();
                im.put("kind", i.kind());
                im.put("card", i.cardId());
                im.put("question", i.question());
                im.put("millis", i.time().toMillis());
                im.put("givenMillis", i.given().toMillis());
                im.put("answer", i.answer());
                im.put("right", i.right());
                im.put("covered", new ArrayList<>(i.covered()));
                im.put("missed", new ArrayList<>(i.missed()));
                im.put("myths", new ArrayList<>(i.myths()));
                im.put("verdict", i.verdict());
                im.put("practise", new ArrayList<>(i.practise()));
                items.add(im);
            }
            m.put("items", items);
            list.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", VERSION);
        root.put("reports", list);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(Integer.MAX_VALUE);
        // Plain copies, never shared objects: a dump must hold no anchors, which SafeYaml caps when it reads.
        options.setDereferenceAliases(true);
        return new Yaml(options).dump(root);
    }

    static List<MockReport> read(String text) throws DamagedFileException {
        if (!(SafeYaml.load(text) instanceof Map<?, ?> root) || !Integer.valueOf(VERSION).equals(root.get("version"))
                || !(root.get("reports") instanceof List<?> list)) {
            throw DamagedFileException.damaged("not a list of mock interview reports (version " + VERSION + ")");
        }
        List<MockReport> out = new ArrayList<>();
        for (int n = 0; n < list.size(); n++) {
            String where = "reports[" + n + "]";
            if (!(list.get(n) instanceof Map<?, ?> m) || !(m.get("items") instanceof List<?> items)) {
                throw DamagedFileException.damaged(where + ": not a report");
            }
            Instant at;
            try {
                at = Instant.parse(text(m, "at", where));
            } catch (java.time.format.DateTimeParseException e) {
                throw DamagedFileException.damaged(where + ".at: not a time");
            }
            List<MockReport.Item> read = new ArrayList<>();
            for (int k = 0; k < items.size(); k++) {
                String at2 = where + ".items[" + k + "]";
                if (!(items.get(k) instanceof Map<?, ?> i)) {
                    throw DamagedFileException.damaged(at2 + ": not a question");
                }
                read.add(new MockReport.Item(text(i, "kind", at2), text(i, "card", at2), text(i, "question", at2),
                        Duration.ofMillis(number(i, "millis", at2)), Duration.ofMillis(number(i, "givenMillis", at2)),
                        text(i, "answer", at2), bool(i, "right", at2), texts(i, "covered", at2), texts(i, "missed", at2),
                        texts(i, "myths", at2), text(i, "verdict", at2), texts(i, "practise", at2)));
            }
            out.add(new MockReport(at, read));
        }
        return out;
    }

    private static String text(Map<?, ?> m, String field, String where) throws DamagedFileException {
        if (!(m.get(field) instanceof String s)) {
            throw DamagedFileException.damaged(where + "." + field + ": missing or not text");
        }
        return s;
    }

    private static long number(Map<?, ?> m, String field, String where) throws DamagedFileException {
        if (!(m.get(field) instanceof Number v) || v.longValue() < 0) {
            throw DamagedFileException.damaged(where + "." + field + ": not a number of milliseconds");
        }
        return v.longValue();
    }

    private static boolean bool(Map<?, ?> m, String field, String where) throws DamagedFileException {
        if (!(m.get(field) instanceof Boolean b)) {
            throw DamagedFileException.damaged(where + "." + field + ": not true or false");
        }
        return b;
    }

    private static List<String> texts(Map<?, ?> m, String field, String where) throws DamagedFileException {
        if (!(m.get(field) instanceof List<?> l) || !l.stream().allMatch(o -> o instanceof String)) {
            throw DamagedFileException.damaged(where + "." + field + ": not a list of text");
        }
        return l.stream().map(o -> (String) o).toList();
    }
}
