package org.skyline.common.features;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * Per-calculator thread-CPU timing on the bench's 1,440-point series (a profiling aid, run by hand:
 * {@code java -cp ... org.skyline.common.features.FeaturesComponentProfile}). Prints microseconds per series.
 */
public final class FeaturesComponentProfile {
    public static void main(String[] args) throws java.io.IOException {
        // optional second argument: the id prefix of a visible golden-corpus series to profile instead
        double[][] series = args.length > 1 && args[1].startsWith("v-") ? corpusSeries(args[1])
                : FeaturesBench.benchSeries();
        for (int i = 0; i < series.length; i++) series[i] = FeatureExtractor.inputValues(series[i]);
        Map<String, ToDoubleFunction<double[]>> parts = new LinkedHashMap<>();
        parts.put("all production (TsfreshFeatures.compute)", x -> TsfreshFeatures.compute(x, false).size());
        parts.put("input round trip", x -> FeatureExtractor.inputValues(x)[0]);
        parts.put("csv round-trip sum", x -> FeaturesProfileCalculation.csvRoundTripSum(TsfreshFeatures.compute(x, false)));
        parts.put("adf", StatsmodelsRegressions::adfStatistic);
        parts.put("qr fit 1415x26", x -> PinvOls.fit(Arrays.copyOfRange(x, 26, 1440), design(x, 26), false).params[0]);
        parts.put("nested aics 1415x26", x -> PinvOls.nestedAics(Arrays.copyOfRange(x, 26, 1440), design(x, 26), 2, 26)[0]);
        parts.put("ar", x -> StatsmodelsRegressions.arParams(x, 10)[0]);
        parts.put("numpy-route fit 1430x11", x -> PinvOls.fitLapack(Arrays.copyOfRange(x, 10, 1440), arDesign(x)).params[0]);
        parts.put("numpy-route fit 1415x26", x -> PinvOls.fitLapack(Arrays.copyOfRange(x, 26, 1440), design(x, 26)).params[0]);
        parts.put("mean_autocorrelation", x -> TsfreshFeatures.meanAutocorrelation(x, NumpySums.mean(x), NumpySums.var(x)));
        parts.put("cwt rows 1..5", x -> {
            double s = 0;
            for (int w = 1; w <= 5; w++) s += RickerCwt.row(x, w, x.length)[0];
            return s;
        });
        parts.put("cwt rows + peaks", x -> {
            double[][] rows = new double[5][];
            for (int w = 1; w <= 5; w++) rows[w - 1] = RickerCwt.row(x, w, x.length);
            double[] cache = new double[x.length];
            java.util.Arrays.fill(cache, Double.NaN);
            return CwtPeaks.count(rows, 1, cache) + CwtPeaks.count(rows, 5, cache);
        });
        parts.put("cwt coeffs", x -> {
            double s = 0;
            for (int w : TsfreshFeatures.CWT_WIDTHS) s += RickerCwt.row(x, w, 15)[0];
            return s;
        });
        parts.put("welch", x -> SpectralFeatures.welch(x, new int[] {2, 5, 8})[0]);
        parts.put("fft", x -> NumpyRealFft.realParts(x, Math.min(x.length, 18))[3]);
        parts.put("binned entropy", x -> Entropies.binned(x, 10));
        parts.put("sort+median", x -> TsfreshFeatures.median(x));
        parts.put("autocorrelation 0..9", x -> {
            double s = 0;
            for (int l = 0; l < 10; l++) s += TsfreshFeatures.autocorrelation(x, l);
            return s;
        });
        parts.put("skew+kurt", x -> PandasMoments.skew(x) + PandasMoments.kurt(x));
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        if (args.length > 1 && args[1].equals("production-only")) {
            // for a sampling profiler: nothing but the production path
            double[][] raw = FeaturesBench.benchSeries();
            double acc = 0;
            for (int i = 0; i < reps; i++) acc += FeaturesProfileCalculation.production(raw[i % raw.length]).featuresSum();
            System.out.println("checksum " + acc);
            return;
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double sink = 0;
        for (Map.Entry<String, ToDoubleFunction<double[]>> p : parts.entrySet()) {
            for (int i = 0; i < reps; i++) sink += p.getValue().applyAsDouble(series[i % series.length]);
            long c0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < reps; i++) sink += p.getValue().applyAsDouble(series[i % series.length]);
            long c1 = mx.getCurrentThreadCpuTime();
            System.out.println(String.format(Locale.ROOT, "%8.1f us  %s", (c1 - c0) / 1e3 / reps, p.getKey()));
        }
        System.out.println("checksum " + sink);
    }

    private static double[][] corpusSeries(String idPrefix) throws java.io.IOException {
        for (com.fasterxml.jackson.databind.JsonNode s : GoldenCorpus.series(GoldenCorpus.visible())) {
            if (s.get("id").asText().startsWith(idPrefix)) return new double[][] {GoldenCorpus.rawValues(s)};
        }
        throw new IllegalArgumentException("no visible series " + idPrefix);
    }

    /** AR(10)'s 1430 x 11 design: constant and ten lags */
    private static double[][] arDesign(double[] x) {
        int rows = x.length - 10;
        double[][] c = new double[11][rows];
        Arrays.fill(c[0], 1.0);
        for (int j = 1; j <= 10; j++) for (int t = 0; t < rows; t++) c[j][t] = x[10 + t - j];
        return c;
    }

    /** a 1415 x k design like ADF's: constant, level, lagged values */
    private static double[][] design(double[] x, int k) {
        int rows = x.length - 26;
        double[][] c = new double[k][rows];
        Arrays.fill(c[0], 1.0);
        for (int j = 1; j < k; j++) for (int t = 0; t < rows; t++) c[j][t] = x[26 + t - j] - (j > 1 ? x[25 + t - j] : 0);
        return c;
    }

    private FeaturesComponentProfile() {}
}
