package io.netpoldojo.manifest;

/**
 * A place in a manifest: 1-based line and column. Line 0 stands for the whole file (for
 * problems such as "cannot read" that have no line), and then only the file name is printed.
 */
public record SourcePosition(String file, int line, int column) {

    public SourcePosition {
        file = file == null ? "" : file;
    }

    /** The file as a whole. */
    public static SourcePosition ofFile(String file) {
        return new SourcePosition(file, 0, 0);
    }

    /** {@code file:line:col}, or just {@code file} for a whole-file position. */
    @Override
    public String toString() {
        return line <= 0 ? file : file + ":" + line + ":" + column;
    }
}
