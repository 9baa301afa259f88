package org.skyline.common.algorithms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The numerical building blocks against values produced by numpy 1.24 / scipy 1.10 / pandas 1.5 /
 * statsmodels 0.13 (the golden runtime); exact where the port promises bit parity.
 */
class NumericsTest {
    @Test
    void pairwiseSumMatchesNumpyBitForBit() {
        double[] x = new double[1000];
        java.util.Arrays.fill(x, 0.1);
        assertEquals(100.00000000000001, NumpyMath.sum(x, x.length)); // np.sum; Python's sum() gives 99.9999999999986
        double[] y = new double[300];
        for (int i = 0; i < 300; i++) y[i] = 0.1 * i + (i % 7) * 0.3;
        assertEquals(4754.1, NumpyMath.sum(y, 300));
        assertEquals(15.847000000000001, NumpyMath.mean(y, 300));
        assertEquals(8.68954300677928, NumpyMath.stdPopulation(y, 300, new double[300]));
    }

    @Test
    void longSumsAddNumpysChunksOf8192InOrder() {
        // np.sum / np.mean of 8,640 x 0.1 (one day at 10 s): one pairwise tree would give 0.09999999999999999
        double[] x = new double[8640];
        java.util.Arrays.fill(x, 0.1);
        assertEquals(864.0000000000001, NumpyMath.sum(x, x.length));
        assertEquals(0.10000000000000002, NumpyMath.mean(x, x.length));
        double[] y = new double[20000];
        java.util.Arrays.fill(y, 123456.789);
        assertEquals(2469135780.000001, NumpyMath.sum(y, y.length));
        double[] z = new double[20000];
        for (int i = 0; i < z.length; i++) z[i] = 0.1 * i + (i % 7) * 0.3;
        assertEquals(20016999.1, NumpyMath.sum(z, z.length));
        // np.sum(z[:-3] * w[3:]): products summed in the same chunks, without materialising them
        double[] w = new double[20000];
        for (int i = 0; i < w.length; i++) w[i] = 1.0 / (1 + i % 13);
        assertEquals(4895741.760826951, org.skyline.common.timeseries.PairwiseSum.sumProducts(z, w, 0, 3, 19997));
    }

    @Test
    void pandasReductionsSkipNaN() {
        double[] s = {1.0, 2.5, 3.25, 10.0, 4.0, 4.5, 100.0, 3.3};
        double[] s2 = {1.0, Double.NaN, 3.25, 10.0, Double.NaN, 4.5, 100.0, 3.3};
        double[] scratch = new double[8];
        assertEquals(34.01536351940315, NumpyMath.pandasStd(s, 8, scratch));
        assertEquals(16.06875, NumpyMath.pandasMean(s, 8, scratch));
        assertEquals(39.14077690422951, NumpyMath.pandasStd(s2, 8, scratch));
        assertEquals(20.341666666666665, NumpyMath.pandasMean(s2, 8, scratch));
        assertEquals(3.65, NumpyMath.pandasMedian(s, 8, scratch));
        assertEquals(3.9, NumpyMath.pandasMedian(s2, 8, scratch));
        double[] ms = new double[2];
        NumpyMath.pandasMeanStd(s2, 8, scratch, ms);
        assertEquals(20.341666666666665, ms[0]);
        assertEquals(39.14077690422951, ms[1]);
        assertTrue(Double.isNaN(NumpyMath.pandasStd(new double[] {5.0}, 1, scratch)), "ddof 1 of one value is NaN");
    }

