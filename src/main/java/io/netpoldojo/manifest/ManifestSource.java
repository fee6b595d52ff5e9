package io.netpoldojo.manifest;

/** YAML text to load, with the name that messages show for it (usually the file name). */
public record ManifestSource(String name, String text) {
    public ManifestSource {
        name = name == null ? "" : name;
        text = text == null ? "" : text;
    }
}
