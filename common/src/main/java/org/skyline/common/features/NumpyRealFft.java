package org.skyline.common.features;

/**
 * Real forward FFT that reproduces numpy 1.24's {@code np.fft.rfft} bit for bit for short lengths
 * (1..{@value #MAX_LENGTH}), used by {@code fft_coefficient} (tsfresh 0.4.0 transforms the first min(n, 18) values).
 *
 * <p>numpy 1.17+ runs its bundled C pocketfft. For lengths below 50 it always takes the "packed" real plan (never
 * Bluestein), so this class mirrors that plan: the length is split into factors (every 4 first, then one 2
 * moved to the front of the list, then odd divisors in increasing order, then any prime remainder); the forward
 * transform applies the factors last-to-first with the radix-2/3/4/5 butterflies or the generic odd-radix
 * butterfly, alternating between the data array and one scratch array. Twiddle factors come from pocketfft's own
 * table construction (a polynomial sin/cos of pi*a on the first octant with explicit fused multiply-adds, a
 * two-level product for the remaining points of the octant, then symmetry), not from {@code Math.sin/cos}. Every
 * arithmetic expression below keeps the C code's operand order and grouping (numpy's x86-64 build contracts
 * nothing into FMAs beyond the explicit {@code fma()} calls), so each rounding step is the same.
 *
 * <p>The packed result layout is r0, r1, i1, r2, i2, ... (for an even length the last entry is the Nyquist real
 * part). Plans for all supported lengths are built once at class initialisation; a transform then allocates
 * only its scratch array.
 */
final class NumpyRealFft {
    /** Longest supported length: numpy uses the packed plan unconditionally below 50. */
    static final int MAX_LENGTH = 49;

    private static final Plan[] PLANS = new Plan[MAX_LENGTH + 1];

    static {
        for (int n = 1; n <= MAX_LENGTH; n++) PLANS[n] = new Plan(n);
    }

    private NumpyRealFft() {}

    /**
     * {@code np.fft.rfft(x[0..m))} as numpy returns it, interleaved: re0, im0, re1, im1, ... (m / 2 + 1 complex
     * values; im0 and, for even m, the last imaginary part are exactly 0.0).
     */
    static double[] rfft(double[] x, int m) {
        double[] c = new double[m];
        System.arraycopy(x, 0, c, 0, m);
        forwardPacked(c);
        double[] out = new double[2 * (m / 2 + 1)];
        out[0] = c[0];
        System.arraycopy(c, 1, out, 2, m - 1);
        return out;
    }

    /**
     * Real parts of {@code np.fft.rfft(x[0..m))}: m / 2 + 1 values, entry q the real part of coefficient q.
     */
    static double[] realParts(double[] x, int m) {
        double[] c = new double[m];
        System.arraycopy(x, 0, c, 0, m);
        forwardPacked(c);
        double[] re = new double[m / 2 + 1];
        re[0] = c[0];
        for (int q = 1; q < re.length; q++) re[q] = c[2 * q - 1];
        return re;
    }

    /** In-place forward transform of c (length 1..MAX_LENGTH) into pocketfft's packed layout, unscaled. */
    static void forwardPacked(double[] c) {
        int n = c.length;
        if (n < 1 || n > MAX_LENGTH) throw new IllegalArgumentException("rfft length out of range: " + n);
        PLANS[n].forward(c);
    }

    // ---------------------------------------------------------------------------------------------------------
    // plan: factors and twiddles

    private static final class Plan {
        final int length;
        final int[] factors;
        final double[][] tw;
        final double[][] tws;

