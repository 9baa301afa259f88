package org.skyline.common.timeseries;

/**
 * numpy's {@code add.reduce} of a contiguous float64 array: the reduction hands its inner loop at most 8,192
 * values at a time (the iterator's buffer size), each chunk is summed by {@code pairwise_sum_DOUBLE} (pairwise,
 * with an 8-way unrolled leaf of up to 128 values) and the chunk sums are added in order. Both the algorithms and the tsfresh features must sum in exactly this order, because the original's
 * values on near-constant series are the rounding noise of this summation. One implementation, shared.
 */
public final class PairwiseSum {
    private static final int BLOCK = 128;

    private PairwiseSum() {}

    /** numpy's reduction chunk: longer sums are sums of pairwise sums of 8,192 values */
    private static final int CHUNK = 8192;

    /** {@code np.sum} of {@code a[from .. from+n)} (contiguous float64). */
    public static double sum(double[] a, int from, int n) {
        if (n <= CHUNK) return pairwise(a, from, n);
        double acc = 0.;
        for (int off = 0; off < n; off += CHUNK) acc += pairwise(a, from + off, Math.min(CHUNK, n - off));
        return acc;
    }

    /**
     * {@code np.sum(a[from:from+n] * b[from+shift:from+shift+n])} without materialising the products: the same
     * chunks and pairwise trees as {@link #sum} over the product sequence.
     */
    public static double sumProducts(double[] a, double[] b, int from, int shift, int n) {
        if (n <= CHUNK) return pairwiseProducts(a, b, from, shift, n);
        double acc = 0.;
        for (int off = 0; off < n; off += CHUNK) {
            acc += pairwiseProducts(a, b, from + off, shift, Math.min(CHUNK, n - off));
        }
        return acc;
    }

    private static double pairwiseProducts(double[] a, double[] b, int from, int shift, int n) {
        int o = from + shift;
        if (n < 8) {
            double res = 0.;
            for (int i = 0; i < n; i++) res += a[from + i] * b[o + i];
            return res;
        }
        if (n <= BLOCK) {
            double r0 = a[from] * b[o], r1 = a[from + 1] * b[o + 1], r2 = a[from + 2] * b[o + 2];
            double r3 = a[from + 3] * b[o + 3], r4 = a[from + 4] * b[o + 4], r5 = a[from + 5] * b[o + 5];
            double r6 = a[from + 6] * b[o + 6], r7 = a[from + 7] * b[o + 7];
            int i;
            int stop = n - (n % 8);
            for (i = 8; i < stop; i += 8) {
                int p = from + i, q = o + i;
                r0 += a[p] * b[q];
                r1 += a[p + 1] * b[q + 1];
                r2 += a[p + 2] * b[q + 2];
                r3 += a[p + 3] * b[q + 3];
                r4 += a[p + 4] * b[q + 4];
                r5 += a[p + 5] * b[q + 5];
                r6 += a[p + 6] * b[q + 6];
                r7 += a[p + 7] * b[q + 7];
            }
            double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) res += a[from + i] * b[o + i];
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return pairwiseProducts(a, b, from, shift, n2) + pairwiseProducts(a, b, from + n2, shift, n - n2);
    }

    private static double pairwise(double[] a, int from, int n) {
        if (n < 8) {
            double res = 0.;
            for (int i = 0; i < n; i++) res += a[from + i];
            return res;
        }
        if (n <= BLOCK) {
            double r0 = a[from], r1 = a[from + 1], r2 = a[from + 2], r3 = a[from + 3];
            double r4 = a[from + 4], r5 = a[from + 5], r6 = a[from + 6], r7 = a[from + 7];
            int i;
            int stop = n - (n % 8);
            for (i = 8; i < stop; i += 8) {
                int j = from + i;
                r0 += a[j];
                r1 += a[j + 1];
                r2 += a[j + 2];
                r3 += a[j + 3];
                r4 += a[j + 4];
                r5 += a[j + 5];
                r6 += a[j + 6];
                r7 += a[j + 7];
            }
            double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) res += a[from + i];
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return pairwise(a, from, n2) + pairwise(a, from + n2, n - n2);
    }
}
