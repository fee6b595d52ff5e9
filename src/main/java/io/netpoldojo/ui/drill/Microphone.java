package io.netpoldojo.ui.drill;

import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Line;
import javax.sound.sampled.TargetDataLine;

/**
 * Whether Java can record from a microphone here: some mixer offers a capture line
 * ({@link TargetDataLine}). Asked once, in the background (the sound system loads its providers).
 */
public final class Microphone {
    private Microphone() {}

    /** True when javax.sound.sampled reports a line to record from; false when none, or when it cannot tell. */
    public static boolean present() {
        try {
            return AudioSystem.isLineSupported(new Line.Info(TargetDataLine.class));
        } catch (RuntimeException | LinkageError e) {
            // No sound system at all (a runtime image without java.desktop, a provider that fails to load):
            // for the drill that is the same as no microphone.
            return false;
        }
    }
}
