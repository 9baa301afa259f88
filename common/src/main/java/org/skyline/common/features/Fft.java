package org.skyline.common.features;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * In-place iterative radix-2 complex FFT on split real/imaginary arrays, used where only an O(n log n)
 * correlation is needed (not where tsfresh's own FFT output is reproduced). Twiddle factors are computed
 * directly from cos/sin per index (no recurrence), so the transform's error stays at a few ulps times log n.
 */
final class Fft {
    private static final AtomicReferenceArray<double[][]> TWIDDLES = new AtomicReferenceArray<>(31);

    private Fft() {}

    static int nextPowerOfTwo(int n) {
        int p = 1;
        while (p < n) p <<= 1;
        return p;
    }

    /** Forward transform (e^{-2 pi i jk/N}) of re + i im; length a power of two. */
    static void forward(double[] re, double[] im) {
        int n = re.length;
        if (Integer.bitCount(n) != 1) throw new IllegalArgumentException("FFT length must be a power of two");
        int bits = Integer.numberOfTrailingZeros(n);
        for (int i = 0; i < n; i++) {
            int j = Integer.reverse(i) >>> (32 - bits);
            if (bits == 0) j = 0;
            if (j > i) {
                double t = re[i]; re[i] = re[j]; re[j] = t;
                t = im[i]; im[i] = im[j]; im[j] = t;
            }
        }
        double[][] st = stageTwiddles(bits);
        double[] stCos = st[0], stNegSin = st[1];
        for (int len = 2; len <= n; len <<= 1) {
            int half = len >> 1;
            for (int start = 0; start < n; start += len) {
                for (int k = 0; k < half; k++) {
                    double wr = stCos[half + k], wi = stNegSin[half + k];
                    int a = start + k, b = a + half;
                    double xr = re[b] * wr - im[b] * wi;
                    double xi = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - xr;
                    im[b] = im[a] - xi;
                    re[a] += xr;
                    im[a] += xi;
                }
            }
        }
    }

    private static final AtomicReferenceArray<double[][]> STAGE_TWIDDLES = new AtomicReferenceArray<>(31);

    /**
     * The twiddles of every butterfly stage laid out contiguously: for the stage of length 2h, entry h + k
     * holds cos (and -sin) of 2 pi k stride / N, stride = N / 2h: the very doubles of {@link #twiddles}, read
     * sequentially instead of with a stride.
     */
    private static double[][] stageTwiddles(int bits) {
        double[][] t = STAGE_TWIDDLES.get(bits);
        if (t != null) return t;
        int n = 1 << bits;
        double[][] tw = twiddles(bits);
        double[] c = new double[Math.max(n, 1)], s = new double[Math.max(n, 1)];
        for (int len = 2; len <= n; len <<= 1) {
            int half = len >> 1, stride = n / len;
            for (int k = 0; k < half; k++) {
                c[half + k] = tw[0][k * stride];
                s[half + k] = -tw[1][k * stride];
            }
        }
        t = new double[][] {c, s};
        STAGE_TWIDDLES.compareAndSet(bits, null, t);
        return STAGE_TWIDDLES.get(bits);
    }

    /** cos and sin of 2 pi k / N for k < N/2, N = 2^bits. */
    private static double[][] twiddles(int bits) {
        double[][] t = TWIDDLES.get(bits);
        if (t != null) return t;
        int n = 1 << bits;
        int half = Math.max(n / 2, 1);
        double[] c = new double[half], s = new double[half];
        for (int k = 0; k < half; k++) {
            double ang = 2 * Math.PI * k / n;
            c[k] = Math.cos(ang);
            s[k] = Math.sin(ang);
        }
        t = new double[][] {c, s};
        TWIDDLES.compareAndSet(bits, null, t);
        return TWIDDLES.get(bits);
    }

    /**
     * Transform of a real sequence of power-of-two length N (N >= 4) through one complex transform of half
     * the length: returns {re, im} of X[0..N/2].
     */
    static double[][] realForward(double[] x) {
        int n = x.length, h = n / 2;
        double[] zr = new double[h], zi = new double[h];
        for (int k = 0; k < h; k++) {
            zr[k] = x[2 * k];
            zi[k] = x[2 * k + 1];
        }
        forward(zr, zi);
        double[][] tw = twiddles(Integer.numberOfTrailingZeros(n));
        double[] cos = tw[0], sin = tw[1];
        double[] re = new double[h + 1], im = new double[h + 1];
        for (int k = 0; k <= h; k++) {
            int a = k % h, b = (h - k) % h;
            // even part E = (Z[k] + conj Z[h-k]) / 2, odd part O = (Z[k] - conj Z[h-k]) / (2i)
            double er = (zr[a] + zr[b]) / 2, ei = (zi[a] - zi[b]) / 2;
            double or = (zi[a] + zi[b]) / 2, oi = -(zr[a] - zr[b]) / 2;
            double wr, wi; // e^{-2 pi i k / n}
            if (k < h) {
                wr = cos[k];
                wi = -sin[k];
            } else {
                wr = -1;
                wi = 0;
            }
            re[k] = er + (or * wr - oi * wi);
            im[k] = ei + (or * wi + oi * wr);
        }
        return new double[][] {re, im};
    }

    /**
     * Linear (not circular) autocorrelation sums {@code r[lag] = sum_i d[i] d[i + lag]}, lag = 0..n-1, via the
     * power spectrum of the zero-padded input (both transforms of real data at half length).
     */
    static double[] autocorrelationSums(double[] d) {
        int n = d.length;
        int size = Math.max(4, nextPowerOfTwo(2 * n));
        double[] x = new double[size];
        System.arraycopy(d, 0, x, 0, n);
        double[][] spec = realForward(x);
        int h = size / 2;
        // power spectrum, real and even: P[k] = P[size - k]
        double[] p = new double[size];
        for (int k = 0; k <= h; k++) {
            double v = spec[0][k] * spec[0][k] + spec[1][k] * spec[1][k];
            p[k] = v;
            if (k > 0 && k < h) p[size - k] = v;
        }
        // for a real even sequence the forward transform is real and equals N times the inverse
        double[][] back = realForward(p);
        double[] r = new double[n];
        for (int lag = 0; lag < n; lag++) r[lag] = back[0][lag] / size;
        return r;
    }
}
