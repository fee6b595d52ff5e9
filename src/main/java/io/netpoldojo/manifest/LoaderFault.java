package io.netpoldojo.manifest;

/**
 * A fault in the loader itself (a bug), never a problem with the input: input problems are
 * {@link Diagnostic}s. It names the file being loaded, so that the fault can be reproduced; the
 * CLI exits 1 with this one line, the app reports it as an internal error.
 */
public final class LoaderFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LoaderFault(String file, RuntimeException cause) {
        super("while loading " + file + ": " + cause, cause);
    }

    /** The message alone: "while loading x.yaml: java.lang.IllegalStateException: ...". */
    @Override
    public String toString() {
        return getMessage();
    }
}
