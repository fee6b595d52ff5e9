package io.netpoldojo.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netpoldojo.manifest.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app reads content from inside its jar: the loader must give the same result from a zip. */
class ZipContentTest {

    @Test
    void loadsTheSameContentFromAZip(@TempDir Path tmp) throws IOException {
        Path zip = tmp.resolve("content.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
             Stream<Path> files = Files.walk(RealContentTest.CONTENT)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                z.putNextEntry(new ZipEntry("content/" + RealContentTest.CONTENT.relativize(p).toString().replace('\\', '/')));
                z.write(Files.readAllBytes(p));
                z.closeEntry();
            }
        }
        Content onDisk = new ContentLoader().load(RealContentTest.CONTENT);
        try (FileSystem fs = FileSystems.newFileSystem(zip)) {
            Content zipped = new ContentLoader().load(fs.getPath("/content"));
            assertEquals(List.of(), zipped.diagnostics().stream().map(Diagnostic::toString).toList());
            assertEquals(onDisk.lessons().stream().map(Lesson::id).toList(), zipped.lessons().stream().map(Lesson::id).toList());
            assertEquals(onDisk.cards().stream().map(Card::id).toList(), zipped.cards().stream().map(Card::id).toList());
            assertEquals(onDisk.scenarios().stream().map(Scenario::id).toList(),
                    zipped.scenarios().stream().map(Scenario::id).toList());
            assertEquals(onDisk.demos().size(), zipped.demos().size());
            assertEquals(onDisk.recipes().size(), zipped.recipes().size());
        }
    }

    @Test
    void aMissingFolderIsOneErrorNotAnException(@TempDir Path tmp) {
        Content c = new ContentLoader().load(tmp.resolve("nope"));
        assertEquals(1, c.errors().size());
        assertEquals(tmp.resolve("nope") + ": cannot read: not a directory", c.errors().get(0).toString());
    }
}
