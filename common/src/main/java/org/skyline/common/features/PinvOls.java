package org.skyline.common.features;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * statsmodels 0.8 {@code OLS(y, X).fit()} with its default {@code method="pinv"}: the minimum-norm least
 * squares solution through the SVD pseudo-inverse (numpy {@code pinv}, rcond 1e-15), the rank test of
 * {@code np_matrix_rank(diag(s))}, and the quantities {@code adfuller} and {@code AR} read from the fit.
 *
 * <p>To stay fast on 1,440 x 26 designs the SVD is taken of the small triangular factor R of a Householder
 * QR (X = QR, so X and R share singular values and right singular vectors); this is the same pseudo-inverse
 * up to rounding.
 */
final class PinvOls {
    final double[] params;
    final int rank;
    final int nobs;
    /** residual sum of squares as {@code np.sum(resid**2)} (the log-likelihood's) */
    final double ssr;
    /** the same as {@code np.dot(resid, resid)} (the scale's); equal to {@link #ssr} outside LAPACK fits */
    double ssrDot;
    /** diagonal of pinv(X) pinv(X)^T, i.e. statsmodels' normalized_cov_params diagonal */
    final double[] normalizedCovDiag;
    /** whether pinv's rcond cutoff dropped a singular value */
    boolean truncated;
    /** 2-norm condition number of the design (largest / smallest singular value) */
    double cond = Double.NaN;

    private PinvOls(double[] params, int rank, int nobs, double ssr, double[] covDiag) {
        this.params = params;
        this.rank = rank;
        this.nobs = nobs;
        this.ssr = ssr;
        this.ssrDot = ssr;
        this.normalizedCovDiag = covDiag;
    }

