package io.netpoldojo.manifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test helpers: the manifests under src/test/resources/manifests, and loads by name. */
final class Fixtures {
    private Fixtures() {}

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/manifests/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test manifest " + name, e);
        }
    }

    static String text(String name) {
        try {
            return Files.readString(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a fixture under its bare file name, as messages show it. */
    static LoadResult load(String name) {
        return new ManifestLoader().load(name, text(name));
    }

    static Map<ObjectKey, LoadedObject> byKey(LoadResult result) {
        Map<ObjectKey, LoadedObject> map = new HashMap<>();
        result.objects().forEach(o -> map.put(o.key(), o));
        return map;
    }

    static List<String> shown(LoadResult result) {
        return shown(result.diagnostics());
    }

    static List<String> shown(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::toString).toList();
    }
}
