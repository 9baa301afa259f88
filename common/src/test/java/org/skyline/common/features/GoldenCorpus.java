package org.skyline.common.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.skyline.testkit.SharedData;

/** Test access to a corpus in the {@code skyline-tsfresh-golden/1} schema. */
final class GoldenCorpus {
    static JsonNode load(Path p) throws IOException {
        try (InputStream in = p.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(p)) : Files.newInputStream(p)) {
            return new ObjectMapper().readTree(in);
        }
    }

    static JsonNode visible() throws IOException {
        return load(SharedData.testdata("tsfresh/golden-features-visible.json"));
    }

    static double num(JsonNode n) {
        if (n.isTextual()) {
            switch (n.asText()) {
                case "NaN": return Double.NaN;
                case "Infinity": return Double.POSITIVE_INFINITY;
                case "-Infinity": return Double.NEGATIVE_INFINITY;
                default: return Double.parseDouble(n.asText());
            }
        }
        return n.asDouble();
    }

    static double[] rawValues(JsonNode series) {
        JsonNode ts = series.get("timeseries");
        double[] v = new double[ts.size()];
        for (int i = 0; i < v.length; i++) v[i] = ts.get(i).get(1).asDouble();
        return v;
    }

    static boolean close(double expected, double actual, double rel) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) return Double.isNaN(expected) && Double.isNaN(actual);
        if (Double.isInfinite(expected) || Double.isInfinite(actual)) return expected == actual;
        if (expected == actual) return true;
        return Math.abs(expected - actual) <= rel * Math.max(Math.abs(expected), Math.abs(actual));
    }

    /** Outcome of judging one value: {@code rule} says which rule decided it ("1e-9", "sensitive",
     * "sensitive-skip" or "FAIL"), {@code tolerance} the relative difference that rule accepts. */
    record Verdict(boolean passed, String rule, double tolerance) {}

    /**
     * The corpus README's judging rule for one feature of one series: within 1e-9 relative (NaN = NaN,
     * infinities by sign); a feature listed in the series' {@code sensitive_features} also passes when it
     * matches one of the probe values within 1e-9 or lies within {@code max_rel_diff} of the golden value,
     * and is skipped when {@code max_rel_diff} is Infinity.
     */
    static Verdict judge(JsonNode series, String name, double expected, double actual) {
        if (close(expected, actual, 1e-9)) return new Verdict(true, "1e-9", 1e-9);
        JsonNode sens = series.get("sensitive_features").get(name);
        if (sens != null) {
            double maxRel = num(sens.get("max_rel_diff"));
            if (Double.isInfinite(maxRel)) return new Verdict(true, "sensitive-skip", maxRel);
            for (String probe : new String[] {"parse_correctly_rounded", "ulp_up"}) {
                if (sens.has(probe) && close(num(sens.get(probe)), actual, 1e-9)) {
                    return new Verdict(true, "sensitive", maxRel);
                }
            }
            if (close(expected, actual, maxRel)) return new Verdict(true, "sensitive", maxRel);
        }
        return new Verdict(false, "FAIL", 1e-9);
    }

    /** Relative difference as the corpus defines max_rel_diff (|a-b| / max(|a|,|b|); Infinity for NaN vs number). */
    static double relDiff(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) return Double.isNaN(a) && Double.isNaN(b) ? 0 : Double.POSITIVE_INFINITY;
        if (a == b) return 0;
        return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
    }

    static List<JsonNode> series(JsonNode corpus) {
        List<JsonNode> out = new ArrayList<>();
        corpus.get("series").forEach(out::add);
        return out;
    }
}
