package io.netpoldojo.content;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The content that ships with the app: the {@code content/} folder copied into the jar (or into
 * target/classes when run from the build). Opened through NIO so the same loader reads it from
 * a folder and from inside the jar.
 */
public final class BundledContent {
    private BundledContent() {}

    /** The root of the bundled content folder. */
    public static Path root() throws IOException {
        URL marker = BundledContent.class.getResource("/content/lessons");
        if (marker == null) {
            throw new IOException("the app's content is missing from its classpath (no /content/lessons)");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath("/content");
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the bundled content: " + e.getMessage(), e);
        }
    }

    /** Loads the bundled content; problems come back as diagnostics, as for any folder. */
    public static Content load() throws IOException {
        return new ContentLoader().load(root());
    }
}
