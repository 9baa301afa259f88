package org.skyline.common.features;

/**
 * The two statsmodels 0.8 regressions tsfresh 0.4.0 calls: {@code adfuller(x)[0]} (constant, AIC autolag,
 * uncapped Schwert maxlag) and {@code AR(x).fit(maxlag=k).params} (conditional MLE = OLS on a constant and
 * k lags). Both keep 0.8's {@code add_trend} quirk: the constant is left out when any regressor column is
 * constant and any column has no zero.
 */
final class StatsmodelsRegressions {
    private StatsmodelsRegressions() {}

    /** The ADF test statistic, or NaN where statsmodels raised (too few observations). */
    static double adfStatistic(double[] x) {
        int n = x.length;
        int maxlag = (int) Math.ceil(12.0 * Math.pow(n / 100.0, 1 / 4.0));
        int nd = n - 1; // length of xdiff
        if (maxlag >= nd || nd <= 0) return Double.NaN;
        double[] xdiff = new double[nd];
        boolean flat = true;
        for (int i = 0; i < nd; i++) {
            xdiff[i] = x[i + 1] - x[i];
            flat &= xdiff[i] == 0;
        }
        // A constant series regresses exact zeros: numpy's params, residuals and SSR are then exactly 0 and
        // the t-statistic is 0 / sqrt(0), NaN, whatever lag is chosen.
        if (flat) return Double.NaN;
        int rows = nd - maxlag;
        // xdall columns: level, then lag 1..maxlag of xdiff
        double[][] xdall = lagMatrixWithLevel(x, xdiff, maxlag, rows);
        double[] yshort = new double[rows];
        System.arraycopy(xdiff, nd - rows, yshort, 0, rows);
        boolean skipConst = constantSkipped(xdall);
        double[][] full;
        if (skipConst) {
            full = xdall;
        } else {
            full = new double[maxlag + 2][];
            full[0] = ones(rows);
            System.arraycopy(xdall, 0, full, 1, maxlag + 1);
        }
        int startlag = full.length - xdall.length + 1;
        PinvOls.NestedFactor nested = PinvOls.nestedFactor(yshort, full, startlag, startlag + maxlag);
        // Short, degenerate or ill-conditioned designs: the statistic carries numpy's rounding, so the final
        // fit is computed the way numpy computes it. The lag choice needs that too only when two AICs are
        // close enough for rounding to reorder them; otherwise the single QR's AICs choose the same lag.
        double cond = nested == null ? Double.POSITIVE_INFINITY : PinvOls.unscaledCondition(nested);
        boolean numpyRoute = !(cond <= PinvOls.ILL_CONDITIONED);
        double[] aics = nested == null ? null : nested.aics();
        if (numpyRoute && !(cond <= AICS_TRUSTED_BELOW && clearMinimum(aics, rows))) aics = null;
        if (aics == null) {
            aics = new double[maxlag + 1];
            for (int lag = startlag; lag <= startlag + maxlag; lag++) {
                double[][] cols = new double[lag][];
                System.arraycopy(full, 0, cols, 0, lag);
                aics[lag - startlag] = PinvOls.fitLapack(yshort, cols).aic();
            }
        }
        double bestAic = Double.NaN;
        int bestLag = -1;
        for (int lag = startlag; lag <= startlag + maxlag; lag++) {
            double aic = aics[lag - startlag];
            // min over (aic, lag) tuples: the first one stays unless a later one is strictly smaller
            if (bestLag < 0 || aic < bestAic) {
                bestAic = aic;
                bestLag = lag;
            }
        }
        int usedlag = bestLag - startlag;
        int rows2 = nd - usedlag;
        double[][] lev = lagMatrixWithLevel(x, xdiff, usedlag, rows2);
        double[] y2 = new double[rows2];
        System.arraycopy(xdiff, nd - rows2, y2, 0, rows2);
        double[][] exog;
        if (constantSkipped(lev)) {
            exog = lev;
        } else {
            exog = new double[usedlag + 2][];
            System.arraycopy(lev, 0, exog, 0, usedlag + 1);
            exog[usedlag + 1] = ones(rows2);
        }
        if (nested != null && !skipConst && !constantSkipped(lev)) {
            // the final design is the nested one's first usedlag + 2 columns (constant first there, last
            // here: the same fit) with usedlag .. maxlag-1 as extra leading rows
            PinvOls quick = finalFitByRowUpdate(nested, x, xdiff, usedlag, maxlag);
            if (quick != null && quick.cond <= PinvOls.ILL_CONDITIONED) return quick.tvalue(1);
        }
        if (numpyRoute) return PinvOls.fitLapack(y2, exog).tvalue(0);
        return PinvOls.fitLikeNumpy(y2, exog, true).tvalue(0);
    }

