package org.skyline.common.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The numpy-way OLS on the system BLAS/LAPACK against the bundled reference LAPACK and known answers. */
class LapackPinvTest {

    @Test
    void systemLibrariesAreLoaded() {
        assertTrue(SystemLapack.available(), "libblas.so.3 / liblapack.so.3 should load (libopenblas0-pthread)");
    }

    @Test
    void exactLineIsRecoveredWithFullRankAndZeroResidual() {
        // y = 3 + 2 t on t = 0..9: both backends give the coefficients to the last few bits
        double[] t = new double[10], ones = new double[10], y = new double[10];
        for (int i = 0; i < 10; i++) {
            t[i] = i;
            ones[i] = 1;
            y[i] = 3 + 2 * i;
        }
        for (LapackPinv.Fit f : new LapackPinv.Fit[] {
                LapackPinv.fit(y, new double[][] {ones, t}), LapackPinv.fitReference(y, new double[][] {ones, t})}) {
            assertEquals(3.0, f.params()[0], 1e-13);
            assertEquals(2.0, f.params()[1], 1e-14);
            assertEquals(2, f.rank());
            assertTrue(f.ssrSum() < 1e-24 && f.ssrDot() < 1e-24, "residual " + f.ssrSum());
        }
    }

    @Test
    void duplicatedColumnLowersTheRankAndSplitsTheCoefficient() {
        // minimum-norm solution: the weight of a duplicated column is shared equally between the copies
        Random rnd = new Random(7);
        int m = 200;
        double[] ones = new double[m], x = new double[m], y = new double[m];
        for (int i = 0; i < m; i++) {
            ones[i] = 1;
            x[i] = rnd.nextGaussian();
            y[i] = 1.5 + 4 * x[i];
        }
        LapackPinv.Fit f = LapackPinv.fit(y, new double[][] {ones, x, x.clone()});
        assertEquals(2, f.rank());
        assertEquals(1.5, f.params()[0], 1e-12);
        assertEquals(2.0, f.params()[1], 1e-12);
        assertEquals(2.0, f.params()[2], 1e-12);
    }

    @Test
    void bothBackendsAgreeOnAWellConditionedDesign() {
        Random rnd = new Random(11);
        int m = 500, n = 6;
        double[][] cols = new double[n][m];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            cols[0][i] = 1;
            for (int j = 1; j < n; j++) cols[j][i] = rnd.nextGaussian() * j;
            y[i] = rnd.nextGaussian();
        }
        LapackPinv.Fit a = LapackPinv.fit(y, cols), b = LapackPinv.fitReference(y, cols);
        for (int j = 0; j < n; j++) {
            assertEquals(b.params()[j], a.params()[j], 1e-12 * Math.max(1, Math.abs(b.params()[j])));
            assertEquals(b.normalizedCovDiag()[j], a.normalizedCovDiag()[j], 1e-12 * b.normalizedCovDiag()[j]);
        }
        assertEquals(b.ssrSum(), a.ssrSum(), 1e-10 * b.ssrSum());
        assertEquals(a.ssrSum(), a.ssrDot(), 1e-10 * a.ssrSum());
        assertEquals(n, a.rank());
    }
}
