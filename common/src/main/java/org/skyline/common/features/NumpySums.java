package org.skyline.common.features;

import org.skyline.common.timeseries.PairwiseSum;

/**
 * numpy's reductions, summed in numpy's order ({@link PairwiseSum}: pairwise summation with an 8-way
 * unrolled leaf of up to 128 values, chunks of 8,192 added in order). The order matters: tsfresh's values on near-constant series are rounding noise of exactly
 * this summation.
 */
final class NumpySums {
    private NumpySums() {}

    /** {@code np.sum(a[from:from+n])} for a contiguous float64 array. */
    static double sum(double[] a, int from, int n) {
        return PairwiseSum.sum(a, from, n);
    }

    /**
     * {@code np.sum(a[from:from+n] * b[from+shift:from+shift+n])} without materialising the products: the
     * same pairwise tree as {@link #sum(double[], int, int)} over the product sequence.
     */
    static double sumProducts(double[] a, double[] b, int from, int shift, int n) {
        return PairwiseSum.sumProducts(a, b, from, shift, n);
    }

    static double sum(double[] a) {
        return sum(a, 0, a.length);
    }

    /** {@code np.mean}: pairwise sum divided by the count (NaN for an empty array). */
    static double mean(double[] a) {
        return sum(a, 0, a.length) / a.length;
    }

    /** {@code np.var(a)} (ddof 0), numpy and pandas alike: mean, squared deviations, pairwise sum. */
    static double var(double[] a) {
        return var(a, mean(a));
    }

    static double var(double[] a, double mean) {
        double[] sq = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - mean;
            sq[i] = d * d;
        }
        return sum(sq) / a.length;
    }

    /** Python's builtin {@code sum()}: left to right from 0. */
    static double sequentialSum(double[] a) {
        double s = 0;
        for (double v : a) s += v;
        return s;
    }
}