        Plan(int length) {
            this.length = length;
            if (length == 1) {
                factors = new int[0];
                tw = tws = new double[0][];
                return;
            }
            factors = factorize(length);
            int nf = factors.length;
            tw = new double[nf][];
            tws = new double[nf][];
            double[] twid = new double[2 * length];
            sincos2PiByNHalf(length, twid);
            int l1 = 1;
            for (int k = 0; k < nf; k++) {
                int ip = factors[k], ido = length / (l1 * ip);
                if (k < nf - 1) { // the factor applied first (last in the list) runs with ido == 1: no twiddles
                    double[] t = new double[(ip - 1) * (ido - 1)];
                    for (int j = 1; j < ip; j++) {
                        for (int i = 1; i <= (ido - 1) / 2; i++) {
                            t[(j - 1) * (ido - 1) + 2 * i - 2] = twid[2 * j * l1 * i];
                            t[(j - 1) * (ido - 1) + 2 * i - 1] = twid[2 * j * l1 * i + 1];
                        }
                    }
                    tw[k] = t;
                }
                if (ip > 5) { // the generic butterfly's own cos/sin of 2 pi i / ip, full circle
                    double[] s = new double[2 * ip];
                    s[0] = 1.0;
                    s[1] = 0.0;
                    int stride = length / ip;
                    for (int i = 1; i <= (ip >> 1); i++) {
                        s[2 * i] = twid[2 * i * stride];
                        s[2 * i + 1] = twid[2 * i * stride + 1];
                        s[2 * (ip - i)] = twid[2 * i * stride];
                        s[2 * (ip - i) + 1] = -twid[2 * i * stride + 1];
                    }
                    tws[k] = s;
                }
                l1 *= ip;
            }
        }

        void forward(double[] c) {
            int n = length;
            if (n == 1) return;
            double[] p1 = c, p2 = new double[n];
            int l1 = n;
            for (int k = factors.length - 1; k >= 0; k--) {
                int ip = factors[k];
                int ido = n / l1;
                l1 /= ip;
                switch (ip) {
                    case 4 -> radf4(ido, l1, p1, p2, tw[k]);
                    case 2 -> radf2(ido, l1, p1, p2, tw[k]);
                    case 3 -> radf3(ido, l1, p1, p2, tw[k]);
                    case 5 -> radf5(ido, l1, p1, p2, tw[k]);
                    default -> {
                        radfg(ido, ip, l1, p1, p2, tw[k], tws[k]);
                        double[] t = p1; p1 = p2; p2 = t; // radfg leaves its result in its input array
                    }
                }
                double[] t = p1; p1 = p2; p2 = t;
            }
            if (p1 != c) System.arraycopy(p1, 0, c, 0, n); // scale factor 1: a plain copy
        }
    }

    /** 4s first, then a single 2 swapped to the front of the list, then odd divisors, then the remainder. */
    static int[] factorize(int n) {
        int[] f = new int[32];
        int nf = 0;
        int len = n;
        while (len % 4 == 0) {
            f[nf++] = 4;
            len >>= 2;
        }
        if (len % 2 == 0) {
            len >>= 1;
            f[nf++] = 2;
            int t = f[0]; f[0] = f[nf - 1]; f[nf - 1] = t;
        }
        int maxl = (int) Math.sqrt((double) len) + 1;
        for (int d = 3; len > 1 && d < maxl; d += 2) {
            if (len % d == 0) {
                while (len % d == 0) {
                    f[nf++] = d;
                    len /= d;
                }
                maxl = (int) Math.sqrt((double) len) + 1;
            }
        }
        if (len > 1) f[nf++] = len;
        return java.util.Arrays.copyOf(f, nf);
    }

    // ---------------------------------------------------------------------------------------------------------
    // twiddle table: (cos, sin) of 2 pi k / n for k in the first half, pocketfft's construction

    /** res[0] = cos(pi a) - 1, res[1] = sin(pi a), for |a| <= 1/4, by minimax polynomials with fused steps. */
    private static void sinCosM1Pi(double a, double[] res, int off) {
        double s = a * a;
        double r = -1.0369917389758117e-4;
        r = Math.fma(r, s, 1.9294935641298806e-3);
        r = Math.fma(r, s, -2.5806887942825395e-2);
        r = Math.fma(r, s, 2.3533063028328211e-1);
        r = Math.fma(r, s, -1.3352627688538006e+0);
        r = Math.fma(r, s, 4.0587121264167623e+0);
        r = Math.fma(r, s, -4.9348022005446790e+0);
        double c = r * s;
        r = 4.6151442520157035e-4;
        r = Math.fma(r, s, -7.3700183130883555e-3);
        r = Math.fma(r, s, 8.2145868949323936e-2);
        r = Math.fma(r, s, -5.9926452893214921e-1);
        r = Math.fma(r, s, 2.5501640398732688e+0);
        r = Math.fma(r, s, -5.1677127800499516e+0);
        s = s * a;
        r = r * s;
        s = Math.fma(a, 3.1415926535897931e+0, r);
        res[off] = c;
        res[off + 1] = s;
    }

