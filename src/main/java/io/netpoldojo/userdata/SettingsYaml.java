package io.netpoldojo.userdata;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The settings file format: a small YAML mapping. Keys that are missing take their defaults
 * (so older files still load) and unknown keys are ignored (so a newer app's file still
 * loads); a key that is present with a value this app never writes means the file is damaged.
 */
final class SettingsYaml {
    static final int VERSION = 1;
    private static final String HEADER = "# NetPol Dojo settings. Written by the app; delete this file to start afresh.\n";

    private SettingsYaml() {}

    static String write(Settings settings) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", VERSION);
        root.put("theme", settings.theme().name().toLowerCase(Locale.ROOT));
        settings.lastPlace().ifPresent(place -> root.put("lastPlace", place));
        root.put("welcomeSeen", settings.welcomeSeen());
        settings.window().ifPresent(w -> {
            Map<String, Object> window = new LinkedHashMap<>();
            window.put("x", w.x());
            window.put("y", w.y());
            window.put("width", w.width());
            window.put("height", w.height());
            window.put("maximized", w.maximized());
            root.put("window", window);
        });
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return HEADER + new Yaml(new Representer(options), options).dump(root);
    }

    static Settings read(String text) throws DamagedFileException {
        Object loaded = SafeYaml.load(text);
        if (!(loaded instanceof Map)) {
            throw DamagedFileException.damaged(loaded == null ? "the file is empty" : "the file is not a mapping of settings");
        }
        Map<?, ?> root = (Map<?, ?>) loaded;
        Settings settings = Settings.DEFAULTS;
        Optional<String> theme = optionalString(root, "theme");
        if (theme.isPresent()) {
            settings = settings.withTheme(themeOf(theme.get()));
        }
        Optional<String> lastPlace = optionalString(root, "lastPlace");
        if (lastPlace.isPresent()) {
            settings = settings.withLastPlace(lastPlace.get());
        }
        if (root.containsKey("welcomeSeen")) {
            settings = settings.withWelcomeSeen(bool(root.get("welcomeSeen"), "welcomeSeen"));
        }
        if (root.containsKey("window")) {
            settings = settings.withWindow(window(root.get("window")));
        }
        return settings;
    }

    private static ThemeMode themeOf(String value) throws DamagedFileException {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "light":
                return ThemeMode.LIGHT;
            case "dark":
                return ThemeMode.DARK;
            default:
                throw DamagedFileException.damaged("theme is neither light nor dark");
        }
    }

    private static WindowGeometry window(Object value) throws DamagedFileException {
        if (!(value instanceof Map)) {
            throw DamagedFileException.damaged("window is not a mapping");
        }
        Map<?, ?> map = (Map<?, ?>) value;
        try {
            return new WindowGeometry(
                    number(map.get("x"), "window.x"),
                    number(map.get("y"), "window.y"),
                    number(map.get("width"), "window.width"),
                    number(map.get("height"), "window.height"),
                    map.containsKey("maximized") && bool(map.get("maximized"), "window.maximized"));
        } catch (IllegalArgumentException e) {
            throw DamagedFileException.damaged("window geometry out of range");
        }
    }

    private static Optional<String> optionalString(Map<?, ?> map, String key) throws DamagedFileException {
        if (!map.containsKey(key)) {
            return Optional.empty();
        }
        Object value = map.get(key);
        if (!(value instanceof String) || ((String) value).isBlank()) {
            throw DamagedFileException.damaged(key + " is not a word");
        }
        return Optional.of((String) value);
    }

    private static double number(Object value, String key) throws DamagedFileException {
        if (!(value instanceof Number)) {
            throw DamagedFileException.damaged(key + " is not a number");
        }
        return ((Number) value).doubleValue();
    }

    private static boolean bool(Object value, String key) throws DamagedFileException {
        if (!(value instanceof Boolean)) {
            throw DamagedFileException.damaged(key + " is not true or false");
        }
        return (Boolean) value;
    }
}
