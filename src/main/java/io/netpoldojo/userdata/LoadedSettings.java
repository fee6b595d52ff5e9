package io.netpoldojo.userdata;

import java.util.Objects;
import java.util.Optional;

/**
 * The settings as loaded, and a sentence for the user when something was wrong with the file
 * (the settings are then the defaults).
 */
public record LoadedSettings(Settings settings, Optional<String> notice) {
    public LoadedSettings {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(notice, "notice");
    }
}
