package io.netpoldojo.classroom;

/** Where the room is with its current question. */
public enum Phase {
    /** No question: the devices wait for the next one. */
    LOBBY,
    /** A round is open: devices vote, and may change their vote until it closes. */
    VOTING,
    /** The round is closed (the stage shows the votes); no device can vote. */
    CLOSED,
    /** The answer and its explanation are shown, on the stage and on every device. */
    REVEALED;

    /** The name the page reads. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