    /**
     * Whether the smallest AIC beats every other by more than the rounding of an ill-conditioned fit can
     * move an AIC ({@code nobs} times the relative error of its residual sum of squares).
     */
    private static boolean clearMinimum(double[] aics, int nobs) {
        int best = 0;
        for (int i = 1; i < aics.length; i++) if (aics[i] < aics[best]) best = i;
        double margin = nobs * AIC_SSR_REL_MARGIN;
        for (int i = 0; i < aics.length; i++) {
            if (i != best && !(aics[i] - aics[best] > margin)) return false;
        }
        return true;
    }

    /**
     * Relative error allowed for a residual sum of squares in {@link #clearMinimum}. Measured on the golden
     * corpus, our QR's AICs and numpy's differ by at most ~1e-11 absolute up to condition numbers of 2e10; this
     * margin (1.4e-3 for 1,440 points) leaves eight orders of magnitude.
     */
    static final double AIC_SSR_REL_MARGIN = 1e-6;

    /**
     * Condition (Frobenius estimate, never below the 2-norm one) up to which our AICs stand for numpy's.
     * numpy's rank test drops a column once the 2-norm condition passes 1 / (k eps), 1.7e14 for ADF's 26
     * columns, and its pinv cutoff at 1e15; from there on its AICs are its own. Three orders of margin.
     */
    static final double AICS_TRUSTED_BELOW = 1e11;

    /** AR(k) conditional-MLE coefficients (constant first unless skipped), or null where statsmodels raised. */
    static double[] arParams(double[] x, int k) {
        int n = x.length;
        if (k >= n) return null;
        int rows = n - k;
        double[][] lags = new double[k][rows];
        for (int l = 1; l <= k; l++) {
            double[] c = lags[l - 1];
            for (int t = 0; t < rows; t++) c[t] = x[k + t - l];
        }
        double[] y = new double[rows];
        System.arraycopy(x, k, y, 0, rows);
        double[][] exog;
        if (constantSkipped(lags)) {
            exog = lags;
        } else {
            exog = new double[k + 1][];
            exog[0] = ones(rows);
            System.arraycopy(lags, 0, exog, 1, k);
        }
        return PinvOls.paramsLikeNumpy(y, exog);
    }

    /** ADF's final regression from the autolag QR: column order [const, level, lags 1..usedlag]. */
    private static PinvOls finalFitByRowUpdate(PinvOls.NestedFactor nested, double[] x, double[] xdiff,
            int usedlag, int maxlag) {
        int extra = maxlag - usedlag, p = usedlag + 2;
        double[][] rows = new double[extra][p];
        double[] ys = new double[extra];
        for (int e = 0; e < extra; e++) {
            int idx = usedlag + e; // index into xdiff of the current difference
            rows[e][0] = 1.0;
            rows[e][1] = x[idx];
            for (int l = 1; l <= usedlag; l++) rows[e][l + 1] = xdiff[idx - l];
            ys[e] = xdiff[idx];
        }
        return PinvOls.prefixFitWithExtraRows(nested, p, rows, ys);
    }

    /** lagmat(xdiff, lag, trim='both', original='in') with column 0 replaced by the level of x. */
    private static double[][] lagMatrixWithLevel(double[] x, double[] xdiff, int lag, int rows) {
        int nd = xdiff.length;
        double[][] cols = new double[lag + 1][];
        int first = nd - rows; // index into xdiff of the first row's "current" difference
        // each column is a contiguous slice: level x[first ..], lag l xdiff[first - l ..]
        cols[0] = java.util.Arrays.copyOfRange(x, first, first + rows);
        for (int l = 1; l <= lag; l++) cols[l] = java.util.Arrays.copyOfRange(xdiff, first - l, first - l + rows);
        return cols;
    }

    /** statsmodels 0.8 add_trend 'skip' test: any constant column AND any column without zeros. */
    static boolean constantSkipped(double[][] cols) {
        boolean anyConst = false, anyAllNonZero = false;
        for (double[] c : cols) {
            if (!anyConst && c.length > 0) {
                boolean constant = true;
                for (int i = 1; i < c.length && constant; i++) constant = c[i] == c[0];
                anyConst = constant;
            }
            if (!anyAllNonZero) {
                boolean allNonZero = true;
                for (int i = 0; i < c.length && allNonZero; i++) allNonZero = c[i] != 0.0;
                anyAllNonZero = allNonZero;
            }
            if (anyConst && anyAllNonZero) return true;
        }
        return false;
    }

    private static double[] ones(int n) {
        double[] o = new double[n];
        java.util.Arrays.fill(o, 1.0);
        return o;
    }
}