    /**
     * Fits y on the columns of X (X given column-major: x[col][row]) by Householder QR.
     *
     * @param compensated use twice-working-precision dot products in the reflections: needed where exact
     *     cancellation must come out exactly (identical columns of large values), slower
     */
    static PinvOls fit(double[] y, double[][] xCols, boolean compensated) {
        int m = y.length, k = xCols.length;
        // Householder QR on a copy (column-major), applied to y as well.
        double[][] a = new double[k][];
        for (int j = 0; j < k; j++) a[j] = xCols[j].clone();
        double[] qty = y.clone();
        int steps = Math.min(m, k);
        double[][] r = new double[k][k]; // r[row][col], upper triangle
        for (int j = 0; j < steps; j++) {
            double[] col = a[j];
            double scale = 0;
            for (int i = j; i < m; i++) scale = Math.max(scale, Math.abs(col[i]));
            if (scale == 0) {
                r[j][j] = 0;
                for (int c = j + 1; c < k; c++) r[j][c] = a[c][j];
                continue;
            }
            double norm = Math.sqrt(sumOfSquares(col, j, m, compensated));
            double alpha = col[j] > 0 ? -norm : norm;
            // v = col[j:] - alpha e1, stored in col[j:]
            col[j] -= alpha;
            double vnorm2 = sumOfSquares(col, j, m, compensated);
            r[j][j] = alpha;
            if (vnorm2 == 0) {
                for (int c = j + 1; c < k; c++) r[j][c] = a[c][j];
                continue;
            }
            if (compensated) {
                for (int c = j + 1; c < k; c++) {
                    double[] other = a[c];
                    double f = 2 * dot2(col, other, j, m) / vnorm2;
                    for (int i = j; i < m; i++) other[i] -= f * col[i];
                    r[j][c] = other[j];
                }
                double f = 2 * dot2(col, qty, j, m) / vnorm2;
                for (int i = j; i < m; i++) qty[i] -= f * col[i];
            } else {
                double[][] targets = new double[k - j][];
                System.arraycopy(a, j + 1, targets, 0, k - j - 1);
                targets[k - j - 1] = qty;
                reflect(col, targets, j, m, vnorm2);
                for (int c = j + 1; c < k; c++) r[j][c] = a[c][j];
            }
        }
        if (m >= k) {
            PinvOls tri = triangularSolve(r, qty, y, xCols, k, m);
            if (tri != null) return tri;
        }
        int rr = steps; // R is rr x k
        double[][] rTop = new double[rr][k];
        for (int i = 0; i < rr; i++) System.arraycopy(r[i], 0, rTop[i], 0, k);
        RealMatrix rm = new Array2DRowRealMatrix(rTop, false);
        boolean wide = rr < k;
        SingularValueDecomposition svd = new SingularValueDecomposition(wide ? rm.transpose() : rm);
        double[] s = svd.getSingularValues();
        // R = U S V^T (or R^T = U' S V'^T when wide -> R = V' S U'^T)
        RealMatrix u = wide ? svd.getV() : svd.getU();
        RealMatrix v = wide ? svd.getU() : svd.getV();
        double smax = 0;
        for (double sv : s) smax = Math.max(smax, sv);
        double cutoff = 1e-15 * smax;
        double rankTol = smax * s.length * 0x1.0p-52;
        int rank = 0;
        for (double sv : s) if (sv > rankTol) rank++;
        double[] qtyTop = new double[rr];
        System.arraycopy(qty, 0, qtyTop, 0, rr);
        // params = V S^+ U^T (Q^T y)[0:rr]
        int ns = s.length;
        double[] w = new double[ns];
        for (int c = 0; c < ns; c++) {
            if (!(s[c] > cutoff)) continue;
            double d = 0;
            for (int i = 0; i < rr; i++) d += u.getEntry(i, c) * qtyTop[i];
            w[c] = d / s[c];
        }
        double[] params = new double[k];
        double[] covDiag = new double[k];
        for (int j = 0; j < k; j++) {
            double p = 0, cd = 0;
            for (int c = 0; c < ns; c++) {
                if (!(s[c] > cutoff)) continue;
                double vjc = v.getEntry(j, c);
                p += vjc * w[c];
                double t = vjc / s[c];
                cd += t * t;
            }
            params[j] = p;
            covDiag[j] = cd;
        }
        // residuals computed directly, as statsmodels does (y - X b)
        double[] resid = squaredResiduals(y, xCols, params);
        double ssr = NumpySums.sum(resid);
        PinvOls out = new PinvOls(params, rank, m, ssr, covDiag);
        double smin = Double.POSITIVE_INFINITY;
        for (double sv : s) {
            if (!(sv > cutoff)) out.truncated = true;
            smin = Math.min(smin, sv);
        }
        out.cond = s.length < k ? Double.POSITIVE_INFINITY : smax / smin;
        return out;
    }

    /**
     * The fit as numpy would return it. Well-conditioned designs: our accurate QR (agrees with numpy far
     * below 1e-9, and is fast). Ill-conditioned designs: LAPACK dgesdd like numpy, since its rounding is what
     * the reference values carry there. Exactly degenerate designs (an all-zero column or two identical
     * columns): the QR, whose zero singular values come out as cleanly as numpy's do for a constant AR
     * design, unless {@code degenerateViaLapack} (ADF on an exactly linear series, where numpy's residual
     * noise decides the statistic).
     */
    static PinvOls fitLikeNumpy(double[] y, double[][] xCols, boolean degenerateViaLapack) {
        boolean degenerate = exactlyDegenerate(xCols);
        if (degenerate && degenerateViaLapack) return fitLapack(y, xCols);
        PinvOls qr = fit(y, xCols, degenerate);
        if (degenerate || !(qr.cond > ILL_CONDITIONED)) return qr;
        return fitLapack(y, xCols);
    }