    /** First octant of the circle divided into den parts, written as (cos, sin) pairs from res[off]. */
    private static void firstOctant(int den, double[] res, int off) {
        int n = (den + 4) >> 3;
        if (n == 0) return;
        res[off] = 1.0;
        res[off + 1] = 0.0;
        if (n == 1) return;
        int l1 = (int) Math.sqrt(n);
        for (int i = 1; i < l1; i++) sinCosM1Pi((2.0 * i) / den, res, off + 2 * i);
        int start = l1;
        double[] cs = new double[2];
        while (start < n) {
            sinCosM1Pi((2.0 * start) / den, cs, 0);
            res[off + 2 * start] = cs[0] + 1.0;
            res[off + 2 * start + 1] = cs[1];
            int end = l1;
            if (start + end > n) end = n - start;
            for (int i = 1; i < end; i++) {
                double x0 = res[off + 2 * i], x1 = res[off + 2 * i + 1];
                // small-angle entries still hold cos - 1 here, so the product is formed around 1
                res[off + 2 * (start + i)] = ((cs[0] * x0 - cs[1] * x1 + cs[0]) + x0) + 1.0;
                res[off + 2 * (start + i) + 1] = (cs[0] * x1 + cs[1] * x0) + cs[1] + x1;
            }
            start += l1;
        }
        for (int i = 1; i < l1; i++) res[off + 2 * i] += 1.0;
    }

    private static void firstQuadrant(int n, double[] res) {
        int p = n; // the octant of 2n points is built at res[n..] and then unfolded to the front
        firstOctant(n << 1, res, p);
        int ndone = (n + 2) >> 2;
        int i = 0, idx1 = 0, idx2 = 2 * ndone - 2;
        for (; i + 1 < ndone; i += 2, idx1 += 2, idx2 -= 2) {
            res[idx1] = res[p + 2 * i];
            res[idx1 + 1] = res[p + 2 * i + 1];
            res[idx2] = res[p + 2 * i + 3];
            res[idx2 + 1] = res[p + 2 * i + 2];
        }
        if (i != ndone) {
            res[idx1] = res[p + 2 * i];
            res[idx1 + 1] = res[p + 2 * i + 1];
        }
    }

    private static void firstHalf(int n, double[] res) {
        int ndone = (n + 1) >> 1;
        int p = n - 1; // the octant of 4n points is built at res[n-1..], read back by reflection
        firstOctant(n << 2, res, p);
        int i4 = 0, in = n, i = 0;
        for (; i4 <= in - i4; i++, i4 += 4) { // octant 0
            res[2 * i] = res[p + 2 * i4];
            res[2 * i + 1] = res[p + 2 * i4 + 1];
        }
        for (; i4 - in <= 0; i++, i4 += 4) { // octant 1
            int xm = in - i4;
            res[2 * i] = res[p + 2 * xm + 1];
            res[2 * i + 1] = res[p + 2 * xm];
        }
        for (; i4 <= 3 * in - i4; i++, i4 += 4) { // octant 2
            int xm = i4 - in;
            res[2 * i] = -res[p + 2 * xm + 1];
            res[2 * i + 1] = res[p + 2 * xm];
        }
        for (; i < ndone; i++, i4 += 4) { // octant 3
            int xm = 2 * in - i4;
            res[2 * i] = -res[p + 2 * xm];
            res[2 * i + 1] = res[p + 2 * xm + 1];
        }
    }

    private static void fillFirstQuadrant(int n, double[] res) {
        final double hsqt2 = 0.707106781186547524400844362104849;
        int quart = n >> 2;
        if ((n & 7) == 0) res[quart] = res[quart + 1] = hsqt2;
        for (int i = 2, j = 2 * quart - 2; i < quart; i += 2, j -= 2) {
            res[j] = res[i + 1];
            res[j + 1] = res[i];
        }
    }

