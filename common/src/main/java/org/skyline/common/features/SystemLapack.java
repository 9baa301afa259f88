package org.skyline.common.features;

import com.sun.jna.Library;
import com.sun.jna.Native;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The machine's own BLAS and LAPACK ({@code libblas.so.3}, {@code liblapack.so.3}): the two libraries
 * Debian's numpy links, chosen by the same alternatives (OpenBLAS when it is installed, the reference
 * implementation otherwise). Ill-conditioned least-squares fits carry the rounding of whichever library
 * computed them, so reproducing numpy's value there means calling the same routines with the same arguments.
 *
 * <p>Absent libraries are not an error: {@link #available()} is then false and callers use the F2J
 * translation of reference LAPACK. {@code -Dskyline.features.systemLapack=false} forces that fallback.
 */
final class SystemLapack {
    private static final Logger LOG = LoggerFactory.getLogger(SystemLapack.class);

    static final int ROW_MAJOR = 101, COL_MAJOR = 102;
    static final int NO_TRANS = 111, TRANS = 112;
    static final int UPPER = 121;

    /** The CBLAS entry points numpy's {@code dot} calls. */
    interface Cblas extends Library {
        void cblas_dgemm(int order, int transA, int transB, int m, int n, int k, double alpha, double[] a, int lda,
                double[] b, int ldb, double beta, double[] c, int ldc);

        void cblas_dgemv(int order, int trans, int m, int n, double alpha, double[] a, int lda, double[] x, int incX,
                double beta, double[] y, int incY);

        void cblas_dsyrk(int order, int uplo, int trans, int n, int k, double alpha, double[] a, int lda, double beta,
                double[] c, int ldc);

        double cblas_ddot(int n, double[] x, int incX, double[] y, int incY);
    }

    /** Fortran LAPACK: every argument by reference (the hidden string length is unused for one character). */
    interface Lapack extends Library {
        void dgesdd_(byte[] jobz, int[] m, int[] n, double[] a, int[] lda, double[] s, double[] u, int[] ldu,
                double[] vt, int[] ldvt, double[] work, int[] lwork, int[] iwork, int[] info);
    }

    private static final Cblas CBLAS;
    private static final Lapack LAPACK;

    static {
        Cblas cblas = null;
        Lapack lapack = null;
        if (Boolean.parseBoolean(System.getProperty("skyline.features.systemLapack", "true"))) {
            try {
                cblas = Native.load("libblas.so.3", Cblas.class);
                lapack = Native.load("liblapack.so.3", Lapack.class);
                selfTest(cblas, lapack);
                LOG.debug("features: least-squares fits use the system libblas.so.3 / liblapack.so.3");
            } catch (Throwable e) { // UnsatisfiedLinkError, missing symbol, wrong result: all mean "not usable"
                LOG.info("features: system BLAS/LAPACK not usable ({}); ill-conditioned fits use the bundled "
                        + "reference LAPACK and may differ from numpy's in the last digits", e.toString());
                cblas = null;
                lapack = null;
            }
        }
        CBLAS = cblas;
        LAPACK = lapack;
    }

    private SystemLapack() {}

    static boolean available() {
        return CBLAS != null;
    }

    static Cblas cblas() {
        return CBLAS;
    }

    static Lapack lapack() {
        return LAPACK;
    }

    /** A 2x2 SVD and a dot product with known answers, so a broken or foreign library is never used. */
    private static void selfTest(Cblas cblas, Lapack lapack) {
        double d = cblas.cblas_ddot(3, new double[] {1, 2, 3}, 1, new double[] {4, 5, 6}, 1);
        if (d != 32.0) throw new IllegalStateException("cblas_ddot gave " + d);
        double[] a = {3, 0, 0, 4}; // column-major diag(3, 4)
        double[] s = new double[2];
        double[] u = new double[4], vt = new double[4], work = new double[64];
        int[] info = {0};
        lapack.dgesdd_(new byte[] {'S', 0}, new int[] {2}, new int[] {2}, a, new int[] {2}, s, u, new int[] {2}, vt,
                new int[] {2}, work, new int[] {64}, new int[16], info);
        if (info[0] != 0 || s[0] != 4.0 || s[1] != 3.0) {
            throw new IllegalStateException("dgesdd gave info " + info[0] + ", s " + s[0] + ", " + s[1]);
        }
    }
}
