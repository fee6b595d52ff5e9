package io.netpoldojo.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QrCodeTest {
    @Test
    void aPhoneCameraReadsTheRoomsAddressBack() throws Exception {
        String url = "http://192.168.178.23:8765/";
        QrCode code = QrCode.of(url);
        assertEquals(url, decode(code, 6));
    }

    /** Paints the modules as a view does (scale pixels each, 4 modules of margin) and reads them back. */
    private static String decode(QrCode code, int scale) throws Exception {
        int side = (code.size() + 8) * scale;
        int[] pixels = new int[side * side];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        for (int y = 0; y < code.size(); y++) {
            for (int x = 0; x < code.size(); x++) {
                if (code.isDark(x, y)) {
                    for (int dy = 0; dy < scale; dy++) {
                        for (int dx = 0; dx < scale; dx++) {
                            pixels[((y + 4) * scale + dy) * side + (x + 4) * scale + dx] = 0xFF000000;
                        }
                    }
                }
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