    private static void fillFirstHalf(int n, double[] res) {
        int half = n >> 1;
        if ((n & 3) == 0) {
            for (int i = 0; i < half; i += 2) {
                res[i + half] = -res[i + 1];
                res[i + half + 1] = res[i];
            }
        } else {
            for (int i = 2, j = 2 * half - 2; i < half; i += 2, j -= 2) {
                res[j] = -res[i];
                res[j + 1] = res[i + 1];
            }
        }
    }

    /** (cos, sin) of 2 pi k / n for k = 0 .. about n/2, as interleaved pairs; res has room for 2n values. */
    static void sincos2PiByNHalf(int n, double[] res) {
        if ((n & 3) == 0) {
            firstOctant(n, res, 0);
            fillFirstQuadrant(n, res);
            fillFirstHalf(n, res);
        } else if ((n & 1) == 0) {
            firstQuadrant(n, res);
            fillFirstHalf(n, res);
        } else {
            firstHalf(n, res);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // butterflies. Input cc is laid out [ido][l1][ip], output ch [ido][ip][l1] (pocketfft's index macros).

    private static void radf2(int ido, int l1, double[] cc, double[] ch, double[] wa) {
        final int cdim = 2;
        for (int k = 0; k < l1; k++) {
            double a = cc[ido * k], b = cc[ido * (k + l1)];
            ch[ido * (cdim * k)] = a + b;
            ch[(ido - 1) + ido * (1 + cdim * k)] = a - b;
        }
        if ((ido & 1) == 0) {
            for (int k = 0; k < l1; k++) {
                ch[ido * (1 + cdim * k)] = -cc[(ido - 1) + ido * (k + l1)];
                ch[(ido - 1) + ido * (cdim * k)] = cc[(ido - 1) + ido * k];
            }
        }
        if (ido <= 2) return;
        for (int k = 0; k < l1; k++) {
            for (int i = 2; i < ido; i += 2) {
                int ic = ido - i;
                double w0 = wa[i - 2], w1 = wa[i - 1];
                double c1r = cc[(i - 1) + ido * (k + l1)], c1i = cc[i + ido * (k + l1)];
                double tr2 = w0 * c1r + w1 * c1i;
                double ti2 = w0 * c1i - w1 * c1r;
                double c0r = cc[(i - 1) + ido * k], c0i = cc[i + ido * k];
                ch[(i - 1) + ido * (cdim * k)] = c0r + tr2;
                ch[(ic - 1) + ido * (1 + cdim * k)] = c0r - tr2;
                ch[i + ido * (cdim * k)] = ti2 + c0i;
                ch[ic + ido * (1 + cdim * k)] = ti2 - c0i;
            }
        }
    }

    private static void radf3(int ido, int l1, double[] cc, double[] ch, double[] wa) {
        final int cdim = 3;
        final double taur = -0.5, taui = 0.86602540378443864676;
        for (int k = 0; k < l1; k++) {
            double c0 = cc[ido * k], c1 = cc[ido * (k + l1)], c2 = cc[ido * (k + 2 * l1)];
            double cr2 = c1 + c2;
            ch[ido * (cdim * k)] = c0 + cr2;
            ch[ido * (2 + cdim * k)] = taui * (c2 - c1);
            ch[(ido - 1) + ido * (1 + cdim * k)] = c0 + taur * cr2;
        }
        if (ido == 1) return;
        for (int k = 0; k < l1; k++) {
            for (int i = 2; i < ido; i += 2) {
                int ic = ido - i;
                double a1r = cc[(i - 1) + ido * (k + l1)], a1i = cc[i + ido * (k + l1)];
                double a2r = cc[(i - 1) + ido * (k + 2 * l1)], a2i = cc[i + ido * (k + 2 * l1)];
                double dr2 = wa[i - 2] * a1r + wa[i - 1] * a1i;
                double di2 = wa[i - 2] * a1i - wa[i - 1] * a1r;
                int w1 = ido - 1;
                double dr3 = wa[w1 + i - 2] * a2r + wa[w1 + i - 1] * a2i;
                double di3 = wa[w1 + i - 2] * a2i - wa[w1 + i - 1] * a2r;
                double cr2 = dr2 + dr3;
                double ci2 = di2 + di3;
                double c0r = cc[(i - 1) + ido * k], c0i = cc[i + ido * k];
                ch[(i - 1) + ido * (cdim * k)] = c0r + cr2;
                ch[i + ido * (cdim * k)] = c0i + ci2;
                double tr2 = c0r + taur * cr2;
                double ti2 = c0i + taur * ci2;
                double tr3 = taui * (di2 - di3);
                double ti3 = taui * (dr3 - dr2);
                ch[(i - 1) + ido * (2 + cdim * k)] = tr2 + tr3;
                ch[(ic - 1) + ido * (1 + cdim * k)] = tr2 - tr3;
                ch[i + ido * (2 + cdim * k)] = ti3 + ti2;
                ch[ic + ido * (1 + cdim * k)] = ti3 - ti2;
            }
        }
    }

    private static void radf4(int ido, int l1, double[] cc, double[] ch, double[] wa) {
        final int cdim = 4;
        final double hsqt2 = 0.70710678118654752440;
        for (int k = 0; k < l1; k++) {
            double c0 = cc[ido * k], c1 = cc[ido * (k + l1)], c2 = cc[ido * (k + 2 * l1)],
                    c3 = cc[ido * (k + 3 * l1)];
            double tr1 = c3 + c1;
            ch[ido * (2 + cdim * k)] = c3 - c1;
            double tr2 = c0 + c2;
            ch[(ido - 1) + ido * (1 + cdim * k)] = c0 - c2;
            ch[ido * (cdim * k)] = tr2 + tr1;
            ch[(ido - 1) + ido * (3 + cdim * k)] = tr2 - tr1;
        }
        if ((ido & 1) == 0) {
            for (int k = 0; k < l1; k++) {
                int last = ido - 1;
                double c0 = cc[last + ido * k], c1 = cc[last + ido * (k + l1)], c2 = cc[last + ido * (k + 2 * l1)],
                        c3 = cc[last + ido * (k + 3 * l1)];
                double ti1 = -hsqt2 * (c1 + c3);
                double tr1 = hsqt2 * (c1 - c3);
                ch[last + ido * (cdim * k)] = c0 + tr1;
                ch[last + ido * (2 + cdim * k)] = c0 - tr1;
                ch[ido * (3 + cdim * k)] = ti1 + c2;
                ch[ido * (1 + cdim * k)] = ti1 - c2;
            }
        }
        if (ido <= 2) return;
        for (int k = 0; k < l1; k++) {
            for (int i = 2; i < ido; i += 2) {
                int ic = ido - i;
                int w = ido - 1;
                double a1r = cc[(i - 1) + ido * (k + l1)], a1i = cc[i + ido * (k + l1)];
                double a2r = cc[(i - 1) + ido * (k + 2 * l1)], a2i = cc[i + ido * (k + 2 * l1)];
                double a3r = cc[(i - 1) + ido * (k + 3 * l1)], a3i = cc[i + ido * (k + 3 * l1)];
                double cr2 = wa[i - 2] * a1r + wa[i - 1] * a1i;
                double ci2 = wa[i - 2] * a1i - wa[i - 1] * a1r;
                double cr3 = wa[w + i - 2] * a2r + wa[w + i - 1] * a2i;
                double ci3 = wa[w + i - 2] * a2i - wa[w + i - 1] * a2r;
                double cr4 = wa[2 * w + i - 2] * a3r + wa[2 * w + i - 1] * a3i;
                double ci4 = wa[2 * w + i - 2] * a3i - wa[2 * w + i - 1] * a3r;
                double tr1 = cr4 + cr2, tr4 = cr4 - cr2;
                double ti1 = ci2 + ci4, ti4 = ci2 - ci4;
                double c0r = cc[(i - 1) + ido * k], c0i = cc[i + ido * k];
                double tr2 = c0r + cr3, tr3 = c0r - cr3;
                double ti2 = c0i + ci3, ti3 = c0i - ci3;
                ch[(i - 1) + ido * (cdim * k)] = tr2 + tr1;
                ch[(ic - 1) + ido * (3 + cdim * k)] = tr2 - tr1;
                ch[i + ido * (cdim * k)] = ti1 + ti2;
                ch[ic + ido * (3 + cdim * k)] = ti1 - ti2;
                ch[(i - 1) + ido * (2 + cdim * k)] = tr3 + ti4;
                ch[(ic - 1) + ido * (1 + cdim * k)] = tr3 - ti4;
                ch[i + ido * (2 + cdim * k)] = tr4 + ti3;
                ch[ic + ido * (1 + cdim * k)] = tr4 - ti3;
            }
        }
    }

    private static void radf5(int ido, int l1, double[] cc, double[] ch, double[] wa) {
        final int cdim = 5;
        final double tr11 = 0.3090169943749474241, ti11 = 0.95105651629515357212,
                tr12 = -0.8090169943749474241, ti12 = 0.58778525229247312917;
        for (int k = 0; k < l1; k++) {
            double c0 = cc[ido * k], c1 = cc[ido * (k + l1)], c2 = cc[ido * (k + 2 * l1)],
                    c3 = cc[ido * (k + 3 * l1)], c4 = cc[ido * (k + 4 * l1)];
            double cr2 = c4 + c1, ci5 = c4 - c1;
            double cr3 = c3 + c2, ci4 = c3 - c2;
            ch[ido * (cdim * k)] = c0 + cr2 + cr3;
            ch[(ido - 1) + ido * (1 + cdim * k)] = c0 + tr11 * cr2 + tr12 * cr3;
            ch[ido * (2 + cdim * k)] = ti11 * ci5 + ti12 * ci4;
            ch[(ido - 1) + ido * (3 + cdim * k)] = c0 + tr12 * cr2 + tr11 * cr3;
            ch[ido * (4 + cdim * k)] = ti12 * ci5 - ti11 * ci4;
        }
        if (ido == 1) return;
        for (int k = 0; k < l1; k++) {
            for (int i = 2; i < ido; i += 2) {
                int ic = ido - i;
                int w = ido - 1;
                double a1r = cc[(i - 1) + ido * (k + l1)], a1i = cc[i + ido * (k + l1)];
                double a2r = cc[(i - 1) + ido * (k + 2 * l1)], a2i = cc[i + ido * (k + 2 * l1)];
                double a3r = cc[(i - 1) + ido * (k + 3 * l1)], a3i = cc[i + ido * (k + 3 * l1)];
                double a4r = cc[(i - 1) + ido * (k + 4 * l1)], a4i = cc[i + ido * (k + 4 * l1)];
                double dr2 = wa[i - 2] * a1r + wa[i - 1] * a1i;
                double di2 = wa[i - 2] * a1i - wa[i - 1] * a1r;
                double dr3 = wa[w + i - 2] * a2r + wa[w + i - 1] * a2i;
                double di3 = wa[w + i - 2] * a2i - wa[w + i - 1] * a2r;
                double dr4 = wa[2 * w + i - 2] * a3r + wa[2 * w + i - 1] * a3i;
                double di4 = wa[2 * w + i - 2] * a3i - wa[2 * w + i - 1] * a3r;
                double dr5 = wa[3 * w + i - 2] * a4r + wa[3 * w + i - 1] * a4i;
                double di5 = wa[3 * w + i - 2] * a4i - wa[3 * w + i - 1] * a4r;
                double cr2 = dr5 + dr2, ci5 = dr5 - dr2;
                double ci2 = di2 + di5, cr5 = di2 - di5;
                double cr3 = dr4 + dr3, ci4 = dr4 - dr3;
                double ci3 = di3 + di4, cr4 = di3 - di4;
                double c0r = cc[(i - 1) + ido * k], c0i = cc[i + ido * k];
                ch[(i - 1) + ido * (cdim * k)] = c0r + cr2 + cr3;
                ch[i + ido * (cdim * k)] = c0i + ci2 + ci3;
                double tr2 = c0r + tr11 * cr2 + tr12 * cr3;
                double ti2 = c0i + tr11 * ci2 + tr12 * ci3;
                double tr3 = c0r + tr12 * cr2 + tr11 * cr3;
                double ti3 = c0i + tr12 * ci2 + tr11 * ci3;
                double tr5 = cr5 * ti11 + cr4 * ti12;
                double tr4 = cr5 * ti12 - cr4 * ti11;
                double ti5 = ci5 * ti11 + ci4 * ti12;
                double ti4 = ci5 * ti12 - ci4 * ti11;
                ch[(i - 1) + ido * (2 + cdim * k)] = tr2 + tr5;
                ch[(ic - 1) + ido * (1 + cdim * k)] = tr2 - tr5;
                ch[i + ido * (2 + cdim * k)] = ti5 + ti2;
                ch[ic + ido * (1 + cdim * k)] = ti5 - ti2;
                ch[(i - 1) + ido * (4 + cdim * k)] = tr3 + tr4;
                ch[(ic - 1) + ido * (3 + cdim * k)] = tr3 - tr4;
                ch[i + ido * (4 + cdim * k)] = ti4 + ti3;
                ch[ic + ido * (3 + cdim * k)] = ti4 - ti3;
            }
        }
    }

    /**
     * Generic odd radix ip (7, 11, 13, ... here). Works in place on cc and ch and leaves the result in cc.
     * Index helpers: c1 = cc as [ido][l1][ip], c2/ch2 = cc/ch as [idl1][ip], ccOut = cc as [ido][ip][l1],
     * chIn = ch as [ido][l1][ip].
     */
    private static void radfg(int ido, int ip, int l1, double[] cc, double[] ch, double[] wa, double[] csarr) {
        final int cdim = ip;
        int ipph = (ip + 1) / 2;
        int idl1 = ido * l1;

        if (ido > 1) {
            for (int j = 1, jc = ip - 1; j < ipph; j++, jc--) {
                int is = (j - 1) * (ido - 1), is2 = (jc - 1) * (ido - 1);
                for (int k = 0; k < l1; k++) {
                    int idij = is, idij2 = is2;
                    for (int i = 1; i <= ido - 2; i += 2) {
                        int aj = i + ido * (k + l1 * j), ajc = i + ido * (k + l1 * jc);
                        double t1 = cc[aj], t2 = cc[aj + 1], t3 = cc[ajc], t4 = cc[ajc + 1];
                        double x1 = wa[idij] * t1 + wa[idij + 1] * t2;
                        double x2 = wa[idij] * t2 - wa[idij + 1] * t1;
                        double x3 = wa[idij2] * t3 + wa[idij2 + 1] * t4;
                        double x4 = wa[idij2] * t4 - wa[idij2 + 1] * t3;
                        cc[aj] = x1 + x3;
                        cc[ajc] = x2 - x4;
                        cc[aj + 1] = x2 + x4;
                        cc[ajc + 1] = x3 - x1;
                        idij += 2;
                        idij2 += 2;
                    }
                }
            }
        }

        for (int j = 1, jc = ip - 1; j < ipph; j++, jc--) {
            for (int k = 0; k < l1; k++) {
                int aj = ido * (k + l1 * j), ajc = ido * (k + l1 * jc);
                double t1 = cc[aj], t2 = cc[ajc];
                cc[aj] = t1 + t2;
                cc[ajc] = t2 - t1;
            }
        }

        for (int l = 1, lc = ip - 1; l < ipph; l++, lc--) {
            for (int ik = 0; ik < idl1; ik++) {
                ch[ik + idl1 * l] = cc[ik] + csarr[2 * l] * cc[ik + idl1] + csarr[4 * l] * cc[ik + idl1 * 2];
                ch[ik + idl1 * lc] = csarr[2 * l + 1] * cc[ik + idl1 * (ip - 1)]
                        + csarr[4 * l + 1] * cc[ik + idl1 * (ip - 2)];
            }
            int iang = 2 * l;
            int j = 3, jc = ip - 3;
            for (; j < ipph - 3; j += 4, jc -= 4) {
                iang += l; if (iang >= ip) iang -= ip;
                double ar1 = csarr[2 * iang], ai1 = csarr[2 * iang + 1];
                iang += l; if (iang >= ip) iang -= ip;
                double ar2 = csarr[2 * iang], ai2 = csarr[2 * iang + 1];
                iang += l; if (iang >= ip) iang -= ip;
                double ar3 = csarr[2 * iang], ai3 = csarr[2 * iang + 1];
                iang += l; if (iang >= ip) iang -= ip;
                double ar4 = csarr[2 * iang], ai4 = csarr[2 * iang + 1];
                for (int ik = 0; ik < idl1; ik++) {
                    ch[ik + idl1 * l] += ar1 * cc[ik + idl1 * j] + ar2 * cc[ik + idl1 * (j + 1)]
                            + ar3 * cc[ik + idl1 * (j + 2)] + ar4 * cc[ik + idl1 * (j + 3)];
                    ch[ik + idl1 * lc] += ai1 * cc[ik + idl1 * jc] + ai2 * cc[ik + idl1 * (jc - 1)]
                            + ai3 * cc[ik + idl1 * (jc - 2)] + ai4 * cc[ik + idl1 * (jc - 3)];
                }
            }
            for (; j < ipph - 1; j += 2, jc -= 2) {
                iang += l; if (iang >= ip) iang -= ip;
                double ar1 = csarr[2 * iang], ai1 = csarr[2 * iang + 1];
                iang += l; if (iang >= ip) iang -= ip;
                double ar2 = csarr[2 * iang], ai2 = csarr[2 * iang + 1];
                for (int ik = 0; ik < idl1; ik++) {
                    ch[ik + idl1 * l] += ar1 * cc[ik + idl1 * j] + ar2 * cc[ik + idl1 * (j + 1)];
                    ch[ik + idl1 * lc] += ai1 * cc[ik + idl1 * jc] + ai2 * cc[ik + idl1 * (jc - 1)];
                }
            }
            for (; j < ipph; j++, jc--) {
                iang += l; if (iang >= ip) iang -= ip;
                double ar = csarr[2 * iang], ai = csarr[2 * iang + 1];
                for (int ik = 0; ik < idl1; ik++) {
                    ch[ik + idl1 * l] += ar * cc[ik + idl1 * j];
                    ch[ik + idl1 * lc] += ai * cc[ik + idl1 * jc];
                }
            }
        }
        for (int ik = 0; ik < idl1; ik++) ch[ik] = cc[ik];
        for (int j = 1; j < ipph; j++) {
            for (int ik = 0; ik < idl1; ik++) ch[ik] += cc[ik + idl1 * j];
        }

        for (int k = 0; k < l1; k++) {
            for (int i = 0; i < ido; i++) cc[i + ido * (cdim * k)] = ch[i + ido * k];
        }

        for (int j = 1, jc = ip - 1; j < ipph; j++, jc--) {
            int j2 = 2 * j - 1;
            for (int k = 0; k < l1; k++) {
                cc[(ido - 1) + ido * (j2 + cdim * k)] = ch[ido * (k + l1 * j)];
                cc[ido * (j2 + 1 + cdim * k)] = ch[ido * (k + l1 * jc)];
            }
        }

        if (ido == 1) return;

        for (int j = 1, jc = ip - 1; j < ipph; j++, jc--) {
            int j2 = 2 * j - 1;
            for (int k = 0; k < l1; k++) {
                for (int i = 1, ic = ido - i - 2; i <= ido - 2; i += 2, ic -= 2) {
                    double hjr = ch[i + ido * (k + l1 * j)], hji = ch[i + 1 + ido * (k + l1 * j)];
                    double hcr = ch[i + ido * (k + l1 * jc)], hci = ch[i + 1 + ido * (k + l1 * jc)];
                    cc[i + ido * (j2 + 1 + cdim * k)] = hjr + hcr;
                    cc[ic + ido * (j2 + cdim * k)] = hjr - hcr;
                    cc[i + 1 + ido * (j2 + 1 + cdim * k)] = hji + hci;
                    cc[ic + 1 + ido * (j2 + cdim * k)] = hci - hji;
                }
            }
        }
    }
}
