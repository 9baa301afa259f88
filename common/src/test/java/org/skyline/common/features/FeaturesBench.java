package org.skyline.common.features;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Random;

/**
 * bench/features: single-thread throughput of the production (210) and full (216) feature paths on
 * 1,440-point series, including the text round trip and (production) the 12-digit features_sum. Prints one
 * JSON line. The headline rates use the thread's CPU time, because the build machine is shared and heavily
 * loaded; wall-clock rates are reported beside them.
 */
public final class FeaturesBench {
    static final int N = 1440;
    static final int BATCHES = 5;

    /** 32 deterministic 1,440-point series: level, daily sine, noise and periodic spikes. */
    static double[][] benchSeries() {
        double[][] series = new double[32][];
        Random rnd = new Random(20161226);
        for (int s = 0; s < series.length; s++) {
            double[] v = new double[N];
            double level = 100 * (s + 1);
            for (int i = 0; i < N; i++) {
                v[i] = level + 30 * Math.sin(2 * Math.PI * i / 1440.0) + 5 * rnd.nextGaussian()
                        + ((i % 97 == 0) ? 100 : 0);
            }
            series[s] = v;
        }
        return series;
    }

    public static void main(String[] args) {
        int n = N;
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        double[][] series = benchSeries();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double sink = 0;
        // warm-up long enough for C2 to finish compiling the hot paths even when the one allowed compiler
        // thread competes with other processes for the CPU (a short warm-up measured interpreted/C1 code)
        for (int i = 0; i < 1500; i++) sink += FeaturesProfileCalculation.production(series[i % series.length]).featuresSum();
        for (int i = 0; i < 60; i++) sink += FeatureExtractor.extract(series[i % series.length], true).size();
        // production measured in BATCHES batches: the headline is the median batch (robust to a batch that a
        // noisy neighbour or a late deoptimisation slowed down); mean, min and max are reported beside it
        int per = Math.max(1, count / BATCHES);
        double[] batchMs = new double[BATCHES];
        long w0 = System.nanoTime(), cpuAll = 0;
        int s0 = 0;
        for (int b = 0; b < BATCHES; b++) {
            long c0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < per; i++) sink += FeaturesProfileCalculation.production(series[s0++ % series.length]).featuresSum();
            long c1 = mx.getCurrentThreadCpuTime();
            batchMs[b] = (c1 - c0) / 1e6 / per;
            cpuAll += c1 - c0;
        }
        long w1 = System.nanoTime(), c1 = mx.getCurrentThreadCpuTime();
        count = per * BATCHES;
        int fullCount = Math.max(20, count / 10);
        for (int i = 0; i < fullCount; i++) sink += FeatureExtractor.extract(series[i % series.length], true).size();
        long w2 = System.nanoTime(), c2 = mx.getCurrentThreadCpuTime();
        double[] sortedBatches = batchMs.clone();
        java.util.Arrays.sort(sortedBatches);
        double prodCpu = sortedBatches[BATCHES / 2], prodMean = cpuAll / 1e6 / count;
        double fullCpu = (c2 - c1) / 1e6 / fullCount;
        double prodWall = (w1 - w0) / 1e6 / count, fullWall = (w2 - w1) / 1e6 / fullCount;
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.println(String.format(Locale.ROOT,
                "{\"production_series_per_s\": %.1f, \"full_series_per_s\": %.1f, "
                        + "\"production_ms_per_series\": %.3f, \"full_ms_per_series\": %.3f, \"clock\": \"thread_cpu\", "
                        + "\"wall_production_series_per_s\": %.1f, \"wall_full_series_per_s\": %.1f, "
                        + "\"points_per_series\": %d, \"threads\": 1, \"production_series_measured\": %d, "
                        + "\"full_series_measured\": %d, \"production_ms_batch_median\": %.3f, "
                        + "\"production_ms_mean\": %.3f, \"production_ms_batch_min\": %.3f, "
                        + "\"production_ms_batch_max\": %.3f, \"load_average\": %.2f, \"checksum\": %.6g}",
                1000 / prodCpu, 1000 / fullCpu, prodCpu, fullCpu, 1000 / prodWall, 1000 / fullWall,
                n, count, fullCount, prodCpu, prodMean, sortedBatches[0], sortedBatches[BATCHES - 1], load, sink));
    }
}
