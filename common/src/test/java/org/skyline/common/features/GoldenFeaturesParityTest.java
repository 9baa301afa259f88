package org.skyline.common.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyline.common.cli.FeaturesCommand;
import org.skyline.testkit.SharedData;
import picocli.CommandLine;

/**
 * {@code skyline features} on a golden corpus, judged by the corpus README's rule and nothing else (nothing is
 * keyed by series id, so any corpus of the schema can be dropped in via
 * {@code -Dfeatures.corpus=/path/corpus.json[.gz]}):
 * <ul>
 *   <li>every feature within 1e-9 relative (NaN = NaN, infinities by sign); a feature listed in the series'
 *       {@code sensitive_features} also passes when it matches a probe value within 1e-9 or lies within
 *       {@code max_rel_diff} of the golden value, and is skipped when {@code max_rel_diff} is Infinity;</li>
 *   <li>{@code production.features_sum} within 1e-9 relative, always: a profile match depends on it.</li>
 * </ul>
 * The ill-conditioned least-squares fits (AR coefficients, ADF on large offsets or few points) reproduce
 * numpy's own rounding only through the system OpenBLAS the corpus was computed with ({@link SystemLapack}),
 * so the test insists that library is in use. Every value not within plain 1e-9 is printed in a table.
 */
class GoldenFeaturesParityTest {

    @Test
    void featuresCommandReproducesTheGoldenCorpus(@TempDir Path tmp) throws Exception {
        assertTrue(SystemLapack.available(), "the system libblas.so.3/liblapack.so.3 (OpenBLAS) are not usable: "
                + "install libopenblas0-pthread (bin/lib/services.sh does)");
        String override = System.getProperty("features.corpus");
        Path golden = override != null && !override.isBlank()
                ? Path.of(override) : SharedData.testdata("tsfresh/golden-features-visible.json");
        Path out = tmp.resolve("ours.json.gz");
        int rc = new CommandLine(new FeaturesCommand()).execute("--in", golden.toString(), "--out", out.toString());
        assertEquals(0, rc);
        JsonNode expected = GoldenCorpus.load(golden);
        JsonNode ours = GoldenCorpus.load(out);
        List<JsonNode> es = GoldenCorpus.series(expected), os = GoldenCorpus.series(ours);
        assertEquals(es.size(), os.size());
        List<String[]> table = new ArrayList<>();
        int checked = 0, failures = 0;
        for (int i = 0; i < es.size(); i++) {
            JsonNode e = es.get(i), o = os.get(i);
            String id = e.get("id").asText();
            assertEquals(216, o.get("features_count").asInt());
            assertEquals(210, o.get("production").get("features_count").asInt());
            List<String> ourNames = new ArrayList<>();
            o.get("features").fieldNames().forEachRemaining(ourNames::add);
            List<String> theirNames = new ArrayList<>();
            e.get("features").fieldNames().forEachRemaining(theirNames::add);
            assertEquals(theirNames, ourNames, "feature names and order of " + id);
            for (Iterator<Map.Entry<String, JsonNode>> it = e.get("features").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                String name = f.getKey();
                double want = GoldenCorpus.num(f.getValue());
                double got = GoldenCorpus.num(o.get("features").get(name));
                GoldenCorpus.Verdict v = GoldenCorpus.judge(e, name, want, got);
                checked++;
                if (!v.passed()) failures++;
                if (!v.rule().equals("1e-9")) table.add(row(id, name, want, got, v.rule(), v.tolerance()));
            }
            double eSum = GoldenCorpus.num(e.get("production").get("features_sum"));
            double oSum = GoldenCorpus.num(o.get("production").get("features_sum"));
            if (!GoldenCorpus.close(eSum, oSum, 1e-9)) {
                failures++;
                table.add(row(id, "production.features_sum", eSum, oSum, "FAIL", 1e-9));
            }
        }
        printTable(table);
        System.out.println("checked " + checked + " feature values and " + es.size() + " production sums; "
                + table.size() + " outside plain 1e-9, " + failures + " failing the README rule");
        assertEquals(0, failures, "values failing the README rule (see the table above)");
        assertTrue(Files.size(out) > 0);
    }

    private static String[] row(String id, String name, double want, double got, String rule, double tol) {
        return new String[] {rule, id, name.replaceFirst("^value__", ""), fmt(want), fmt(got),
                String.format(Locale.ROOT, "%.2e", GoldenCorpus.relDiff(want, got)),
                String.format(Locale.ROOT, "%.2e", tol)};
    }

    private static String fmt(double v) {
        return Double.toString(v);
    }

    private static void printTable(List<String[]> rows) {
        String[] head = {"verdict", "series", "feature", "golden", "ours", "rel_diff", "rel_tolerance"};
        int[] w = new int[head.length];
        for (int c = 0; c < w.length; c++) w[c] = head[c].length();
        for (String[] r : rows) for (int c = 0; c < w.length; c++) w[c] = Math.max(w[c], r[c].length());
        StringBuilder sb = new StringBuilder("values outside plain 1e-9 relative:\n");
        appendRow(sb, head, w);
        for (String[] r : rows) appendRow(sb, r, w);
        System.out.print(sb);
    }

    private static void appendRow(StringBuilder sb, String[] r, int[] w) {
        for (int c = 0; c < r.length; c++) {
            sb.append(c == 0 ? "| " : " | ").append(r[c]).append(" ".repeat(w[c] - r[c].length()));
        }
        sb.append(" |\n");
    }
}
