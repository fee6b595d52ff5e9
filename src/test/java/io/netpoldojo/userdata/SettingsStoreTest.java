package io.netpoldojo.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    private static final Clock NOON = Clock.fixed(Instant.parse("2025-03-14T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private SettingsStore store() {
        return new SettingsStore(dir.resolve(SettingsStore.FILE_NAME), NOON);
    }

    private List<String> namesInDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void noFileMeansDefaultsAndNoNotice() {
        LoadedSettings loaded = store().load();
        assertEquals(Settings.DEFAULTS, loaded.settings());
        assertEquals(Optional.empty(), loaded.notice());
    }

    @Test
    void whatIsSavedComesBackInANewStore() throws IOException {
        Settings saved = Settings.DEFAULTS
                .withTheme(ThemeMode.DARK)
                .withLastPlace("playground")
                .withWelcomeSeen(true)
                .withWindow(new WindowGeometry(120.5, -30, 1024, 700, true));
        store().save(saved);

        LoadedSettings loaded = store().load();
        assertEquals(saved, loaded.settings());
        assertEquals(Optional.empty(), loaded.notice());
        assertEquals(List.of(SettingsStore.FILE_NAME), namesInDir());
    }

    @Test
    void brokenYamlIsSetAsideWithAMessageAndDefaultsAreUsed() throws IOException {
        Path file = dir.resolve(SettingsStore.FILE_NAME);
        Files.writeString(file, "theme: [dark\nwindow: {x: 1");

        LoadedSettings loaded = store().load();

        assertEquals(Settings.DEFAULTS, loaded.settings());
        Path aside = dir.resolve("settings.yaml.corrupt-20250314-120000");
        assertEquals(Optional.of("Your settings file (" + file + ") was damaged (not valid YAML at line 2) and has been set"
                + " aside as settings.yaml.corrupt-20250314-120000; defaults are in use."), loaded.notice());
        assertEquals("theme: [dark\nwindow: {x: 1", Files.readString(aside), "the user's file is kept, not destroyed");
        assertFalse(Files.exists(file));
    }

    @Test
    void aValueThisAppNeverWritesCountsAsDamage() throws IOException {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "theme: purple\n");
        LoadedSettings loaded = store().load();
        assertEquals(Settings.DEFAULTS, loaded.settings());
        assertTrue(loaded.notice().orElseThrow().contains("was damaged"));
    }

    @Test
    void aNegativeWindowSizeCountsAsDamage() throws IOException {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "window: {x: 0, y: 0, width: -5, height: 600}\n");
        assertTrue(store().load().notice().isPresent());
    }

    @Test
    void anEmptyFileCountsAsDamage() throws IOException {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "");
        assertTrue(store().load().notice().isPresent());
    }

    @Test
    void bytesThatAreNotUtf8CountAsDamage() throws IOException {
        Files.write(dir.resolve(SettingsStore.FILE_NAME), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 't'});
        LoadedSettings loaded = store().load();
        assertEquals(Settings.DEFAULTS, loaded.settings());
        assertTrue(loaded.notice().orElseThrow().contains("was damaged"));
    }

    @Test
    void aFolderWhereTheFileShouldBeIsUnreadableAndSetAside() throws IOException {
        Files.createDirectories(dir.resolve(SettingsStore.FILE_NAME));
        LoadedSettings loaded = store().load();
        assertEquals(Settings.DEFAULTS, loaded.settings());
        assertEquals("Your settings file (" + dir.resolve(SettingsStore.FILE_NAME) + ") could not be read (is a directory)"
                + " and has been set aside as settings.yaml.corrupt-20250314-120000; defaults are in use.",
                loaded.notice().orElseThrow());
    }

    @Test
    void twoDamagedFilesInOneSecondDoNotOverwriteEachOther() throws IOException {
        Path file = dir.resolve(SettingsStore.FILE_NAME);
        Files.writeString(file, "{{{");
        store().load();
        Files.writeString(file, "]]]");
        store().load();
        assertEquals(List.of("settings.yaml.corrupt-20250314-120000", "settings.yaml.corrupt-20250314-120000-2"), namesInDir());
    }

    @Test
    void missingKeysTakeDefaultsAndUnknownKeysAreIgnored() throws IOException {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "version: 7\ntheme: dark\nfutureFeature: {a: 1}\n");
        LoadedSettings loaded = store().load();
        assertEquals(Settings.DEFAULTS.withTheme(ThemeMode.DARK), loaded.settings());
        assertEquals(Optional.empty(), loaded.notice());
    }

    @Test
    void savingAfterDamageWritesAFreshFile() throws IOException {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "\t\t: :");
        SettingsStore store = store();
        store.load();
        store.save(Settings.DEFAULTS.withTheme(ThemeMode.DARK));
        assertEquals(ThemeMode.DARK, store().load().settings().theme());
    }

    @Test
    void theFileIsReadableYaml() throws IOException {
        store().save(Settings.DEFAULTS.withTheme(ThemeMode.DARK).withLastPlace("quiz"));
        String text = Files.readString(dir.resolve(SettingsStore.FILE_NAME));
        assertTrue(text.startsWith(UserFile.SEAL + "# NetPol Dojo settings."), text);
        assertTrue(text.endsWith(" bytes, crc32 " + text.substring(text.length() - 9)), "sealed: " + text);
        assertTrue(text.contains("theme: dark\n"), text);
        assertTrue(text.contains("lastPlace: quiz\n"), text);
    }
}
