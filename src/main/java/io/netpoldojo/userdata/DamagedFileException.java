package io.netpoldojo.userdata;

/**
 * A file in the user's folder that cannot be used as it is. {@link #problem()} completes the
 * sentence "Your settings file (path) ...": "was damaged (not valid YAML)", "could not be read
 * (permission denied)".
 */
public final class DamagedFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String reason;

    private DamagedFileException(String problem, String reason) {
        super(problem, null, false, false);
        this.reason = reason;
    }

    /** Its content is not what the app writes. */
    public static DamagedFileException damaged(String reason) {
        return new DamagedFileException("was damaged (" + reason + ")", reason);
    }

    /** It could not be read at all. */
    public static DamagedFileException unreadable(String reason) {
        return new DamagedFileException("could not be read (" + reason + ")", reason);
    }

    /** The reason alone: "not valid YAML at line 2". */
    public String reason() {
        return reason;
    }

    public String problem() {
        return getMessage();
    }
}