    /** The coefficients only, chosen like {@link #fitLikeNumpy} without {@code degenerateViaLapack} (AR). */
    static double[] paramsLikeNumpy(double[] y, double[][] xCols) {
        boolean degenerate = exactlyDegenerate(xCols);
        // an exactly degenerate design (a constant series' identical lag columns): numpy's SVD may keep a
        // rounding-noise singular value just above its cutoff, and then the coefficients are numpy's own
        if (degenerate && SystemLapack.available()) return LapackPinv.fit(y, xCols, true).params();
        PinvOls qr = fit(y, xCols, degenerate);
        if (degenerate || !(qr.cond > ILL_CONDITIONED)) return qr.params;
        return LapackPinv.fit(y, xCols, true).params();
    }

    /** Above this condition number our QR and LAPACK's SVD may differ by more than ~1e-10 relative. */
    static final double ILL_CONDITIONED = 1e6;

    static boolean exactlyDegenerate(double[][] cols) {
        for (int a = 0; a < cols.length; a++) {
            boolean zero = true;
            for (double v : cols[a]) if (v != 0) { zero = false; break; }
            if (zero) return true;
            for (int b = a + 1; b < cols.length; b++) if (java.util.Arrays.equals(cols[a], cols[b])) return true;
        }
        return false;
    }

    /**
     * AIC of the OLS fits on the leading {@code lag} columns for lag = from..to, all on the same rows, from a
     * single Householder QR: the residual sum of squares of a prefix fit is the squared norm of the tail of
     * Q^T y. Returns null when the design is (nearly) rank deficient or has too few rows; callers then fit
     * each prefix on its own, as statsmodels does.
     */
    static double[] nestedAics(double[] y, double[][] xCols, int from, int to) {
        NestedFactor f = nestedFactor(y, xCols, from, to);
        return f == null ? null : f.aics;
    }

    /**
     * The single QR behind {@link #nestedAics}, kept so that a later fit on a column prefix of the same design
     * with a few more leading rows can be obtained by row updates ({@link #prefixFitWithExtraRows}).
     * {@code r} and {@code qtyTop} are those of the unit-norm-scaled columns, {@code scale} the column norms.
     */
    record NestedFactor(double[] aics, double[][] r, double[] qtyTop, double[] tail, double[] scale, int rows) {}

    static NestedFactor nestedFactor(double[] y, double[][] xCols, int from, int to) {
        int m = y.length, k = to;
        if (m <= k + 1 || exactlyDegenerate(xCols)) return null;
        // columns scaled to unit norm: the fitted values (and so the SSR) do not change, and the diagonal of
        // R then measures how independent each column is of the previous ones
        double[][] a = new double[k][];
        double[] scale = new double[k];
        for (int j = 0; j < k; j++) {
            double[] c = xCols[j].clone();
            double nrm = Math.sqrt(sumOfSquares(c, 0, m, false));
            if (nrm == 0) return null;
            for (int i = 0; i < m; i++) c[i] /= nrm;
            a[j] = c;
            scale[j] = nrm;
        }
        double[] qty = y.clone();
        double[] diag = new double[k];
        double[][] r = new double[k][k];
        for (int j = 0; j < k; j++) {
            double[] col = a[j];
            double norm = Math.sqrt(sumOfSquares(col, j, m, false));
            if (norm == 0) return null;
            double alpha = col[j] > 0 ? -norm : norm;
            col[j] -= alpha;
            double vnorm2 = sumOfSquares(col, j, m, false);
            diag[j] = Math.abs(alpha);
            r[j][j] = alpha;
            double[][] targets = new double[k - j][];
            System.arraycopy(a, j + 1, targets, 0, k - j - 1);
            targets[k - j - 1] = qty;
            reflect(col, targets, j, m, vnorm2);
            for (int c = j + 1; c < k; c++) r[j][c] = a[c][j];
        }
        double maxDiag = 0;
        for (double d : diag) maxDiag = Math.max(maxDiag, d);
        for (double d : diag) if (!(d > 1e-6 * maxDiag)) return null;
        double[] tail = new double[k + 1]; // tail[j] = sum_{i >= j} qty[i]^2
        double acc = 0;
        for (int i = m - 1; i >= k; i--) acc += qty[i] * qty[i];
        tail[k] = acc;
        for (int j = k - 1; j >= 0; j--) tail[j] = tail[j + 1] + qty[j] * qty[j];
        double[] aics = new double[to - from + 1];
        for (int lag = from; lag <= to; lag++) {
            PinvOls fit = new PinvOls(null, lag, m, tail[lag], null);
            aics[lag - from] = fit.aic();
        }
        return new NestedFactor(aics, r, java.util.Arrays.copyOf(qty, k), tail, scale, m);
    }

