package org.skyline.common.features;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * tsfresh 0.4.0's default calculators on one series (already through the production text round trip, see
 * {@link Py2FloatText}), value for value: numpy/pandas conventions (pairwise sums, ddof 0 for np.std,
 * pandas' bias-corrected skew/kurtosis), scipy's CWT, peak finder and Welch, statsmodels 0.8 ADF and AR.
 * Names are tsfresh's Python 2 column names, without the quotes {@code TSFRESH_FEATURES} puts on cwt names.
 */
public final class TsfreshFeatures {
    static final double[] QUANTILES = {.1, .2, .3, .4, .6, .7, .8, .9};
    static final double[] MACQ = {0., .2, .4, .6, .8};
    static final double[] MACQ_HI = {.2, .4, .6, .8, 1.};
    static final double[] APEN_R = {.1, .3, .5, .7, .9};
    static final int[] CWT_WIDTHS = {2, 5, 10, 20};

    static final int[] PEAK_N = {1, 3, 5};

    // the parameterised column names, built once (the same text tsfresh gives them, "value__" included)
    private static final String[] LSD_NAMES = new String[10], SYMMETRY_NAMES = new String[20];
    private static final String[] PEAK_NAMES = new String[3], LARGE_PEAKS_NAMES = new String[3];
    private static final String[][] CWT_NAMES = new String[CWT_WIDTHS.length][15];
    private static final String[] WELCH_NAMES = new String[3], AR_NAMES = new String[5];
    private static final String[][] MACQ_NAMES = new String[MACQ.length][MACQ_HI.length];
    private static final String[] TIME_REVERSAL_NAMES = new String[3], AUTOCORRELATION_NAMES = new String[10];
    private static final String[] QUANTILE_NAMES = new String[QUANTILES.length];
    private static final String[] INDEX_MASS_NAMES = new String[QUANTILES.length], FFT_NAMES = new String[10];

    static {
        for (int k = 0; k < 10; k++) LSD_NAMES[k] = "value__large_standard_deviation__r_" + Py2FloatText.str(k * 0.05);
        for (int k = 0; k < 20; k++) SYMMETRY_NAMES[k] = "value__symmetry_looking__r_" + Py2FloatText.str(k * 0.05);
        for (int i = 0; i < 3; i++) {
            PEAK_NAMES[i] = "value__number_peaks__n_" + PEAK_N[i];
            LARGE_PEAKS_NAMES[i] = "value__large_number_of_peaks__n_" + PEAK_N[i];
        }
        for (int w = 0; w < CWT_WIDTHS.length; w++) {
            for (int c = 0; c < 15; c++) {
                CWT_NAMES[w][c] = "value__cwt_coefficients__widths_(2, 5, 10, 20)__coeff_" + c + "__w_" + CWT_WIDTHS[w];
            }
        }
        int[] welchBins = {2, 5, 8};
        for (int i = 0; i < 3; i++) WELCH_NAMES[i] = "value__spkt_welch_density__coeff_" + welchBins[i];
        for (int p = 0; p < 5; p++) AR_NAMES[p] = "value__ar_coefficient__k_10__coeff_" + p;
        for (int a = 0; a < MACQ.length; a++) {
            for (int b = 0; b < MACQ_HI.length; b++) {
                MACQ_NAMES[a][b] = "value__mean_abs_change_quantiles__qh_" + Py2FloatText.str(MACQ_HI[b]) + "__ql_"
                        + Py2FloatText.str(MACQ[a]);
            }
        }
        for (int lag = 1; lag <= 3; lag++) TIME_REVERSAL_NAMES[lag - 1] = "value__time_reversal_asymmetry_statistic__lag_" + lag;
        for (int lag = 0; lag < 10; lag++) AUTOCORRELATION_NAMES[lag] = "value__autocorrelation__lag_" + lag;
        for (int i = 0; i < QUANTILES.length; i++) {
            QUANTILE_NAMES[i] = "value__quantile__q_" + Py2FloatText.str(QUANTILES[i]);
            INDEX_MASS_NAMES[i] = "value__index_mass_quantile__q_" + Py2FloatText.str(QUANTILES[i]);
        }
        for (int q = 0; q < 10; q++) FFT_NAMES[q] = "value__fft_coefficient__coeff_" + q;
    }

    private TsfreshFeatures() {}

    /**
     * All 216 features ({@code full}) or the 210 of ReasonableFeatureExtractionSettings (no sample_entropy,
     * no approximate_entropy), keyed by tsfresh name.
     */
    public static Map<String, Double> compute(double[] x, boolean full) {
        if (x.length == 0) throw new IllegalArgumentException("a series without datapoints has no features");
        for (double v : x) {
            if (Double.isNaN(v)) throw new IllegalArgumentException("NaN datapoint: tsfresh 0.4.0 rejects NaN input");
        }
        Map<String, Double> f = new HashMap<>(512);
        int n = x.length;
        double mean = NumpySums.mean(x);
        double var = NumpySums.var(x, mean);
        double std = Math.sqrt(var);
        double max = Double.NEGATIVE_INFINITY, min = Double.POSITIVE_INFINITY;
        for (double v : x) {
            if (v > max) max = v;
            if (v < min) min = v;
        }
        if (n == 0) {
            max = Double.NaN;
            min = Double.NaN;
        }
        // one sorted copy serves the median, the duplicates/value counts and the quantiles
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double median = medianOfSorted(sorted);
        double range = max - min;

        put(f, "variance_larger_than_standard_deviation", bool(var > std));
        for (int k = 0; k < 10; k++) {
            double r = k * 0.05;
            f.put(LSD_NAMES[k], bool(std > r * range));
        }
        for (int k = 0; k < 20; k++) {
            double r = k * 0.05;
            f.put(SYMMETRY_NAMES[k], bool(Math.abs(mean - median) < r * range));
        }
        int countMax = 0, countMin = 0;
        for (double v : x) {
            if (v == max) countMax++;
            if (v == min) countMin++;
        }
        put(f, "has_duplicate_max", bool(countMax >= 2));
        put(f, "has_duplicate_min", bool(countMin >= 2));
        ValueCounts counts = new ValueCounts(sorted);
        put(f, "has_duplicate", bool(counts.distinct != n));
        put(f, "sum_values", NumpySums.sum(x));
        for (int pi = 0; pi < PEAK_N.length; pi++) {
            int peaks = numberPeaks(x, PEAK_N[pi]);
            f.put(PEAK_NAMES[pi], (double) peaks);
            f.put(LARGE_PEAKS_NAMES[pi], bool(peaks > 5));
        }
        put(f, "mean_autocorrelation", meanAutocorrelation(x, mean, var));
        put(f, "augmented_dickey_fuller", StatsmodelsRegressions.adfStatistic(x));
        double energy = 0;
        for (double v : x) energy += v * v;
        put(f, "abs_energy", energy);
        double[] diff = new double[Math.max(n - 1, 0)];
        double[] absDiff = new double[diff.length];
        for (int i = 0; i + 1 < n; i++) {
            diff[i] = x[i + 1] - x[i];
            absDiff[i] = Math.abs(diff[i]);
        }
        put(f, "mean_abs_change", NumpySums.mean(absDiff));
        put(f, "mean_change", NumpySums.mean(diff));
        put(f, "absolute_sum_of_changes", NumpySums.sum(absDiff));
        double[] second = new double[Math.max(n - 2, 0)];
        for (int i = 1; i + 1 < n; i++) second[i - 1] = ((x[i - 1] - 2 * x[i]) + x[i + 1]) / 2.0;
        put(f, "mean_second_derivate_central", NumpySums.mean(second));
        put(f, "median", median);
        put(f, "mean", mean);
        put(f, "length", n);
        put(f, "standard_deviation", std);
        put(f, "variance", var);
        put(f, "skewness", PandasMoments.skew(x));
        put(f, "kurtosis", PandasMoments.kurt(x));
        put(f, "longest_strike_below_mean", longestRun(x, mean, false));
        put(f, "longest_strike_above_mean", longestRun(x, mean, true));
        int above = 0, below = 0;
        for (double v : x) {
            if (v > mean) above++;
            if (v < mean) below++;
        }
        put(f, "count_above_mean", above);
        put(f, "count_below_mean", below);
        int firstMax = -1, lastMax = -1, firstMin = -1, lastMin = -1;
        for (int i = 0; i < n; i++) {
            if (x[i] == max) {
                if (firstMax < 0) firstMax = i;
                lastMax = i;
            }
            if (x[i] == min) {
                if (firstMin < 0) firstMin = i;
                lastMin = i;
            }
        }
        put(f, "first_location_of_maximum", n > 0 ? firstMax / (double) n : Double.NaN);
        put(f, "last_location_of_maximum", n > 0 ? 1.0 - (n - 1 - lastMax) / (double) n : Double.NaN);
        put(f, "first_location_of_minimum", n > 0 ? firstMin / (double) n : Double.NaN);
        put(f, "last_location_of_minimum", n > 0 ? 1.0 - (n - 1 - lastMin) / (double) n : Double.NaN);
        reoccurring(f, x, counts);
        put(f, "ratio_value_number_to_time_series_length", n == 0 ? Double.NaN : 1.0 * counts.distinct / n);
        fftCoefficients(f, x);
        indexMassQuantile(f, x);
        double[][] cwtRows = new double[5][];
        for (int w = 1; w <= 5; w++) cwtRows[w - 1] = RickerCwt.row(x, w, n);
        double[] noiseCache = new double[n];
        java.util.Arrays.fill(noiseCache, Double.NaN);
        put(f, "number_cwt_peaks__n_1", CwtPeaks.count(cwtRows, 1, noiseCache));
        put(f, "number_cwt_peaks__n_5", CwtPeaks.count(cwtRows, 5, noiseCache));
        for (int wi = 0; wi < CWT_WIDTHS.length; wi++) {
            double[] row = RickerCwt.row(x, CWT_WIDTHS[wi], 15);
            for (int c = 0; c < 15; c++) {
                f.put(CWT_NAMES[wi][c], c < row.length ? row[c] : Double.NaN);
            }
        }
        int[] welchBins = {2, 5, 8};
        double[] pxx = SpectralFeatures.welch(x, welchBins);
        for (int i = 0; i < welchBins.length; i++) f.put(WELCH_NAMES[i], pxx[i]);
        double[] ar = StatsmodelsRegressions.arParams(x, 10);
        for (int p = 0; p < 5; p++) {
            double v = ar == null ? Double.NaN : (p < ar.length ? ar[p] : 0.0);
            f.put(AR_NAMES[p], v);
        }
        double[] picked = new double[n];
        boolean[] corridor = new boolean[n];
        for (int a = 0; a < MACQ.length; a++) {
            for (int b = 0; b < MACQ_HI.length; b++) {
                f.put(MACQ_NAMES[a][b], meanAbsChangeQuantiles(x, sorted, absDiff, MACQ[a], MACQ_HI[b], corridor, picked));
            }
        }
        for (int lag = 1; lag <= 3; lag++) f.put(TIME_REVERSAL_NAMES[lag - 1], timeReversal(x, lag));
        put(f, "binned_entropy__max_bins_10", Entropies.binned(x, 10));
        for (int lag = 0; lag < 10; lag++) f.put(AUTOCORRELATION_NAMES[lag], autocorrelation(x, lag));
        for (int qi = 0; qi < QUANTILES.length; qi++) {
            f.put(QUANTILE_NAMES[qi], quantile(sorted, QUANTILES[qi] * 100.0 / 100));
        }
        put(f, "maximum", max);
        put(f, "minimum", min);
        int c0 = 0, c1 = 0, cInf = 0, cNegInf = 0, inRange = 0;
        for (double v : x) {
            if (v == 0) c0++;
            if (v == 1) c1++;
            if (v == Double.POSITIVE_INFINITY) cInf++;
            if (v == Double.NEGATIVE_INFINITY) cNegInf++;
            if (v >= -1 && v < 1) inRange++;
        }
        put(f, "value_count__value_0", c0);
        put(f, "value_count__value_1", c1);
        put(f, "value_count__value_nan", 0);
        put(f, "value_count__value_inf", cInf);
        put(f, "value_count__value_-inf", cNegInf);
        put(f, "range_count__max_1__min_-1", inRange);
        if (full) {
            put(f, "sample_entropy", Entropies.sample(x, std));
            double[] apen = Entropies.approximate(x, std, APEN_R);
            for (int i = 0; i < APEN_R.length; i++) {
                put(f, "approximate_entropy__m_2__r_" + Py2FloatText.str(APEN_R[i]), apen[i]);
            }
        }
        return orderById(f);
    }

    private static Map<String, Double> orderById(Map<String, Double> f) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (FeatureIds.Feature feat : FeatureIds.all()) {
            Double v = f.get(feat.tsfreshName());
            if (v != null) out.put(feat.tsfreshName(), v);
        }
        if (out.size() != f.size()) throw new IllegalStateException("feature name not in TSFRESH_FEATURES");
        return out;
    }

    private static void put(Map<String, Double> f, String name, double v) {
        f.put("value__" + name, v);
    }

    private static double bool(boolean b) {
        return b ? 1.0 : 0.0;
    }

    static double median(double[] x) {
        int n = x.length;
        if (n == 0) return Double.NaN;
        double[] s = x.clone();
        Arrays.sort(s);
        return medianOfSorted(s);
    }

    static double medianOfSorted(double[] s) {
        int n = s.length;
        if (n == 0) return Double.NaN;
        if (n % 2 == 1) return s[n / 2];
        return (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** Runs of equal values in sorted data (0.0 and -0.0 are one value, as in pandas and Python sets). */
    private static final class ValueCounts {
        int distinct;
        int distinctRepeated;
        long pointsRepeated;
        double sumRepeated;

        ValueCounts(double[] sorted) {
            int n = sorted.length;
            int i = 0;
            while (i < n) {
                int j = i + 1;
                while (j < n && sorted[j] == sorted[i]) j++;
                int c = j - i;
                distinct++;
                if (c > 1) {
                    distinctRepeated++;
                    pointsRepeated += c;
                    sumRepeated += (sorted[i] == 0 ? 0.0 : sorted[i]) * c;
                }
                i = j;
            }
        }
    }

    private static void reoccurring(Map<String, Double> f, double[] x, ValueCounts counts) {
        int n = x.length;
        put(f, "percentage_of_reoccurring_datapoints_to_all_datapoints",
                counts.distinct == 0 ? Double.NaN : counts.distinctRepeated / (double) counts.distinct);
        put(f, "percentage_of_reoccurring_values_to_all_values", n == 0 ? Double.NaN : 1.0 * counts.pointsRepeated / n);
        put(f, "sum_of_reoccurring_values", counts.sumRepeated);
    }

    /** Values greater than their n neighbours on both sides, for positions n .. len-n-1. */
    static int numberPeaks(double[] x, int n) {
        int count = 0;
        for (int i = n; i < x.length - n; i++) {
            boolean peak = true;
            for (int j = 1; j <= n && peak; j++) peak = x[i] > x[i - j] && x[i] > x[i + j];
            if (peak) count++;
        }
        return count;
    }

    static final int FFT_AUTOCORRELATION_MIN = 128;

    /** tsfresh's mean_autocorrelation: np.correlate lags 1..n-1, each divided by its lag (sic), over var. */
    static double meanAutocorrelation(double[] x, double mean, double var) {
        int n = x.length;
        if (Math.abs(var) < 1e-10 || n == 1) return 0;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = x[i] - mean;
        double[] terms = new double[n - 1];
        int valid = 0;
        // long series: all lag sums at once through the power spectrum (O(n log n)); each sum then carries an
        // absolute error of a few ulps of sum(d^2) times log n, far inside 1e-9 of the averaged result
        double[] fftSums = n >= FFT_AUTOCORRELATION_MIN ? Fft.autocorrelationSums(d) : null;
        for (int j = 0; j < n - 1; j++) {
            int lag = n - 1 - j;
            double s = fftSums != null ? fftSums[lag] : NumpySums.sumProducts(d, d, 0, lag, n - lag);
            double v = (s / lag) / var;
            terms[j] = v;
        }
        // nanmean: NaN terms excluded from both sum and count
        double[] kept = new double[n - 1];
        for (double v : terms) if (!Double.isNaN(v)) kept[valid++] = v;
        return NumpySums.sum(kept, 0, valid) / valid;
    }

    static int longestRun(double[] x, double mean, boolean above) {
        int best = 0, cur = 0;
        for (double v : x) {
            boolean in = above ? v >= mean : v <= mean;
            cur = in ? cur + 1 : 0;
            if (cur > best) best = cur;
        }
        return best;
    }

    /** Real parts of numpy's rfft of the first min(n, 18) values (bit-exact port); bins past the rfft are 0. */
    private static void fftCoefficients(Map<String, Double> f, double[] x) {
        int m = Math.min(x.length, 18);
        double[] re = m == 0 ? new double[0] : NumpyRealFft.realParts(x, m);
        for (int q = 0; q < 10; q++) f.put(FFT_NAMES[q], q < re.length ? re[q] : 0.0);
    }

    private static void indexMassQuantile(Map<String, Double> f, double[] x) {
        int n = x.length;
        double s = 0;
        for (double v : x) s += Math.abs(v);
        double[] mass = new double[n];
        double cum = 0;
        for (int i = 0; i < n; i++) {
            cum += Math.abs(x[i]);
            mass[i] = cum * 1.0 / s;
        }
        for (int qi = 0; qi < QUANTILES.length; qi++) {
            double q = QUANTILES[qi];
            double v;
            if (s == 0) {
                v = Double.NaN;
            } else {
                int idx = 0;
                for (int i = 0; i < n; i++) {
                    if (mass[i] >= q) {
                        idx = i;
                        break;
                    }
                }
                v = (idx + 1) / (double) n;
            }
            f.put(INDEX_MASS_NAMES[qi], v);
        }
    }

    /** numpy 1.22+ linear quantile of sorted data: virtual index (n-1) q, lerp from the nearer end. */
    static double quantile(double[] sorted, double q) {
        int n = sorted.length;
        if (n == 0) return Double.NaN;
        double virtual = (n - 1) * q;
        double prevD = Math.floor(virtual);
        int prev = (int) prevD;
        int next = prev + 1;
        if (prev < 0) prev = 0;
        if (prev > n - 1) prev = n - 1;
        if (next > n - 1) next = n - 1;
        double gamma = virtual - prevD;
        double a = sorted[prev], b = sorted[next];
        double diff = b - a;
        if (gamma >= 0.5) return b - diff * (1 - gamma);
        return a + diff * gamma;
    }

    /**
     * pd.qcut(x, [ql, qh], labels=False) == 0 marks the corridor (bins via numpy's searchsorted, even when
     * the edges are equal or reversed), then the mean |change| between consecutive corridor points.
     */
    static double meanAbsChangeQuantiles(double[] x, double[] sorted, double[] absDiff, double ql, double qh) {
        return meanAbsChangeQuantiles(x, sorted, absDiff, ql, qh, new boolean[x.length], new double[x.length]);
    }

    /** Same, with caller-provided scratch arrays of length n (the 25 parameter pairs share them). */
    static double meanAbsChangeQuantiles(double[] x, double[] sorted, double[] absDiff, double ql, double qh,
            boolean[] in, double[] picked) {
        int n = x.length;
        if (n == 0) return 0;
        double b0 = quantile(sorted, ql), b1 = quantile(sorted, qh);
        int count = 0;
        if (b0 <= b1) {
            // searchsorted-left gives 1 exactly for b0 < x <= b1; include_lowest adds x == b0: one pass picks
            // the changes between consecutive corridor points
            boolean prev = x[0] >= b0 && x[0] <= b1;
            for (int i = 1; i < n; i++) {
                double v = x[i];
                boolean cur = v >= b0 && v <= b1;
                if (cur && prev) picked[count++] = absDiff[i - 1];
                prev = cur;
            }
        } else {
            NumpySearch.searchsortedLeftIsOne(b0, b1, x, in);
            for (int i = 0; i < n; i++) in[i] |= x[i] == b0;
            for (int i = 1; i < n; i++) if (in[i] && in[i - 1]) picked[count++] = absDiff[i - 1];
        }
        if (count == 0) return 0;
        return NumpySums.sum(picked, 0, count) / count;
    }

    static double timeReversal(double[] x, int lag) {
        int n = x.length;
        if (2 * lag > n) return 0;
        if (2 * lag == n) return x[n - 1] * x[n - 1] * x[0] - x[lag - 1] * x[0] * x[0];
        double[] t = new double[n - 2 * lag];
        for (int i = 0; i < t.length; i++) {
            double a = x[i + 2 * lag], b = x[i + lag];
            t[i] = a * a * x[i] - b * x[i] * x[i];
        }
        return NumpySums.mean(t);
    }

    /** pandas Series.autocorr(lag): np.corrcoef of x[lag:] and x[:n-lag]. */
    static double autocorrelation(double[] x, int lag) {
        int n = x.length;
        int m = n - lag;
        if (m <= 0) return Double.NaN;
        double[] a = Arrays.copyOfRange(x, lag, n);
        double[] b = Arrays.copyOfRange(x, 0, m);
        double ma = NumpySums.mean(a), mb = NumpySums.mean(b);
        double saa = 0, sbb = 0, sab = 0;
        for (int i = 0; i < m; i++) {
            double da = a[i] - ma, db = b[i] - mb;
            saa += da * da;
            sbb += db * db;
            sab += da * db;
        }
        double fact = 1.0 / (m - 1);
        double caa = saa * fact, cbb = sbb * fact, cab = sab * fact;
        double r = cab / Math.sqrt(caa) / Math.sqrt(cbb);
        if (r > 1) r = 1;
        if (r < -1) r = -1;
        return r;
    }
}
