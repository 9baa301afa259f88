package org.skyline.common.features;

import org.netlib.lapack.Dgesdd;
import org.netlib.util.intW;

/**
 * statsmodels' {@code OLS(y, X).fit()} (method "pinv") computed the way numpy computes it, for the fits whose
 * value depends on rounding: {@code pinv_extended} (LAPACK {@code dgesdd} economy SVD, reciprocal singular
 * values above {@code 1e-15 * max}, {@code dot(vt.T, s[:, None] * u.T)}), {@code params = dot(pinv, y)},
 * {@code normalized_cov_params = dot(pinv, pinv.T)} (numpy turns that into {@code syrk}), the residuals
 * {@code y - dot(X, params)}, {@code np.sum(resid**2)} for the log-likelihood and {@code dot(resid, resid)}
 * for the scale, and {@code matrix_rank(diag(s))}.
 *
 * <p>With the system BLAS/LAPACK ({@link SystemLapack}) every one of those is the same library call with the
 * same arguments as numpy 1.24 makes, so the results are numpy's bit for bit. Without it the F2J translation
 * of reference LAPACK is used: close to numpy, but not its last bits on ill-conditioned designs.
 */
final class LapackPinv {
    static {
        // F2J keeps Fortran SAVE state (dlamch's machine constants) in statics that are filled on first use;
        // do that first call here, under class-initialisation locking, before any concurrent caller
        fitReference(new double[] {1, 2, 4}, new double[][] {{1, 1, 1}, {1, 2, 3}});
        double[][] cols = new double[12][60];
        double[] y = new double[60];
        for (int i = 0; i < 60; i++) {
            y[i] = Math.sin(i);
            for (int j = 0; j < 12; j++) cols[j][i] = Math.cos(i * (j + 1) * 0.37) + (j == 0 ? 1e6 : 0);
        }
        fitReference(y, cols);
    }

    private static final double EPS = 0x1.0p-52;

    private LapackPinv() {}

    /**
     * Result of an OLS fit through the explicit pseudo-inverse.
     *
     * @param ssrSum {@code np.sum(resid**2)}, what OLS's log-likelihood uses
     * @param ssrDot {@code np.dot(resid, resid)}, what the scale (and so the t-values) use
     */
    record Fit(double[] params, double[] normalizedCovDiag, double[] singularValues, int rank, double ssrSum,
            double ssrDot) {}

    /** OLS of y on the columns of X (column-major x[col][row]), as numpy computes it on this machine. */
    static Fit fit(double[] y, double[][] xCols) {
        return fit(y, xCols, false);
    }

    /**
     * @param paramsOnly only the coefficients are wanted (AR): the covariance, residual and rank calls are
     *     skipped, and those fields are null / NaN / -1 in the result
     */
    static Fit fit(double[] y, double[][] xCols, boolean paramsOnly) {
        int m = y.length, n = xCols.length;
        // numpy reaches other BLAS entry points (dot, gemv of a row) when a dimension is 1
        if (SystemLapack.available() && m >= 2 && n >= 2) return fitSystem(y, xCols, paramsOnly);
        return fitReference(y, xCols);
    }

    private static Fit fitSystem(double[] y, double[][] xCols, boolean paramsOnly) {
        int m = y.length, n = xCols.length, k = Math.min(m, n);
        SystemLapack.Cblas blas = SystemLapack.cblas();
        // numpy.linalg.svd(x, full_matrices=False): dgesdd('S') on a column-major copy
        double[] a = new double[m * n];
        for (int j = 0; j < n; j++) System.arraycopy(xCols[j], 0, a, j * m, m);
        double[] s = new double[k];
        double[] u = new double[m * k];
        double[] vt = new double[k * n];
        gesdd('S', m, n, a, s, u, vt);
        double smax = max(s);
        double cutoff = 1e-15 * smax;
        // s[:, None] * u.T: an (k x m) Fortran-ordered array, i.e. u's row-major memory scaled per column
        double[] scaledUt = new double[m * k];
        for (int i = 0; i < m; i++) {
            for (int c = 0; c < k; c++) {
                double sinv = s[c] > cutoff ? 1. / s[c] : 0.;
                scaledUt[i * k + c] = sinv * u[i + c * m];
            }
        }
        // vt in numpy's row-major layout; vt.T is then Fortran-ordered and passed transposed
        double[] vtC = new double[k * n];
        for (int c = 0; c < k; c++) for (int j = 0; j < n; j++) vtC[c * n + j] = vt[c + j * k];
        double[] pinv = new double[n * m]; // (n x m), row-major
        blas.cblas_dgemm(SystemLapack.ROW_MAJOR, SystemLapack.TRANS, SystemLapack.TRANS, n, m, k, 1., vtC, n,
                scaledUt, k, 0., pinv, m);
        double[] params = new double[n];
        blas.cblas_dgemv(SystemLapack.ROW_MAJOR, SystemLapack.NO_TRANS, n, m, 1., pinv, m, y, 1, 0., params, 1);
        if (paramsOnly) return new Fit(params, null, s, -1, Double.NaN, Double.NaN);
        double[] cov = new double[n * n];
        blas.cblas_dsyrk(SystemLapack.ROW_MAJOR, SystemLapack.UPPER, SystemLapack.NO_TRANS, n, m, 1., pinv, m, 0.,
                cov, n);
        double[] covDiag = new double[n];
        for (int j = 0; j < n; j++) covDiag[j] = cov[j * n + j];
        // predict: dot(X, params) with X row-major (statsmodels' designs are C-ordered)
        double[] xRows = new double[m * n];
        for (int j = 0; j < n; j++) {
            double[] col = xCols[j];
            for (int i = 0; i < m; i++) xRows[i * n + j] = col[i];
        }
        double[] fitted = new double[m];
        blas.cblas_dgemv(SystemLapack.ROW_MAJOR, SystemLapack.NO_TRANS, m, n, 1., xRows, n, params, 1, 0., fitted, 1);
        double[] resid = new double[m];
        double[] sq = new double[m];
        for (int i = 0; i < m; i++) {
            resid[i] = y[i] - fitted[i];
            sq[i] = resid[i] * resid[i];
        }
        double ssrDot = blas.cblas_ddot(m, resid, 1, resid, 1);
        return new Fit(params, covDiag, s, matrixRankOfDiagonal(s), NumpySums.sum(sq), ssrDot);
    }

