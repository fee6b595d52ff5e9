package io.netpoldojo.manifest;

/**
 * One problem found while loading, in the apiserver's shape: where it is, the field path
 * ({@code spec.ingress[0].from[1].ipBlock.cidr}, empty for the object or file as a whole) and
 * what is wrong.
 */
public record Diagnostic(Severity severity, SourcePosition position, String path, String message) {

    /** A message or path longer than this is cut: a diagnostic is one line, whatever the input held. */
    static final int MAX_LENGTH = 1000;

    public Diagnostic {
        path = cut(path == null ? "" : path);
        message = cut(message == null ? "" : message);
    }

    private static String cut(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "... (" + text.length() + " characters)";
    }

    public static Diagnostic error(SourcePosition position, String path, String message) {
        return new Diagnostic(Severity.ERROR, position, path, message);
    }

    public static Diagnostic warning(SourcePosition position, String path, String message) {
        return new Diagnostic(Severity.WARNING, position, path, message);
    }

    public static Diagnostic notice(SourcePosition position, String path, String message) {
        return new Diagnostic(Severity.NOTICE, position, path, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: path: message}, with "warning: " or "notice: " before the message. */
    @Override
    public String toString() {
        String level = switch (severity) {
            case ERROR -> "";
            case WARNING -> "warning: ";
            case NOTICE -> "notice: ";
        };
        String where = path.isEmpty() ? "" : path + ": ";
        return position + ": " + where + level + message;
    }
}
