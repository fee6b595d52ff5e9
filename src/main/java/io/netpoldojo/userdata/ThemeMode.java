package io.netpoldojo.userdata;

/** The colour scheme the user chose. */
public enum ThemeMode {
    LIGHT,
    DARK;

    public ThemeMode other() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