    /**
     * The OLS fit on the first {@code p} columns of the nested design with {@code extra} more rows (given
     * unscaled, row-major {@code extraRows[i][0..p-1]} and {@code extraY[i]}), by Givens rotations of those
     * rows into the augmented triangular factor [R q; 0 sqrt(ssr)]: the same least-squares solution as a
     * fresh QR of the enlarged design, at O(extra p^2) instead of O(rows p^2). Only the quantities ADF reads
     * are produced (params, covariance diagonal, SSR, condition estimate of the unscaled R). Returns null when
     * the factor is not clearly full rank.
     */
    static PinvOls prefixFitWithExtraRows(NestedFactor f, int p, double[][] extraRows, double[] extraY) {
        int w = p + 1;
        double[][] t = new double[w][w];
        for (int i = 0; i < p; i++) {
            System.arraycopy(f.r[i], i, t[i], i, p - i);
            t[i][p] = f.qtyTop[i];
        }
        t[p][p] = Math.sqrt(f.tail[p]);
        double[] row = new double[w];
        for (int e = 0; e < extraRows.length; e++) {
            for (int j = 0; j < p; j++) row[j] = extraRows[e][j] / f.scale[j];
            row[p] = extraY[e];
            for (int j = 0; j < w; j++) {
                double b = row[j];
                if (b == 0) continue;
                double a = t[j][j];
                double h = Math.hypot(a, b);
                double c = a / h, s = b / h;
                t[j][j] = h;
                for (int q = j + 1; q < w; q++) {
                    double u = t[j][q], v = row[q];
                    t[j][q] = c * u + s * v;
                    row[q] = -s * u + c * v;
                }
            }
        }
        int nobs = f.rows + extraRows.length;
        double ssr = t[p][p] * t[p][p];
        // back substitution on the unscaled factor R D (D = column norms): params of the original columns
        double[][] r = new double[p][p];
        for (int i = 0; i < p; i++) for (int j = i; j < p; j++) r[i][j] = t[i][j] * f.scale[j];
        for (int j = 0; j < p; j++) if (r[j][j] == 0) return null;
        double[][] inv = upperInverse(r, p);
        double cond = frobeniusCondition(r, inv, p);
        if (!(cond < 1e12)) return null;
        double[] params = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double acc = t[i][p];
            for (int q = i + 1; q < p; q++) acc -= r[i][q] * params[q];
            params[i] = acc / r[i][i];
        }
        double[] covDiag = new double[p];
        for (int j = 0; j < p; j++) {
            double cd = 0;
            for (int c = j; c < p; c++) cd += inv[j][c] * inv[j][c];
            covDiag[j] = cd;
        }
        PinvOls out = new PinvOls(params, p, nobs, ssr, covDiag);
        out.cond = cond;
        return out;
    }

    /**
     * Applies the Householder reflection I - 2 v v^T / |v|^2 (v in {@code v[from:m]}) to each target column.
     * Four columns share one pass for their dot products (two fused multiply-add chains each): the dot
     * products are what bound the QR's speed, and this keeps the loads and adders busy. Plain (not
     * compensated) sums, as used for the well-conditioned designs.
     */
    private static void reflect(double[] v, double[][] cols, int from, int m, double vnorm2) {
        int nc = cols.length, c = 0;
        for (; c + 3 < nc; c += 4) {
            double[] p = cols[c], q = cols[c + 1], r = cols[c + 2], s = cols[c + 3];
            double p0 = 0, p1 = 0, q0 = 0, q1 = 0, r0 = 0, r1 = 0, s0 = 0, s1 = 0;
            int i = from;
            for (; i + 1 < m; i += 2) {
                double v0 = v[i], v1 = v[i + 1];
                p0 = Math.fma(v0, p[i], p0);
                p1 = Math.fma(v1, p[i + 1], p1);
                q0 = Math.fma(v0, q[i], q0);
                q1 = Math.fma(v1, q[i + 1], q1);
                r0 = Math.fma(v0, r[i], r0);
                r1 = Math.fma(v1, r[i + 1], r1);
                s0 = Math.fma(v0, s[i], s0);
                s1 = Math.fma(v1, s[i + 1], s1);
            }
            if (i < m) {
                double v0 = v[i];
                p0 = Math.fma(v0, p[i], p0);
                q0 = Math.fma(v0, q[i], q0);
                r0 = Math.fma(v0, r[i], r0);
                s0 = Math.fma(v0, s[i], s0);
            }
            double fp = 2 * (p0 + p1) / vnorm2, fq = 2 * (q0 + q1) / vnorm2;
            double fr = 2 * (r0 + r1) / vnorm2, fs = 2 * (s0 + s1) / vnorm2;
            for (i = from; i < m; i++) p[i] -= fp * v[i];
            for (i = from; i < m; i++) q[i] -= fq * v[i];
            for (i = from; i < m; i++) r[i] -= fr * v[i];
            for (i = from; i < m; i++) s[i] -= fs * v[i];
        }
        for (; c < nc; c++) {
            double[] p = cols[c];
            double f = 2 * dot(v, p, from, m) / vnorm2;
            for (int i = from; i < m; i++) p[i] -= f * v[i];
        }
    }

    /**
     * (y - X b)^2 elementwise. The fitted value of each row is accumulated over the columns in column order,
     * exactly as a row-by-row loop would, but column by column so the loops run along contiguous arrays.
     */
    private static double[] squaredResiduals(double[] y, double[][] xCols, double[] params) {
        int m = y.length;
        double[] fitted = new double[m];
        for (int j = 0; j < xCols.length; j++) {
            double[] col = xCols[j];
            double p = params[j];
            for (int i = 0; i < m; i++) fitted[i] += col[i] * p;
        }
        for (int i = 0; i < m; i++) {
            double e = y[i] - fitted[i];
            fitted[i] = e * e;
        }
        return fitted;
    }

    /**
     * Sum of squares: a sum of non-negative terms has no cancellation, so plain summation is accurate to a
     * few ulps; the compensated form is kept for the exactly degenerate designs that need exact zeros.
     */
    private static double sumOfSquares(double[] a, int from, int to, boolean compensated) {
        return compensated ? dot2(a, a, from, to) : dot(a, a, from, to);
    }

    /** Plain dot product with eight independent partial sums (keeps the floating-point adders busy). */
    private static double dot(double[] a, double[] b, int from, int to) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int i = from;
        for (; i + 7 < to; i += 8) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
            s4 += a[i + 4] * b[i + 4];
            s5 += a[i + 5] * b[i + 5];
            s6 += a[i + 6] * b[i + 6];
            s7 += a[i + 7] * b[i + 7];
        }
        for (; i < to; i++) s0 += a[i] * b[i];
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /**
     * Full-rank, well-conditioned R: the least-squares solution by back substitution (identical to the
     * pseudo-inverse solution up to rounding) and diag((X^T X)^-1) from R^-1. The condition number is
     * estimated as ||R||_F ||R^-1||_F (never below the 2-norm one). Null when R is not clearly full rank.
     */
    private static PinvOls triangularSolve(double[][] r, double[] qty, double[] y, double[][] xCols, int k, int m) {
        for (int j = 0; j < k; j++) if (r[j][j] == 0) return null;
        double[][] inv = upperInverse(r, k);
        double cond = frobeniusCondition(r, inv, k);
        if (!(cond < 1e12)) return null;
        double[] params = new double[k];
        for (int i = k - 1; i >= 0; i--) {
            double acc = qty[i];
            for (int t = i + 1; t < k; t++) acc -= r[i][t] * params[t];
            params[i] = acc / r[i][i];
        }
        double[] covDiag = new double[k];
        for (int j = 0; j < k; j++) {
            double cd = 0;
            for (int c = j; c < k; c++) cd += inv[j][c] * inv[j][c];
            covDiag[j] = cd;
        }
        double[] resid = squaredResiduals(y, xCols, params);
        PinvOls out = new PinvOls(params, k, m, NumpySums.sum(resid), covDiag);
        out.cond = cond;
        return out;
    }

    /** Inverse of the upper triangular R (non-zero diagonal), column by column: R z = e_c. */
    private static double[][] upperInverse(double[][] r, int k) {
        double[][] inv = new double[k][k];
        for (int c = 0; c < k; c++) {
            for (int i = c; i >= 0; i--) {
                double acc = i == c ? 1.0 : 0.0;
                for (int t = i + 1; t <= c; t++) acc -= r[i][t] * inv[t][c];
                inv[i][c] = acc / r[i][i];
            }
        }
        return inv;
    }

    /** ||R||_F ||R^-1||_F: never below the 2-norm condition number, at most k times it. */
    private static double frobeniusCondition(double[][] r, double[][] inv, int k) {
        double nr = 0, ni = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                nr += r[i][j] * r[i][j];
                ni += inv[i][j] * inv[i][j];
            }
        }
        return Math.sqrt(nr) * Math.sqrt(ni);
    }

    /**
     * Condition estimate of the nested design itself (columns as given, not scaled): what decides how far
     * numpy's SVD solution strays from the exact one.
     */
    static double unscaledCondition(NestedFactor f) {
        int k = f.r().length;
        double[][] r = new double[k][k];
        for (int i = 0; i < k; i++) for (int j = i; j < k; j++) r[i][j] = f.r()[i][j] * f.scale()[j];
        for (int j = 0; j < k; j++) if (r[j][j] == 0) return Double.POSITIVE_INFINITY;
        return frobeniusCondition(r, upperInverse(r, k), k);
    }

    /** Same fit through numpy's own route (LAPACK dgesdd, explicit pinv): slower, numpy's last bits. */
    static PinvOls fitLapack(double[] y, double[][] xCols) {
        LapackPinv.Fit f = LapackPinv.fit(y, xCols);
        PinvOls out = new PinvOls(f.params(), f.rank(), y.length, f.ssrSum(), f.normalizedCovDiag());
        out.ssrDot = f.ssrDot();
        return out;
    }

    /**
     * Dot product in twice the working precision (Ogita-Rump-Oishi Dot2 with fma): the Householder
     * reflections then stay accurate over thousands of rows of large, nearly equal values.
     */
    static double dot2(double[] a, double[] b, int from, int to) {
        double s = 0, c = 0;
        for (int i = from; i < to; i++) {
            double p = a[i] * b[i];
            double pe = Math.fma(a[i], b[i], -p);
            double t = s + p;
            double z = t - s;
            c += ((s - (t - z)) + (p - z)) + pe;
            s = t;
        }
        return s + c;
    }

    /** statsmodels' profile log-likelihood of the fit. */
    double llf() {
        double nobs2 = nobs / 2.0;
        return -nobs2 * Math.log(2 * Math.PI) - nobs2 * Math.log(ssr / nobs) - nobs2;
    }

    /** AIC = -2 llf + 2 (df_model + k_constant) = -2 llf + 2 rank. */
    double aic() {
        return -2 * llf() + 2 * rank;
    }

    /** t-value of coefficient j: params / sqrt(normalized_cov_jj * ssr / df_resid). */
    double tvalue(int j) {
        double scale = ssrDot / (nobs - rank);
        return params[j] / Math.sqrt(normalizedCovDiag[j] * scale);
    }
}