    /** numpy {@code matrix_rank(np.diag(s))}: singular values of diag(s), tolerance S.max * dim * eps. */
    private static int matrixRankOfDiagonal(double[] s) {
        int k = s.length;
        double[] d = new double[k * k];
        for (int i = 0; i < k; i++) d[i * k + i] = s[i];
        double[] sv = new double[k];
        gesdd('N', k, k, d, sv, null, null);
        double tol = max(sv) * k * EPS;
        int rank = 0;
        for (double v : sv) if (v > tol) rank++;
        return rank;
    }

    /** dgesdd with numpy's workspace query; u (m x k) and vt (k x n) column-major, unused for jobz 'N'. */
    private static void gesdd(char jobz, int m, int n, double[] a, double[] s, double[] u, double[] vt) {
        SystemLapack.Lapack lapack = SystemLapack.lapack();
        int k = Math.min(m, n);
        byte[] job = {(byte) jobz, 0};
        int[] mm = {m}, nn = {n}, lda = {Math.max(m, 1)};
        int[] ldu = {jobz == 'N' ? 1 : Math.max(m, 1)};
        int[] ldvt = {jobz == 'N' ? 1 : Math.max(k, 1)};
        double[] uu = u == null ? new double[1] : u;
        double[] vv = vt == null ? new double[1] : vt;
        int[] iwork = new int[8 * Math.max(k, 1)];
        int[] info = {0};
        double[] query = new double[1];
        lapack.dgesdd_(job, mm, nn, a, lda, s, uu, ldu, vv, ldvt, query, new int[] {-1}, iwork, info);
        if (info[0] != 0) throw new ArithmeticException("dgesdd workspace query failed: " + info[0]);
        int lwork = (int) query[0];
        if (lwork == 0) lwork = 1;
        double[] work = new double[lwork];
        lapack.dgesdd_(job, mm, nn, a, lda, s, uu, ldu, vv, ldvt, work, new int[] {lwork}, iwork, info);
        if (info[0] != 0) throw new ArithmeticException("SVD did not converge");
    }

    private static double max(double[] v) {
        double mx = Double.NEGATIVE_INFINITY;
        for (double x : v) mx = Math.max(mx, x);
        return v.length == 0 ? 0 : mx;
    }

    /** The same fit on the F2J reference LAPACK, with plain Java loops for the products. */
    static Fit fitReference(double[] y, double[][] xCols) {
        int m = y.length, n = xCols.length;
        int k = Math.min(m, n);
        double[] a = new double[m * n];
        for (int j = 0; j < n; j++) System.arraycopy(xCols[j], 0, a, j * m, m);
        double[] s = new double[k];
        double[] u = new double[m * k];
        double[] vt = new double[k * n];
        int[] iwork = new int[8 * k];
        intW info = new intW(0);
        double[] q = new double[1];
        Dgesdd.dgesdd("S", m, n, a, 0, m, s, 0, u, 0, m, vt, 0, k, q, 0, -1, iwork, 0, info);
        int lwork = (int) q[0];
        double[] work = new double[Math.max(1, lwork)];
        Dgesdd.dgesdd("S", m, n, a, 0, m, s, 0, u, 0, m, vt, 0, k, work, 0, lwork, iwork, 0, info);
        if (info.val != 0) throw new ArithmeticException("SVD did not converge");
        double smax = max(s);
        double cutoff = 1e-15 * smax;
        double[] sinv = new double[k];
        for (int c = 0; c < k; c++) sinv[c] = s[c] > cutoff ? 1 / s[c] : 0;
        // pinv[j][i] = sum_c vt[c][j] * (sinv[c] * u[i][c]); params = pinv @ y
        double[] params = new double[n];
        double[] covDiag = new double[n];
        double[] row = new double[m];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                double acc = 0;
                for (int c = 0; c < k; c++) acc += vt[c + j * k] * (sinv[c] * u[i + c * m]);
                row[i] = acc;
            }
            double p = 0, cd = 0;
            for (int i = 0; i < m; i++) {
                p += row[i] * y[i];
                cd += row[i] * row[i];
            }
            params[j] = p;
            covDiag[j] = cd;
        }
        double rankTol = smax * k * EPS;
        int rank = 0;
        for (double sv : s) if (sv > rankTol) rank++;
        double[] sq = new double[m];
        for (int i = 0; i < m; i++) {
            double fitted = 0;
            for (int j = 0; j < n; j++) fitted += xCols[j][i] * params[j];
            double e = y[i] - fitted;
            sq[i] = e * e;
        }
        double ssr = NumpySums.sum(sq);
        return new Fit(params, covDiag, s, rank, ssr, ssr);
    }
}
