package io.netpoldojo.classroom;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The voting page: three files read from the jar once, at start. The server serves these and
 * nothing else from disk or jar, whatever path is asked for.
 */
final class WebAssets {
    record Asset(byte[] bytes, String contentType) {}

    private static final Map<String, String> FILES = Map.of(
            "/", "index.html",
            "/app.js", "app.js",
            "/style.css", "style.css");
    private final Map<String, Asset> assets;

    private WebAssets(Map<String, Asset> assets) {
        this.assets = assets;
    }

    static WebAssets load() {
        java.util.HashMap<String, Asset> loaded = new java.util.HashMap<>();
        FILES.forEach((path, file) -> loaded.put(path, new Asset(read(file), contentType(file))));
        return new WebAssets(Map.copyOf(loaded));
    }

    Optional<Asset> get(String path) {
        return Optional.ofNullable(assets.get(path));
    }

    private static byte[] read(String file) {
        try (InputStream in = WebAssets.class.getResourceAsStream("web/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the voting page's " + file + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String contentType(String file) {
        if (file.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (file.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        return "text/css; charset=utf-8";
    }
}
