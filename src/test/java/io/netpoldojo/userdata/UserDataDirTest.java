package io.netpoldojo.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserDataDirTest {
    private static UserDataDir resolve(Map<String, String> properties, Map<String, String> env) {
        return UserDataDir.resolve(properties::get, env::get);
    }

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        UserDataDir dir = resolve(Map.of("os.name", "Linux", "user.home", "/home/ada"), Map.of("XDG_DATA_HOME", "/data/ada"));
        assertEquals(Path.of("/data/ada/netpol-dojo"), dir.path());
    }

    @Test
    void linuxFallsBackToLocalShare() {
        UserDataDir dir = resolve(Map.of("os.name", "Linux", "user.home", "/home/ada"), Map.of());
        assertEquals(Path.of("/home/ada/.local/share/netpol-dojo"), dir.path());
    }

    @Test
    void linuxIgnoresARelativeXdgDataHomeAsTheSpecSays() {
        UserDataDir dir = resolve(Map.of("os.name", "Linux", "user.home", "/home/ada"), Map.of("XDG_DATA_HOME", "relative/dir"));
        assertEquals(Path.of("/home/ada/.local/share/netpol-dojo"), dir.path());
    }

    @Test
    void macUsesApplicationSupport() {
        UserDataDir dir = resolve(Map.of("os.name", "Mac OS X", "user.home", "/Users/ada"), Map.of("XDG_DATA_HOME", "/ignored"));
        assertEquals(Path.of("/Users/ada/Library/Application Support/NetPol Dojo"), dir.path());
    }

    @Test
    void windowsUsesAppData() {
        // Path.of on this (Unix) test machine treats backslashes as ordinary characters, so use slashes.
        UserDataDir dir = resolve(Map.of("os.name", "Windows 11", "user.home", "/Users/ada"), Map.of("APPDATA", "/Users/ada/AppData/Roaming"));
        assertEquals(Path.of("/Users/ada/AppData/Roaming/NetPol Dojo"), dir.path());
    }

    @Test
    void theSystemPropertyOverridesEveryPlatformRule() {
        UserDataDir dir = resolve(
                Map.of("os.name", "Linux", "user.home", "/home/ada", UserDataDir.OVERRIDE_PROPERTY, "/tmp/dojo-test"),
                Map.of("XDG_DATA_HOME", "/data/ada"));
        assertEquals(Path.of("/tmp/dojo-test"), dir.path());
    }

    @Test
    void aBlankOverrideIsIgnored() {
        UserDataDir dir = resolve(
                Map.of("os.name", "Linux", "user.home", "/home/ada", UserDataDir.OVERRIDE_PROPERTY, "  "), Map.of());
        assertEquals(Path.of("/home/ada/.local/share/netpol-dojo"), dir.path());
    }
}
