package org.skyline.common.features;

/**
 * {@code spkt_welch_density}, evaluated as direct DFT sums at just the bins tsfresh reports
 * (scipy {@code welch(x)}: periodic Hann window, nperseg min(256, n), 50% overlap, constant detrend,
 * density scaling, one-sided, mean over segments).
 */
final class SpectralFeatures {
    private SpectralFeatures() {}

    /** Welch PSD values at the given bins (NaN for bins past the one-sided spectrum). */
    static double[] welch(double[] x, int[] bins) {
        int n = x.length;
        double[] out = new double[bins.length];
        int nperseg = Math.min(256, n);
        int nfreq = nperseg / 2 + 1;
        if (nperseg == 0) {
            java.util.Arrays.fill(out, Double.NaN);
            return out;
        }
        int noverlap = nperseg / 2;
        int step = nperseg - noverlap;
        int nseg = (n - noverlap) / step;
        double[] win = hann(nperseg);
        double winSq = 0;
        double[] wsq = new double[nperseg];
        for (int i = 0; i < nperseg; i++) wsq[i] = win[i] * win[i];
        winSq = NumpySums.sum(wsq);
        double scale = 1.0 / (1.0 * winSq);
        double[] seg = new double[nperseg];
        double[][] perSeg = new double[bins.length][nseg];
        // cos/sin of 2 pi idx / nperseg for every index, evaluated once (the same doubles as per-term calls)
        double[] cosT = new double[nperseg], sinT = new double[nperseg];
        for (int idx = 0; idx < nperseg; idx++) {
            double ang = 2 * Math.PI * idx / nperseg;
            cosT[idx] = Math.cos(ang);
            sinT[idx] = Math.sin(ang);
        }
        for (int s = 0; s < nseg; s++) {
            System.arraycopy(x, s * step, seg, 0, nperseg);
            double mean = NumpySums.mean(seg);
            for (int i = 0; i < nperseg; i++) seg[i] = win[i] * (seg[i] - mean);
            for (int b = 0; b < bins.length; b++) {
                int k = bins[b];
                if (k >= nfreq) continue;
                double re = 0, im = 0;
                for (int j = 0; j < nperseg; j++) {
                    int idx = (int) (((long) k * j) % nperseg);
                    re += seg[j] * cosT[idx];
                    im -= seg[j] * sinT[idx];
                }
                double p = (re * re + im * im) * scale;
                boolean unpaired = k == 0 || (nperseg % 2 == 0 && k == nfreq - 1);
                if (!unpaired) p *= 2;
                perSeg[b][s] = p;
            }
        }
        for (int b = 0; b < bins.length; b++) {
            out[b] = bins[b] >= nfreq ? Double.NaN : NumpySums.mean(perSeg[b]);
        }
        return out;
    }

    /** scipy get_window('hann', M) (periodic): 0.5 + 0.5 cos over linspace(-pi, pi, M+1), truncated. */
    static double[] hann(int m) {
        double[] w = new double[m];
        if (m <= 1) {
            java.util.Arrays.fill(w, 1.0);
            return w;
        }
        int mm = m + 1;
        double start = -Math.PI, stop = Math.PI;
        int div = mm - 1;
        double step = (stop - start) / div;
        for (int i = 0; i < m; i++) {
            double fac = (i == mm - 1) ? stop : i * step + start;
            w[i] = 0.5 + 0.5 * Math.cos(fac);
        }
        return w;
    }
}
