package io.netpoldojo.cli;

/** Bad command-line input: reported in one line with exit code 2, never with a stack trace. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