    @Test
    void medianSelectionEqualsSortedOrderStatistics() {
        java.util.Random r = new java.util.Random(3);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + r.nextInt(3000);
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = switch (trial % 4) {
                    case 0 -> r.nextGaussian();
                    case 1 -> Math.floor(r.nextDouble() * 5);        // many ties
                    case 2 -> i == 0 ? 1e12 : r.nextDouble();        // one huge outlier
                    default -> Math.exp(r.nextGaussian() * 10);      // wide dynamic range
                };
            }
            double[] sorted = a.clone();
            java.util.Arrays.sort(sorted);
            double expected = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
            assertEquals(expected, NumpyMath.pandasMedian(a, n, new double[n]), "trial " + trial);
        }
    }

    @Test
    void ewmMatchesPandas() {
        double[] s = {1.0, 2.5, 3.25, 10.0, 4.0, 4.5, 100.0, 3.3};
        double[] mv = new double[2];
        Ewm.lastMeanVar(s, 8, 50, mv);
        assertEquals(16.68983961699734, mv[0]);
        assertEquals(34.71405934317759, Ewm.zsqrt(mv[1]));
        double[] s2 = {1.0, Double.NaN, 3.25, 10.0, Double.NaN, 4.5, 100.0, 3.3};
        Ewm.lastMeanVar(s2, 8, 50, mv);
        assertEquals(21.04280101423185, mv[0]);
        assertEquals(39.78684329779465, Ewm.zsqrt(mv[1]));
        assertEquals(Ewm.lastMean(s2, 8, 50), mv[0]);
        assertEquals(Ewm.lastVar(s2, 8, 50), mv[1]);
        Ewm.lastMeanVar(new double[] {7.0}, 1, 50, mv);
        assertTrue(Double.isNaN(mv[1]), "one point has no variance");
    }

    @Test
    void ewmShortcutAgreesWithTheExactRecursion() {
        java.util.Random r = new java.util.Random(5);
        double[] mv = new double[2];
        for (int trial = 0; trial < 3000; trial++) {
            int n = 2 + r.nextInt(trial % 3 == 0 ? 20 : 1500);
            double[] v = new double[n];
            double scale = Math.pow(10, r.nextInt(24) - 8);
            double base = r.nextInt(3) == 0 ? 0 : scale * 1000;
            for (int i = 0; i < n; i++) v[i] = base + scale * (trial % 5 == 0 ? Math.floor(r.nextGaussian() * 3) : r.nextGaussian());
            if (trial % 2 == 1) v[n - 1] += scale * r.nextGaussian() * 6; // near and far from 3 sigma
            Ewm.lastMeanVar(v, n, 50, mv);
            boolean exact = Math.abs(v[n - 1] - mv[0]) > 3 * Ewm.zsqrt(mv[1]);
            assertEquals(exact, Ewm.lastExceedsThreeSigma(v, n, 50), "trial " + trial);
        }
    }

    @Test
    void madShortcutAgreesWithTheFullComputation() {
        java.util.Random r = new java.util.Random(9);
        for (int trial = 0; trial < 4000; trial++) {
            int n = 1 + r.nextInt(trial % 4 == 0 ? 12 : 1500);
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = switch (trial % 5) {
                    case 0 -> Math.floor(r.nextGaussian() * 2);          // ties and zero deviations
                    case 1 -> r.nextInt(3) == 0 ? Double.NaN : r.nextGaussian();
                    default -> 100 + r.nextGaussian();
                };
            }
            // reference: the straightforward sort-based computation
            double[] sorted = java.util.Arrays.stream(v).filter(d -> d == d).sorted().toArray();
            double median = med(sorted);
            double[] dev = java.util.Arrays.stream(v).map(d -> Math.abs(d - median)).filter(d -> d == d).sorted().toArray();
            double mad = med(dev);
            if (trial % 3 == 2 && mad == mad && mad > 0) {
                // put the last point right at 6 MADs (give or take an ulp) to exercise the exact path
                v[n - 1] = median + 6 * mad * (1 + (r.nextInt(3) - 1) * 1e-15);
                sorted = java.util.Arrays.stream(v).filter(d -> d == d).sorted().toArray();
                double md2 = med(sorted);
                dev = java.util.Arrays.stream(v).map(d -> Math.abs(d - md2)).filter(d -> d == d).sorted().toArray();
                mad = med(dev);
            }
            double md = med(java.util.Arrays.stream(v).filter(d -> d == d).sorted().toArray());
            Boolean expected = mad == 0 ? Boolean.FALSE : Math.abs(v[n - 1] - md) / mad > 6;
            assertEquals(expected, AnalyzerAlgorithms.medianAbsoluteDeviation(Series.of(v)), "trial " + trial);
        }
    }

    private static double med(double[] sorted) {
        int m = sorted.length;
        if (m == 0) return Double.NaN;
        return m % 2 == 1 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2.0;
    }

    @Test
    void leastSquaresFollowsLapacksRankDecision() {
        // 12 points a minute apart: the second singular value of [t, 1] is below 2^-53 of the first, so numpy
        // returns the rank-1 minimum-norm solution (a line through the origin), not the trend
        double[] t = new double[12], y = {10.0, 11, 9, 10, 12, 10, 9, 11, 10, 10, 30, 31};
        for (int i = 0; i < 12; i++) t[i] = 1700000000 + 60 * i;
        double[] mc = new double[2];
        LeastSquaresFit.fit(t, y, 12, mc);
        assertEquals(7.990194877739379e-09, mc[0], 7.990194877739379e-09 * 1e-12);
        assertEquals(4.7001137215892546e-18, mc[1], 4.7001137215892546e-18 * 1e-9);
        // 40 points: full rank, the ordinary least-squares line
        double[] t2 = new double[40], y2 = new double[40];
        for (int i = 0; i < 40; i++) {
            t2[i] = 1700000000 + 60 * i;
            y2[i] = 10.0 + i * 0.5;
        }
        y2[39] += 5;
        LeastSquaresFit.fit(t2, y2, 40, mc);
        assertEquals(0.00863821138039599, mc[0], 1e-10);
        assertEquals(-14684949.578380495, mc[1], 1e-2);
    }

    @Test
    void histogramShortcutAgreesWithTheFullScan() {
        java.util.Random r = new java.util.Random(13);
        double[] edges = new double[16], edges2 = new double[16];
        int[] counts = new int[15], counts2 = new int[15];
        for (int trial = 0; trial < 20000; trial++) {
            int n = 1 + r.nextInt(trial % 2 == 0 ? 40 : 1500);
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = switch (trial % 4) {
                    case 0 -> Math.floor(r.nextDouble() * 16);      // integers: values exactly on edges
                    case 1 -> Math.round(r.nextGaussian() * 100) / 10.0;
                    case 2 -> r.nextInt(5) == 0 ? 1e6 * r.nextDouble() : r.nextDouble();
                    default -> 7.0;
                };
            }
            double t;
            int pick = r.nextInt(4);
            Histogram.compute(a, n, 15, edges, counts);
            if (pick == 0) t = edges[r.nextInt(16)];                 // exactly on an edge
            else if (pick == 1) t = a[r.nextInt(n)];
            else t = edges[0] + (edges[15] - edges[0]) * (r.nextDouble() * 1.2 - 0.1);
            boolean expected = Histogram.scan(t, edges, counts);
            assertEquals(expected, Histogram.sparseBinHolds(a, n, t, edges2, counts2), "trial " + trial);
        }
    }

    @Test
    void histogramEdgesAndCountsMatchNumpy() {
        double[] edges = new double[16];
        int[] counts = new int[15];
        Histogram.compute(new double[] {1.0, 2, 2, 3, 3, 3, 10}, 7, 15, edges, counts);
        assertEquals(1.0, edges[0]);
        assertEquals(1.6, edges[1], 1e-15);
        assertEquals(10.0, edges[15]);
        assertEquals("[1, 2, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]", java.util.Arrays.toString(counts));
        Histogram.compute(new double[] {5.0}, 1, 15, edges, counts);
        assertEquals(4.5, edges[0]);
        assertEquals(5.5, edges[15]);
        assertEquals(1, counts[7]);
        assertThrows(PyException.class, () -> Histogram.compute(new double[] {1, Double.NaN}, 2, 15, edges, counts));
    }

    @Test
    void studentTUpperQuantileMatchesScipy() {
        assertEquals(4.153148190828482, StudentT.isf(0.05 / (2 * 1440), 1438), 4.153148190828482 * 1e-12);
        assertEquals(3.832518685344373, StudentT.isf(0.0025, 8), 3.832518685344373 * 1e-12);
        assertEquals(4.53685466371903, StudentT.isf(0.05 / (2 * 8640), 8638), 4.53685466371903 * 1e-12);
        assertEquals(38.188459297022604, StudentT.isf(0.05 / 6, 1), 38.188459297022604 * 1e-11);
        assertTrue(Double.isNaN(StudentT.grubbsThreshold(2)));
    }

    @Test
    void ksTwoSampleAsymptotic() {
        double[] a = new double[22], b = new double[26];
        for (int i = 0; i < 22; i++) a[i] = i + 1;
        for (int i = 0; i < 26; i++) b[i] = i + 5;
        b[25] = 30.5;
        double[] dp = KsTwoSample.test(a, 22, b, 26);
        assertEquals(0.3076923076923077, dp[0]);
        // scipy 0.19: kolmogorov((en + 0.12 + 0.11/en) * D), here via scipy.special.kolmogorov
        assertEquals(0.170881273740325, dp[1], 1e-14);
    }

    @Test
    void adfullerMatchesStatsmodels() {
        double[] x = {0.0, 2.932653, 4.956349, 2.839628, 2.254964, 1.19765, -2.114727, -1.447358, 0.6062, 0.800442,
                3.72096, 2.964505, 3.563797, 2.957295, -0.849437, -1.389087, -0.687533, -1.354411, 1.600869, 4.508709,
                3.721822, 4.28724, 0.909355, -0.146214, -0.662701, -2.676878, -0.564498, 2.401268, 2.545891, 4.478299,
                5.009967, 1.611158, 0.557333, -2.685562, -1.915395, 0.225927, 0.451624, 3.332494, 5.233934, 2.981984,
                2.312717, 1.261217, -1.957664, -1.153088, -1.733145, 1.251923, 4.118508, 3.238726, 3.703299, 3.014047,
                -0.784548, -1.229, -0.389961, -0.941728, 2.052151, 2.153924, 3.992672, 4.42392, 0.965161, -0.07995};
        assertEquals(-2.039212481184339, Adfuller.statistic(x, x.length, 10), 1e-9);
        assertEquals(0.269648736151087, Adfuller.pValue(x, x.length, 10), 1e-9);
        double[] constant = new double[40];
        java.util.Arrays.fill(constant, 3.0);
        assertTrue(Double.isNaN(Adfuller.pValue(constant, 40, 10)), "constant input gives NaN, not an error");
    }

    @Test
    void mackinnonBranches() {
        assertEquals(1.0, Adfuller.mackinnonp(3.0));
        assertEquals(0.0, Adfuller.mackinnonp(-19.0));
        assertTrue(Adfuller.mackinnonp(-3.5) < 0.05);
        assertTrue(Adfuller.mackinnonp(-2.0) > 0.05);
    }
}
