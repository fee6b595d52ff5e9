package io.netpoldojo.classroom;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * The join card's QR code: the room's address as a square of dark and light modules (ZXing
 * encodes it), for a view to draw at any size. Medium error correction, so a phone reads it from
 * the back of a room off a projector's washed-out screen.
 */
public final class QrCode {
    private final boolean[][] dark;

    private QrCode(boolean[][] dark) {
        this.dark = dark;
    }

    /** Encodes {@code text}; the code has no quiet zone of its own (the view leaves a margin of 4 modules). */
    public static QrCode of(String text) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
            boolean[][] dark = new boolean[m.getHeight()][m.getWidth()];
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    dark[y][x] = m.get(x, y);
                }
            }
            return new QrCode(dark);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode \"" + text + "\" as a QR code: " + e.getMessage(), e);
        }
    }

    /** Modules per side. */
    public int size() {
        return dark.length;
    }

    public boolean isDark(int x, int y) {
        return dark[y][x];
    }
}
