package org.skyline.common.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link NumpyRealFft#rfft} against numpy 1.24.2's {@code np.fft.rfft}, bit for bit (raw bits, so the sign of zero
 * counts too), with independently generated reference data: {@link NumpyRfftReference} says how it was produced.
 */
class NumpyRfftBitExactTest {

    private static String bits(double v) {
        return v + " (" + Double.toHexString(v) + ")";
    }

    @Test
    void everyLengthOneToEighteenIsBitExact() {
        int checked = 0;
        for (int kind = 0; kind < NumpyRfftReference.KINDS.length; kind++) {
            double[] x = NumpyRfftReference.INPUTS[kind];
            for (int n = 1; n <= 18; n++) {
                double[] out = NumpyRealFft.rfft(x, n);
                double[] re = NumpyRfftReference.REAL[kind][n - 1];
                double[] im = NumpyRfftReference.IMAG[kind][n - 1];
                assertEquals(2 * re.length, out.length);
                for (int bin = 0; bin < re.length; bin++) {
                    final int q = bin;
                    String where = NumpyRfftReference.KINDS[kind] + " n=" + n + " bin " + q;
                    double gotRe = out[2 * q], gotIm = out[2 * q + 1];
                    assertEquals(Double.doubleToRawLongBits(re[q]), Double.doubleToRawLongBits(gotRe),
                            () -> where + " real: numpy " + bits(re[q]) + ", ours " + bits(gotRe));
                    assertEquals(Double.doubleToRawLongBits(im[q]), Double.doubleToRawLongBits(gotIm),
                            () -> where + " imag: numpy " + bits(im[q]) + ", ours " + bits(gotIm));
                    checked++;
                }
            }
        }
        assertEquals(NumpyRfftReference.KINDS.length * 99, checked);
    }

    @Test
    void longerLengthsMatchNumpyDigests() {
        double[] x = NumpyRfftReference.LONG_INPUT;
        int checked = 0;
        for (int i = 0; i < NumpyRfftReference.LONG_LENGTHS.length; i++) {
            int n = NumpyRfftReference.LONG_LENGTHS[i];
            if (n > NumpyRealFft.MAX_LENGTH) continue;
            double[] out = NumpyRealFft.rfft(x, n);
            long h = 0xcbf29ce484222325L;
            for (double v : out) h = (h ^ Double.doubleToRawLongBits(v)) * 0x100000001b3L;
            assertEquals(NumpyRfftReference.LONG_DIGESTS[i], h, "n=" + n);
            checked++;
        }
        assertEquals(31, checked); // 19..49
    }
}
