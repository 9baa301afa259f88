package org.skyline.common.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link NumpyRealFft}'s plan and API contracts, with a second numpy data set independent of
 * {@link NumpyRfftBitExactTest}'s: statsd-like k/60 rates, a 1.7e9 level with 0.1-step fractions, integers, two
 * constants, and the full outputs (not digests) of longer lengths that run the generic odd-radix butterfly with
 * twiddles (21, 33, 35, 44, 49 = 7 x 7) and multi-factor plans. Comparisons are bit for bit, sign of zero included.
 *
 * <p>The literals were generated once with Debian bookworm's {@code /usr/bin/python3} (numpy 1.24.2), each value
 * printed with {@code float.hex()}, from these inputs (drawn in this order):
 * <pre>
 * rng = np.random.default_rng(20261123)
 * random        = rng.standard_normal(18) * 1000.0
 * constant      = np.full(18, 123456.789)
 * constantTenth = np.full(18, 0.1)
 * largeOffset   = 1.7e9 + np.round(rng.standard_normal(18) * 50.0, 1)
 * integers      = rng.integers(0, 100, 18).astype(np.float64)
 * lowRate       = [0, 0, 1/60, 0, 0, 0, 2/60, 0, 0, 0, 0, 1/60, 0, 0, 5/60, 0, 0, 0]
 * longer        = rng.standard_normal(49) * 10.0 + 3.0
 * EXPECTED[kind][m - 1] = [re0, im0, re1, im1, ...] of np.fft.rfft(kind, m) for m = 1..18
 * LONGER_EXPECTED[i]    = the same for np.fft.rfft(longer, LONGER_LENGTHS[i])
 * </pre>
 */
class NumpyRealFftPlanTest {

    @Test
    void everyShortLengthIsBitIdenticalToNumpy() {
        for (int kind = 0; kind < KINDS.length; kind++) {
            for (int m = 1; m <= 18; m++) {
                assertBitIdentical(EXPECTED[kind][m - 1], NumpyRealFft.rfft(INPUTS[kind], m), KINDS[kind] + " m=" + m);
            }
        }
    }

    @Test
    void longerLengthsThroughTheGenericButterflyAreBitIdentical() {
        for (int i = 0; i < LONGER_LENGTHS.length; i++) {
            int m = LONGER_LENGTHS[i];
            assertBitIdentical(LONGER_EXPECTED[i], NumpyRealFft.rfft(LONGER, m), "longer m=" + m);
        }
    }

    @Test
    void realPartsAreTheEvenEntriesOfTheComplexOutput() {
        for (int kind = 0; kind < KINDS.length; kind++) {
            for (int m = 1; m <= 18; m++) {
                double[] re = NumpyRealFft.realParts(INPUTS[kind], m);
                assertEquals(m / 2 + 1, re.length);
                for (int q = 0; q < re.length; q++) {
                    assertEquals(Double.doubleToLongBits(EXPECTED[kind][m - 1][2 * q]), Double.doubleToLongBits(re[q]));
                }
            }
        }
    }

    @Test
    void inputIsNotModifiedAndLengthsOutsideThePackedRangeAreRefused() {
        double[] x = INPUTS[0].clone();
        NumpyRealFft.rfft(x, 18);
        NumpyRealFft.realParts(x, 7);
        assertArrayEquals(INPUTS[0], x);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> NumpyRealFft.rfft(new double[50], 50));
    }

    @Test
    void factorisationFollowsPocketfft() {
        assertArrayEquals(new int[] {2, 4}, NumpyRealFft.factorize(8));
        assertArrayEquals(new int[] {4, 3}, NumpyRealFft.factorize(12));
        assertArrayEquals(new int[] {2, 3, 3}, NumpyRealFft.factorize(18));
        assertArrayEquals(new int[] {4, 4}, NumpyRealFft.factorize(16));
        assertArrayEquals(new int[] {2, 7}, NumpyRealFft.factorize(14));
        assertArrayEquals(new int[] {17}, NumpyRealFft.factorize(17));
        assertArrayEquals(new int[] {2, 4, 4}, NumpyRealFft.factorize(32));
        assertArrayEquals(new int[] {7, 7}, NumpyRealFft.factorize(49));
    }

    /** The rounding noise numpy leaves in a constant series' non-zero bins is reproduced, not zeroed. */
    @Test
    void constantSeriesNoiseIsReproduced() {
        double[] re = NumpyRealFft.realParts(INPUTS[1], 10); // 10 x 123456.789
        assertEquals(0x1.4f1bbcdcbfa54p-36, re[2], 0.0); // numpy: 1.9048704334635803e-11
    }

    /**
     * fft_coefficient end to end: golden corpus series v-016 (10 x 5.5) carries numpy's rounding noise in bins 2
     * and 3; a direct DFT gives 0 there. Bins past the rfft length (6..9 for 10 points) are 0.
     */
    @Test
    void fftCoefficientReproducesTsfreshOnAConstantSeries() {
        double[] x = new double[10];
        java.util.Arrays.fill(x, 5.5);
        java.util.Map<String, Double> f = TsfreshFeatures.compute(x, false);
        double[] golden = {55.0, 0.0, -1.1626406454245485e-15, -6.137161939757019e-16, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0};
        for (int q = 0; q < 10; q++) {
            assertEquals(Double.doubleToLongBits(golden[q]),
                    Double.doubleToLongBits(f.get("value__fft_coefficient__coeff_" + q)), "coeff_" + q);
        }
    }

    private static void assertBitIdentical(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + " length");
        for (int i = 0; i < expected.length; i++) {
            if (Double.doubleToLongBits(expected[i]) != Double.doubleToLongBits(actual[i])) {
                throw new AssertionError(what + " entry " + i + ": expected " + Double.toHexString(expected[i])
                        + " (" + expected[i] + ") but was " + Double.toHexString(actual[i]) + " (" + actual[i] + ")");
            }
        }
    }

    // generated by /usr/bin/python3 (numpy 1.24.2), see class comment
    private static final String[] KINDS = {"random", "constant", "constantTenth", "largeOffset", "integers", "lowRate"};
    private static final double[][] INPUTS = {
        {0x1.5f1996cc0fd42p+8, 0x1.b4f402f98daaep+11, 0x1.28b80e78f3e73p+9, -0x1.3502d89e30636p+9, 0x1.3c1ec36337ab2p+10, 0x1.6ab36fa5dc094p+6, -0x1.e7520944a39fep+8, 0x1.cb1ed20b11b4fp+10, 0x1.22fc7982b7c25p+10, 0x1.822f7893222aap+6, -0x1.3f05247fec04ap+10, 0x1.9f326ca68787bp+6, 0x1.47b60145b9b2bp+6, 0x1.737940a8ab053p+10, 0x1.1a7c658d18819p+9, 0x1.cebd22889f627p+10, 0x1.8d8e6f79b2f4cp+9, 0x1.c6d39070215d9p+9},
        {0x1.e240c9fbe76c9p+16, 0x1.e240c9fbe76c9p+16, 0x1.e240c9fbe76c9p+16, 0x1.e240c9fbe76c9p+16, 0x1.e240c9fbe76c9p+16, 0x1.e240c9fbe76c9p+16, 0x1.e240c9fbe76c9p+16, 0x1.e240c9fbe76c9p+16, 0x1.e240c9fbe76c9p+16, 0x1.e240c9fbe76c9p+16, 0x1.e240c9fbe76c9p+16, 0x1.e240c9fbe76c9p+16, 0x1.e240c9fbe76c9p+16, 0x1.e240c9fbe76c9p+16, 0x1.e240c9fbe76c9p+16, 0x1.e240c9fbe76c9p+16, 0x1.e240c9fbe76c9p+16, 0x1.e240c9fbe76c9p+16},
        {0x1.999999999999ap-4, 0x1.999999999999ap-4, 0x1.999999999999ap-4, 0x1.999999999999ap-4, 0x1.999999999999ap-4, 0x1.999999999999ap-4, 0x1.999999999999ap-4, 0x1.999999999999ap-4, 0x1.999999999999ap-4, 0x1.999999999999ap-4, 0x1.999999999999ap-4, 0x1.999999999999ap-4, 0x1.999999999999ap-4, 0x1.999999999999ap-4, 0x1.999999999999ap-4, 0x1.999999999999ap-4, 0x1.999999999999ap-4, 0x1.999999999999ap-4},
        {0x1.954fc4af33333p+30, 0x1.954fc3d400000p+30, 0x1.954fc2c600000p+30, 0x1.954fc438ccccdp+30, 0x1.954fc3b933333p+30, 0x1.954fc2aa66666p+30, 0x1.954fc3779999ap+30, 0x1.954fc3299999ap+30, 0x1.954fc1dd33333p+30, 0x1.954fc47000000p+30, 0x1.954fc4199999ap+30, 0x1.954fc36a66666p+30, 0x1.954fc4c533333p+30, 0x1.954fc38f9999ap+30, 0x1.954fc41d33333p+30, 0x1.954fc33e00000p+30, 0x1.954fc5239999ap+30, 0x1.954fc4ae00000p+30},
        {0x1.3400000000000p+6, 0x1.4000000000000p+2, 0x1.c800000000000p+5, 0x1.6000000000000p+4, 0x1.8800000000000p+5, 0x1.5800000000000p+6, 0x1.c800000000000p+5, 0x1.8400000000000p+6, 0x1.e000000000000p+3, 0x1.6400000000000p+6, 0x1.3800000000000p+5, 0x1.b000000000000p+5, 0x1.0000000000000p+4, 0x1.2400000000000p+6, 0x1.7000000000000p+4, 0x1.b000000000000p+5, 0x1.5800000000000p+5, 0x1.8000000000000p+6},
        {0x0.0p+0, 0x0.0p+0, 0x1.1111111111111p-6, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x1.1111111111111p-5, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x1.1111111111111p-6, 0x0.0p+0, 0x0.0p+0, 0x1.5555555555555p-4, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0},
    };
    /** [kind][m - 1]: np.fft.rfft(INPUTS[kind], m) as re0, im0, re1, im1, ... */
    private static final double[][][] EXPECTED = {
        { // random
            {0x1.5f1996cc0fd42p+8, 0x0.0p+0},
            {0x1.e0d735d30fa56p+11, 0x0.0p+0, -0x1.8910d0200bb06p+11, 0x0.0p+0},
            {0x1.15829cb8a64fap+12, 0x0.0p+0, -0x1.a75ba0e4c6afap+10, -0x1.3a2bc6ee457d7p+11},
            {0x1.ddc48349c0865p+11, 0x0.0p+0, -0x1.e4ad0c4baff48p+7, -0x1.011a5c908ce1ep+12, -0x1.e3442cb4853b6p+10, 0x0.0p+0},
            {0x1.3de9f27dae2e0p+12, 0x0.0p+0, 0x1.cc7c55af821e1p+10, -0x1.6240bd660307ep+11, -0x1.b6701e35aa4acp+11, -0x1.3e88a033c3970p+7},
            {0x1.4394c03c459e2p+12, 0x0.0p+0, 0x1.ca540b28ffe26p+10, -0x1.27f443a81a804p+11, -0x1.75a1053154cb9p+11, -0x1.b93d3a4f66fb6p+11, -0x1.7ba1409756a1cp+9, 0x0.0p+0},
            {0x1.251f9fa7fb642p+12, 0x0.0p+0, 0x1.75050da70c1cep+10, -0x1.5c6b9908d7b49p+11, -0x1.09cec1b5994d1p+9, -0x1.410be994b2596p+12, -0x1.03934414d4329p+11, 0x1.f43eb363f0214p+8},
            {0x1.97e7542abfd15p+12, 0x0.0p+0, 0x1.93bc1fe96e5b7p+11, -0x1.b634d3fbdf234p+10, 0x1.795da42aea948p+10, -0x1.27faeb98bfc99p+11, -0x1.3c0a3eccd108cp+12, 0x1.98b0fc7d9a4f8p+8, -0x1.8161fa53f2f6ep+11, 0x0.0p+0},
            {0x1.e0a6728b6dc1ep+12, 0x0.0p+0, 0x1.c4b75eb77ad17p+11, -0x1.1971f6b662c26p+9, 0x1.d3a120d0a6342p+8, -0x1.3372d8e6ff615p+10, -0x1.37090c9eadceap+12, -0x1.01058e1c46f57p+12, -0x1.5882ee99b1aa6p+10, -0x1.4754b99c5f8e5p+8},
            {0x1.e6af306dba4a9p+12, 0x0.0p+0, 0x1.520b4f071f10ap+11, -0x1.2d4f71bc159e8p+7, -0x1.33c456a324ae7p+9, -0x1.4e4146f16ed7cp+11, -0x1.055d6fe96e774p+10, -0x1.a14d5b824336ep+12, -0x1.0fb016ec36fbep+11, 0x1.9bc55a65946cep+9, -0x1.f7ea72ae604e4p+10, 0x0.0p+0},
            {0x1.96ede74dbf496p+12, 0x0.0p+0, 0x1.848ef59a48ab4p+9, -0x1.f33e92245d9fcp+9, -0x1.dd8330a120375p+8, -0x1.55fc02a658992p+12, 0x1.348d6020182a9p+11, -0x1.8bba744c7fe13p+12, -0x1.e52e7a1845f34p+11, -0x1.6e03f488e2ac4p+10, -0x1.a5e8cfbb4c2c7p+7, -0x1.9ab4154e97fb2p+9},
            {0x1.9d6ab10059679p+12, 0x0.0p+0, 0x1.6d8e7095948b6p+9, -0x1.c5a3b8ca3bf1bp+10, 0x1.1c74f19bfe07dp+11, -0x1.75d4dd5926b93p+12, 0x1.edafa116c72dcp+11, -0x1.2712d3f8249eap+11, -0x1.0c5e0f05b0d48p+12, -0x1.6caac3e1675cap+11, -0x1.0eaae135e9052p+11, 0x1.8f6b3c62d1b19p+10, -0x1.a8715efc5a65ap+11, 0x0.0p+0},
            {0x1.a2898905704e6p+12, 0x0.0p+0, 0x1.dd79eb1501ce8p+9, -0x1.345b5d6de801ap+11, 0x1.0ce4f054f506dp+12, -0x1.2bb9b6ae48ddcp+12, 0x1.a53eca42f595dp+10, 0x1.314c3b0aefe00p+6, -0x1.a9880482dbcbap+11, -0x1.70213f3a9269ep+12, -0x1.f4f4e92863175p+11, -0x1.6dadaf19b06d0p+8, -0x1.2a3e4594276cep+9, -0x1.55faf6d4f4f1ap+10},
            {0x1.ff67d92f9b0fap+12, 0x0.0p+0, 0x1.433685dcc8212p+11, -0x1.227fe5ecb783ep+11, 0x1.76d2ed842986cp+12, -0x1.e7cc98f7a492ap+10, -0x1.46efeb5b746b4p+9, 0x1.aa8a68bde49d4p+9, -0x1.60f77fcf41898p+7, -0x1.7075b7b4b6b56p+12, -0x1.27ae907e61048p+12, -0x1.2035af9548894p+9, -0x1.19ed1aae541b2p+11, 0x1.f32959492e4bcp+10, -0x1.2bf827a3410d6p+12, 0x0.0p+0},
            {0x1.115bb2f09f0fep+13, 0x0.0p+0, 0x1.85a91744c3b6dp+11, -0x1.f36c871e4a051p+10, 0x1.4271f79bc0b1ap+12, 0x1.084ea473f6857p+8, -0x1.712b1ec82a984p+11, -0x1.608d4aefe8ed6p+10, 0x1.d966a97f98548p+10, -0x1.490f9e3ccb227p+12, -0x1.4756256e80d67p+12, -0x1.d05c1fd0ad8d5p+11, -0x1.b644b0e0406a4p+11, -0x1.e147700145c80p+7, -0x1.ab3a93893dde0p+7, -0x1.074400b75354ap+11},
            {0x1.4b335741b2fc3p+13, 0x0.0p+0, 0x1.23898c64a494ap+12, -0x1.12f0af0afcaa2p+10, 0x1.1d4e78554ee73p+12, 0x1.20423eb51f849p+11, -0x1.1256936ec0381p+11, -0x1.a08dfd26aa30ap+11, 0x1.b14e37bdaedb0p+11, -0x1.f2e1c61054dfep+10, -0x1.bd618e16ba887p+11, -0x1.1bdcf9a0a280ap+12, -0x1.083a1a763aaebp+12, 0x1.88bdc3f1286adp+9, -0x1.0dc71ee336035p+11, 0x1.2ea278fd9efa3p+11, -0x1.7c57e393c5d5ap+12, 0x0.0p+0},
            {0x1.640c3e394e2b8p+13, 0x0.0p+0, 0x1.2f90b7d106a77p+12, -0x1.b89377429ca10p+7, 0x1.336a8f0005e4ap+11, 0x1.7a2e8c44a3dc4p+11, -0x1.2200a3f61e4c0p+10, -0x1.4a5fb80a379ffp+12, 0x1.e00cf16947236p+10, -0x1.52d13d26e8210p+7, -0x1.0d97e189967fdp+11, -0x1.918975214c286p+12, -0x1.5abfb3cf85435p+12, -0x1.fb89c42d8950ep+10, -0x1.97d45539a11cap+11, -0x1.72569e97b3674p+8, 0x1.64c2ccccefe10p+7, -0x1.6ffd264350140p+11},
            {0x1.8079774050416p+13, 0x0.0p+0, 0x1.34bf5a696e3f4p+12, 0x1.329bb9074d829p+9, 0x1.5e05dd7783274p+9, 0x1.567dce4bbdd39p+11, 0x1.0016eff26344fp+10, -0x1.889093f65a552p+12, 0x1.047569b176f28p+8, 0x1.b638a4a12b820p+7, 0x1.f4b9d82f03228p+9, -0x1.9d1fe21107349p+12, -0x1.08ecfccaf6430p+12, -0x1.c3f5e593fba60p+11, -0x1.54086347232d8p+11, 0x1.4f2a90aaf49d4p+9, -0x1.ad701edd27bdep+9, 0x1.2dda42a7874dbp+11, -0x1.838087b293a2cp+12, 0x0.0p+0},
        },
        { // constant
            {0x1.e240c9fbe76c9p+16, 0x0.0p+0},
            {0x1.e240c9fbe76c9p+17, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0},
            {0x1.69b0977ced917p+18, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0},
            {0x1.e240c9fbe76c9p+18, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0},
            {0x1.2d687e3d70a3ep+19, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x1.0000000000000p-36, 0x0.0p+0},
            {0x1.69b0977ced917p+19, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0},
            {0x1.a5f8b0bc6a7f0p+19, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, -0x1.0000000000000p-35, 0x0.0p+0, -0x1.0000000000000p-36, 0x0.0p+0},
            {0x1.e240c9fbe76c9p+19, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, -0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0},
            {0x1.0f44719db22d1p+20, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0},
            {0x1.2d687e3d70a3ep+20, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x1.4f1bbcdcbfa54p-36, -0x1.e6f0e134454ffp-37, 0x1.61c8864680b58p-37, -0x1.e6f0e134454ffp-37, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0},
            {0x1.4b8c8add2f1aap+20, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x1.0000000000000p-35, 0x0.0p+0, 0x1.0000000000000p-35, 0x0.0p+0, 0x1.0000000000000p-35, 0x0.0p+0, 0x1.8000000000000p-36, 0x0.0p+0},
            {0x1.69b0977ced917p+20, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0},
            {0x1.87d4a41cac083p+20, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, -0x1.0000000000000p-35, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x1.0000000000000p-36, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0},
            {0x1.a5f8b0bc6a7f0p+20, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, -0x1.9f9d07145f6e8p-35, 0x1.904c37505de4cp-36, -0x1.38f721c6048b0p-36, 0x1.f329c0558e969p-37, -0x1.8e11bc73f6ea0p-37, 0x1.f329c0558e969p-37, -0x1.818be3ae8245ep-37, 0x1.904c37505de4cp-36, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0},
            {0x1.c41cbd5c28f5dp+20, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x1.9089c41bd4075p-36, -0x1.bcd7b9e961344p-36, 0x1.0000000000001p-37, -0x1.89f188bdcd7aep-36, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x1.deec77c857f15p-37, 0x1.9731895c9dcacp-39},
            {0x1.e240c9fbe76c9p+20, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, -0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0},
            {0x1.00326b4dd2f1bp+21, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, -0x1.0000000000000p-34, 0x0.0p+0, -0x1.0000000000000p-34, 0x0.0p+0, -0x1.0000000000000p-34, 0x0.0p+0, -0x1.0000000000000p-34, 0x0.0p+0, -0x1.8000000000000p-35, 0x0.0p+0, -0x1.c000000000000p-35, 0x0.0p+0},
            {0x1.0f44719db22d1p+21, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0},
        },
        { // constantTenth
            {0x1.999999999999ap-4, 0x0.0p+0},
            {0x1.999999999999ap-3, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0},
            {0x1.3333333333334p-2, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0},
            {0x1.999999999999ap-2, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0},
            {0x1.0000000000000p-1, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, -0x1.0000000000000p-56, 0x0.0p+0},
            {0x1.3333333333334p-1, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0},
            {0x1.6666666666666p-1, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, -0x1.0000000000000p-56, 0x0.0p+0, -0x1.0000000000000p-57, 0x0.0p+0},
            {0x1.999999999999ap-1, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, -0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0},
            {0x1.ccccccccccccep-1, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0},
            {0x1.0000000000000p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, -0x1.4f1bbcdcbfa54p-56, 0x1.e6f0e134454ffp-57, -0x1.61c8864680b58p-57, 0x1.e6f0e134454ffp-57, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0},
            {0x1.1999999999999p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x1.0000000000000p-55, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0},
            {0x1.3333333333334p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0},
            {0x1.4ccccccccccccp+0, 0x0.0p+0, 0x1.0000000000000p-54, 0x0.0p+0, 0x1.0000000000000p-55, 0x0.0p+0, 0x1.8000000000000p-55, 0x0.0p+0, 0x1.8000000000000p-55, 0x0.0p+0, 0x1.e000000000000p-55, 0x0.0p+0, 0x1.0000000000000p-54, 0x0.0p+0},
            {0x1.6666666666666p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, -0x1.9f9d07145f6e8p-56, 0x1.904c37505de4cp-57, -0x1.38f721c6048b0p-57, 0x1.f329c0558e969p-58, -0x1.8e11bc73f6ea0p-58, 0x1.f329c0558e969p-58, -0x1.818be3ae8245ep-58, 0x1.904c37505de4cp-57, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0},
            {0x1.8000000000000p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, -0x1.9089c41bd4075p-56, 0x1.bcd7b9e961344p-56, -0x1.0000000000001p-57, 0x1.89f188bdcd7aep-56, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, -0x1.deec77c857f15p-57, -0x1.9731895c9dcacp-59},
            {0x1.999999999999ap+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, -0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0},
            {0x1.b333333333332p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, -0x1.0000000000000p-54, 0x0.0p+0, -0x1.0000000000000p-55, 0x0.0p+0, -0x1.0000000000000p-56, 0x0.0p+0, -0x1.0000000000000p-56, 0x0.0p+0, -0x1.0000000000000p-55, 0x0.0p+0, -0x1.0000000000000p-56, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0},
            {0x1.ccccccccccccep+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0},
        },
        { // largeOffset
            {0x1.954fc4af33333p+30, 0x0.0p+0},
            {0x1.954fc4419999ap+31, 0x0.0p+0, 0x1.b666666000000p+5, 0x0.0p+0},
            {0x1.2ffbd2d24cccdp+32, 0x0.0p+0, 0x1.6233333000000p+6, -0x1.d3a75a10d20dbp+5},
            {0x1.954fc3e080000p+32, 0x0.0p+0, 0x1.e933333000000p+6, 0x1.9333334000000p+4, -0x1.2f33330000000p+5, 0x0.0p+0},
            {0x1.faa3b4ceccccdp+32, 0x0.0p+0, 0x1.5bcdd44000000p+6, 0x1.80ecc724ba041p+5, 0x1.7931244000000p+5, -0x1.706786d7e9e64p+6},
            {0x1.2ffbd2bcb3334p+33, 0x0.0p+0, 0x1.d7ffffb000000p+4, -0x1.78e4edfc93768p+3, 0x1.3499999a00000p+7, -0x1.d458b6b8df49fp+6, 0x1.dccccd0000000p+4, 0x0.0p+0},
            {0x1.62a5cb2ba6666p+33, 0x0.0p+0, 0x1.ba71030000000p+5, -0x1.35068e56aa36cp+5, 0x1.8ea5018000000p+7, 0x1.5a74f0f6809a0p+2, -0x1.0fa3aca000000p+4, -0x1.1dd3832a1e294p+5},
            {0x1.954fc390d999ap+33, 0x0.0p+0, 0x1.08aae91b59274p+6, -0x1.c13465804b474p+5, 0x1.1566666000000p+7, 0x1.c800004000000p+5, 0x1.c6aa2dc94db17p+5, -0x1.21e6b30012d1dp+7, 0x1.8a66660000000p+5, 0x0.0p+0},
            {0x1.c7f9bbcc80000p+33, 0x0.0p+0, 0x1.d18e4cf0d8ba4p+3, -0x1.e50abb58fafbep+6, 0x1.2506879fe2fe6p+6, -0x1.deda415c6e7c0p+4, 0x1.aeb3336000000p+7, -0x1.7a1b502466083p+7, 0x1.25c7ae9201ea6p+6, -0x1.113d34a5ec08ep+5},
            {0x1.faa3b45a80000p+33, 0x0.0p+0, 0x1.05120350e329fp+7, -0x1.aa325aba2b689p+6, 0x1.333e6e3bc8f2ap+7, 0x1.d2a67071e75ccp+5, 0x1.f454630c370d6p+7, 0x1.7e382280d9776p+6, -0x1.707cdca1c653ep+6, 0x1.76ee39acfacb4p+4, -0x1.cd99998000000p+6, 0x0.0p+0},
            {0x1.16a6d66ed999ap+34, 0x0.0p+0, 0x1.8b78ff7000000p+7, -0x1.be13b77858625p+5, 0x1.9875738000000p+6, 0x1.254194587a3d1p+7, 0x1.e25c8a0000000p+5, 0x1.1faf82725bfe8p+7, -0x1.e48d7dc000000p+4, -0x1.cd4100fa55e73p+7, 0x1.255a74d800000p+6, -0x1.4d23ecb9cfa08p+6},
            {0x1.2ffbd2a580000p+34, 0x0.0p+0, 0x1.8b0617f27b590p+7, -0x1.a101c56038a58p+3, -0x1.9e66668000000p+3, 0x1.f8b83802e58fep+6, -0x1.19999c0000000p+2, -0x1.0cccce0000000p+3, 0x1.02d9999c00000p+8, -0x1.c5f873d2c90c3p+7, 0x1.44b46cf6129c0p+5, 0x1.704071580e292p+5, -0x1.1e66660000000p+6, 0x0.0p+0},
            {0x1.4950cef1d3333p+34, 0x0.0p+0, 0x1.0619c90000000p+8, 0x1.d1329adc76629p+5, -0x1.97b2da0000000p+4, 0x1.cf7cb78bf0196p+6, 0x1.98f70ce000000p+6, 0x1.33fc0d94d0a80p-1, 0x1.2e47a44c00000p+8, 0x1.a9c68185bc2a9p+6, -0x1.4565345200000p+7, -0x1.9200763e828d4p+3, -0x1.2b24dde000000p+5, -0x1.303e1279d6287p+6},
            {0x1.62a5cb2accccdp+34, 0x0.0p+0, 0x1.cdfbe93010358p+7, 0x1.b7534e0d2a514p+6, -0x1.69445f94644cep+6, 0x1.80530e5d53cdcp+5, 0x1.b2df7339c3acap+6, 0x1.2e893d1888c68p+3, 0x1.75aebec63c536p+6, 0x1.10960b41836c6p+7, -0x1.b5d172e6ecca0p+0, -0x1.54ab6dc33d8eap+8, 0x1.09fe038fefca8p+7, -0x1.7fb4f457660e8p+5, 0x1.7333300000000p+2, 0x0.0p+0},
            {0x1.7bfac76ca0000p+34, 0x0.0p+0, 0x1.c21929f0f1518p+7, 0x1.3ad369dd55eccp+7, -0x1.44f837768d53ep+6, -0x1.04fb4acc0c0b0p+4, 0x1.0b23839f3720ap+7, 0x1.baca94d2f2915p+5, 0x1.16be6356c4142p+5, 0x1.1c5328925987ep+6, 0x1.3e8ccce000000p+8, -0x1.88a7ea556846fp+7, -0x1.b68e0e5a895a2p+5, 0x1.ed46970f8f0b6p+6, -0x1.42cc815fe0ed6p+6, -0x1.5d05aea5118dfp+5},
            {0x1.954fc3a080000p+34, 0x0.0p+0, 0x1.4030edd540017p+7, 0x1.64e66b87bb293p+7, -0x1.600d9bef6b779p+6, -0x1.9b12989f6276ap+6, 0x1.86b3e97bdd0eap+6, 0x1.e6f47c8722352p+5, 0x1.2ccccc8000000p+5, -0x1.cccccc0000000p+4, 0x1.44d7b44d5ace8p+8, 0x1.0411398eff4ecp+4, -0x1.41f932084a444p+7, -0x1.82bc7f6fb13b5p+7, 0x1.16c5b4d21bda3p+7, -0x1.0c548c682d7a5p+7, 0x1.eccccc0000000p+5, 0x0.0p+0},
            {0x1.aea4bff2b999ap+34, 0x0.0p+0, 0x1.a9f0da8000000p+7, 0x1.bd857c83b4302p+7, 0x1.2e02910000000p+5, -0x1.97dc11c4694e4p+6, 0x1.0c14116000000p+7, 0x1.49a5f0bd455dcp+7, 0x1.da492ee000000p+6, 0x1.db9af1b0a6f24p+5, 0x1.696318d000000p+7, 0x1.e2c69e9f5c684p+7, 0x1.501e39e000000p+5, -0x1.e5404e687db4bp+7, -0x1.1774c00000000p+2, 0x1.71921f86d5195p+7, -0x1.85a5f65c00000p+7, 0x1.839953543f6d0p+3},
            {0x1.c7f9bc3d9999ap+34, 0x0.0p+0, 0x1.c6b5e76e74b7ep+7, 0x1.124a710f26409p+8, 0x1.a8566141e02bcp+6, -0x1.eb073dd7f9272p+5, 0x1.a399998000000p+5, 0x1.e9ff46b776a72p+7, 0x1.e1d430d43f5f7p+5, 0x1.a91a1eb3b0cc1p+6, -0x1.33ec869df5215p+5, 0x1.58801126bb124p+7, 0x1.a7b3332000000p+7, -0x1.bb9405bba7ef8p+7, -0x1.af6df8f2f76f8p+7, -0x1.821576633a6fep+5, 0x1.36f2b98c00248p+6, -0x1.a7d98b4172392p+7, 0x1.6c00000000000p+6, 0x0.0p+0},
        },
        { // integers
            {0x1.3400000000000p+6, 0x0.0p+0},
            {0x1.4800000000000p+6, 0x0.0p+0, 0x1.2000000000000p+6, 0x0.0p+0},
            {0x1.1600000000000p+7, 0x0.0p+0, 0x1.7000000000000p+5, 0x1.68443dcc7be4ap+5},
            {0x1.4200000000000p+7, 0x0.0p+0, 0x1.4000000000000p+4, 0x1.1000000000000p+4, 0x1.ac00000000000p+6, 0x0.0p+0},
            {0x1.a400000000000p+7, 0x0.0p+0, 0x1.dc64a8e7148dep+4, 0x1.546250d9d9a07p+4, 0x1.cdcdab8c75b92p+5, 0x1.d9323c59a0c9cp+5},
            {0x1.2800000000000p+8, 0x0.0p+0, 0x1.7c00000000000p+5, 0x1.f9c243104b771p+5, 0x1.0000000000020p-1, 0x1.344e1758d654ep+6, 0x1.1800000000000p+6, 0x0.0p+0},
            {0x1.6100000000000p+8, 0x0.0p+0, 0x1.3ddf940975e02p+4, 0x1.4292708eb844ep+6, -0x1.55df84e13671cp+4, 0x1.101117adc05e8p+4, 0x1.79fffc35f0244p+6, 0x1.a363ec1620f08p+4},
            {0x1.c200000000000p+8, 0x0.0p+0, 0x1.7c1e24cc824cap+4, 0x1.b93c10ceb10e2p+6, 0x1.8000000000000p+3, 0x1.c000000000000p+4, 0x1.01f0ed99bed9bp+5, 0x1.b93c10ceb10e2p+6, 0x1.e000000000000p+4, 0x0.0p+0},
            {0x1.d100000000000p+8, 0x0.0p+0, -0x1.7a5dca131aa94p+5, 0x1.6324ae2b52333p+6, -0x1.4b78127c52600p-2, -0x1.e90ad80776d26p+4, 0x1.8000000000000p+0, 0x1.83fab8b4d4315p+2, 0x1.403d2e8e04d38p+7, -0x1.c6b15c0ea3e64p+4},
            {0x1.1500000000000p+9, 0x0.0p+0, -0x1.09db243701588p+5, 0x1.55d82cc2bf6dcp+6, 0x1.191fe68f0af33p+6, 0x1.c134b2ba9bbd0p+1, 0x1.05db24370158cp+5, 0x1.1066b16b2dbccp+6, 0x1.e1c032e1ea194p+5, 0x1.37e3fd42111acp+7, -0x1.6000000000000p+5, 0x0.0p+0},
            {0x1.2880000000000p+9, 0x0.0p+0, -0x1.fb5625ae0bf94p+5, 0x1.12ab014119bedp+6, 0x1.fd8256d764ea3p+5, 0x1.9403195e5925ap+4, -0x1.8ccaeb337b0b8p+4, 0x1.1851c84387490p+5, -0x1.625a76118beaep+4, 0x1.e23a2e3ed4f3ap+4, 0x1.5b599fde4aa28p+7, -0x1.558419950551ap+6},
            {0x1.4380000000000p+9, 0x0.0p+0, -0x1.1d8c711158a45p+6, 0x1.9fbbc233841b6p+5, 0x1.0000000000000p+6, 0x1.761f7b40a80b1p+5, -0x1.8000000000000p+3, -0x1.c000000000000p+2, 0x1.5ffffffffffffp+5, 0x1.30d747fbcb4b6p+4, 0x1.1ec63888ac522p+7, 0x1.1c110f731ef92p+7, -0x1.d800000000000p+5, 0x0.0p+0},
            {0x1.4b80000000000p+9, 0x0.0p+0, -0x1.b03afb376287ap+6, 0x1.3691e80ed2ed2p+4, 0x1.1ca54e4ea5c8ep+5, 0x1.1d7a22ee7d6a1p+5, 0x1.cd865149c8540p+3, -0x1.c183afff9552dp+5, 0x1.744236dc71a76p+5, 0x1.c279823abd7d3p+4, 0x1.44a1a1eb16048p+3, 0x1.5458a5c9f0156p+6, 0x1.54c11d1d9d824p+7, -0x1.eedb466b6ab8fp+6},
            {0x1.7000000000000p+9, 0x0.0p+0, -0x1.43710c1e406cfp+6, 0x1.8288a4162b220p+1, 0x1.02514a1fa5296p+6, 0x1.ea9f3c6de41f8p+5, 0x1.42dd01f3432c6p+6, -0x1.0adf3942e9250p+3, 0x1.36f149b1e6cf6p+4, 0x1.75fbeff82052ap+6, -0x1.7b5faea815fc4p+3, 0x1.0bae68c035b36p+6, 0x1.39f931b9f0916p+7, 0x1.ec4c9034208cep+6, -0x1.d000000000000p+6, 0x0.0p+0},
            {0x1.7b80000000000p+9, 0x0.0p+0, -0x1.8e819578ad0b8p+6, -0x1.47708c2194006p+4, 0x1.1cb59e22bc651p+5, 0x1.1160beaf5792fp+6, 0x1.e895664b4e08ap+5, 0x1.e1f288af03870p+2, -0x1.a76046fe6c499p+5, 0x1.7bd89bdc24720p+4, 0x1.8000000000000p+3, -0x1.83fab8b4d4315p+4, 0x1.01b54cda58fbap+6, 0x1.4e0e0e899499cp+6, 0x1.62eb74f3427eep+7, -0x1.456426ead1b0ep+7},
            {0x1.9680000000000p+9, 0x0.0p+0, -0x1.4f77f9bb0c36cp+6, -0x1.2434e18606c66p+5, 0x1.10918c003e158p+5, 0x1.4bfad401b2968p+6, 0x1.0926642f7071cp+6, 0x1.ad6a9716e298ap+4, -0x1.3000000000000p+4, -0x1.a000000000000p+4, 0x1.415c156a8c7d8p+6, 0x1.130561f45d5f3p+5, 0x1.3edce7ff83d50p+4, 0x1.cbfad401b2968p+6, 0x1.727ac01087a3cp+7, 0x1.9c0d9a7172a65p+6, -0x1.2600000000000p+7, 0x0.0p+0},
            {0x1.ac00000000000p+9, 0x0.0p+0, -0x1.363ea5e87daeep+6, -0x1.9144bf42bbb76p+5, 0x1.02bf657899f18p+4, 0x1.72fa6c3ca97c1p+6, 0x1.c721ec488ed94p+5, 0x1.1d104b673859fp+5, 0x1.3c16697b99d48p+4, -0x1.413bc326f4d1fp+5, 0x1.f3f0e07ced76ep+4, 0x1.5ca8d89801a77p+6, -0x1.3fa2c8e7d5752p+5, 0x1.27e45777e0a64p+5, 0x1.295fd8d773c56p+6, 0x1.63c72e4a9135ep+6, 0x1.2336c7c23273ep+7, -0x1.7c71a88a9e868p+7},
            {0x1.dc00000000000p+9, 0x0.0p+0, -0x1.482963bbd7e24p+4, -0x1.5c1103ed494dap+5, 0x1.260758082b5c0p+5, 0x1.04ccb0ebc0687p+7, 0x1.3600000000000p+6, 0x1.500492412ea19p+6, 0x1.dc1232ddaeb9bp+5, 0x1.5097e9a5bda58p+4, -0x1.2b106619c6f51p+5, 0x1.cde4eab76a28ep+6, -0x1.bfffffffffff0p+1, 0x1.5a6900584fbe5p+4, 0x1.a64a2fef65cc8p+4, 0x1.0f32c6eef2667p+7, 0x1.64799d46897a8p+7, 0x1.412ffd2a5fcb1p+6, -0x1.9000000000000p+7, 0x0.0p+0},
        },
        { // lowRate
            {0x0.0p+0, 0x0.0p+0},
            {0x0.0p+0, 0x0.0p+0, 0x0.0p+0, 0x0.0p+0},
            {0x1.1111111111111p-6, 0x0.0p+0, -0x1.1111111111111p-7, 0x1.d8f7208e6b82dp-7},
            {0x1.1111111111111p-6, 0x0.0p+0, -0x1.1111111111111p-6, 0x0.0p+0, 0x1.1111111111111p-6, 0x0.0p+0},
            {0x1.1111111111111p-6, 0x0.0p+0, -0x1.b9d4c61b32719p-7, -0x1.410255a16c6cbp-7, 0x1.51876a1442c11p-8, 0x1.03b3ab4f13e66p-6},
            {0x1.1111111111111p-6, 0x0.0p+0, -0x1.1111111111111p-7, -0x1.d8f7208e6b82dp-7, -0x1.1111111111111p-7, 0x1.d8f7208e6b82dp-7, 0x1.1111111111111p-6, 0x0.0p+0},
            {0x1.999999999999ap-5, 0x0.0p+0, 0x1.17beda02e8e01p-6, 0x1.4187205030366p-7, -0x1.6f8cf8606aa3dp-6, 0x1.4575bc8e93e0dp-5, -0x1.41cb7b3c17d5ep-6, 0x1.c27353484055cp-6},
            {0x1.999999999999ap-5, 0x0.0p+0, 0x0.0p+0, 0x1.1111111111111p-6, -0x1.999999999999ap-5, -0x0.0p+0, 0x0.0p+0, -0x1.1111111111111p-6, 0x1.999999999999ap-5, 0x0.0p+0},
            {0x1.999999999999ap-5, 0x0.0p+0, -0x1.c34c5bc413686p-7, 0x1.981826add5264p-7, -0x1.08d52bc5a2e29p-5, -0x1.1b2e08b74b304p-5, 0x1.999999999999ap-6, 0x1.d8f7208e6b82dp-7, -0x1.ff156e2f1dcecp-9, 0x1.443e9e72e0ca6p-5},
            {0x1.999999999999ap-5, 0x0.0p+0, -0x1.6572eb9621c15p-6, 0x1.ea755292c4328p-9, -0x1.a135701bbec20p-9, -0x1.53f440b76f019p-5, -0x1.a135701bbec20p-9, 0x1.53f440b76f019p-5, -0x1.6572eb9621c15p-6, -0x1.ea755292c4328p-9, 0x1.999999999999ap-5, 0x0.0p+0},
            {0x1.999999999999ap-5, 0x0.0p+0, -0x1.9a9339f5094f8p-6, -0x1.7a1b46987b82cp-8, 0x1.189daf71af3b2p-6, -0x1.f5a1ca05e5173p-6, -0x1.35d2cb1cbbc1ap-5, 0x1.e9abfb5f74012p-6, 0x1.780566736ac43p-7, -0x1.c4fc792d127b4p-7, 0x1.2ffda7d305385p-7, 0x1.581a4cd1cc3b6p-5},
            {0x1.1111111111111p-4, 0x0.0p+0, -0x1.5a3c12a4c7b05p-7, -0x1.8fcc1efab4e36p-8, 0x1.1111111111111p-5, 0x1.0000000000000p-59, -0x1.999999999999ap-5, 0x1.1111111111111p-6, 0x1.1111111111110p-6, 0x1.d8f7208e6b82cp-6, -0x1.430a94f067ad8p-5, 0x1.750418cfbe49ep-6, 0x1.1111111111112p-5, 0x0.0p+0},
            {0x1.1111111111111p-4, 0x0.0p+0, -0x1.b80c980c8e630p-7, -0x1.056582868d422p-7, 0x1.21ea5e540134ep-6, 0x1.fb9a046d515d9p-7, -0x1.d586723c03917p-5, -0x1.6a27446b7aa26p-6, -0x1.8a30b7d44bfc8p-8, 0x1.c1757be8d9dadp-6, -0x1.ff546dc5d7306p-8, -0x1.fea4bedcef04cp-6, 0x1.12b3fcb759e46p-5, 0x1.0f13614947b6bp-5},
            {0x1.1111111111111p-4, 0x0.0p+0, -0x1.050824027963cp-6, -0x1.7075d968711c0p-7, 0x1.0dc480add9048p-9, 0x1.173e3c1d304d6p-6, -0x1.0ce7087f57268p-5, -0x1.b034ba3d9bd98p-5, -0x1.8a97bf844df55p-7, 0x1.b56d7dbf17d03p-6, 0x1.06e291f80b4fcp-5, -0x1.52472197ff47cp-9, -0x1.7e8ed275b6480p-6, 0x1.6655dcee240ecp-5, 0x1.1111111111112p-5, 0x0.0p+0},
            {0x1.3333333333333p-3, 0x0.0p+0, 0x1.dfd1875244a02p-5, 0x1.2ef6f50381d7dp-6, 0x1.895aa1a97a04bp-5, 0x1.2d6cc532273f8p-4, 0x1.c624711aec494p-6, 0x1.66e62bcd71966p-6, -0x1.2d18118733bf9p-5, 0x1.cdacfdb611dc4p-4, -0x1.9999999999998p-6, 0x1.9dd83c7c9e126p-4, -0x1.a4bc4f79ee458p-4, 0x1.225b007840298p-5, -0x1.6f474aa7be188p-5, 0x1.63b48d6fa5ff5p-5},
            {0x1.3333333333333p-3, 0x0.0p+0, 0x1.4decf01c5c2cdp-5, 0x1.3f3a46deaf03cp-5, -0x1.822cb17ff2eb8p-7, 0x1.695403699b3c3p-4, -0x1.0408c3613d5d8p-5, 0x1.19ad2eb8c56e2p-6, -0x1.1111111111111p-3, 0x1.1111111111111p-6, -0x1.00284fcf543ccp-4, -0x1.eaac34472068ep-6, 0x1.822cb17ff2eb8p-7, -0x1.c9df2fc997f71p-4, 0x1.b66c72e389aa3p-5, -0x1.0bc9aa850f9f2p-7, 0x1.ddddddddddddep-4, 0x0.0p+0},
            {0x1.3333333333333p-3, 0x0.0p+0, 0x1.3cb3abf55ba08p-6, 0x1.9a2907dd577a0p-5, -0x1.fee4aae26b056p-5, 0x1.0e1336fb88981p-4, -0x1.7361cead96656p-5, -0x1.1bb79741d4367p-5, -0x1.4ea399e435d27p-4, -0x1.78c8ee7b4140ap-4, 0x1.aa34f70b4a53bp-5, -0x1.f82a8e1408629p-6, 0x1.c2f368f7b2285p-4, 0x1.1df26e289551ap-5, -0x1.16c773684fdf6p-5, 0x1.84716fd1449dep-4, -0x1.0e86e49b05ec1p-5, 0x1.09759cc5020ccp-4},
            {0x1.3333333333333p-3, 0x0.0p+0, -0x1.1fd5092f62068p-9, 0x1.b3d010c38c95ep-5, -0x1.6d4e6ac58276ep-4, 0x1.9219ba803ff7fp-6, -0x1.1111111111110p-7, -0x1.279a74590331bp-4, 0x1.03a45272683afp-6, -0x1.8057e400dbe61p-4, 0x1.826b6fb368d18p-5, 0x1.51a56b90c6773p-4, -0x1.9999999999998p-6, 0x1.9dd83c7c9e127p-4, -0x1.8503dc5d06256p-4, -0x1.d5f7ea77a0ebap-5, 0x1.7e6225706e6dbp-6, -0x1.0449f46c3683ep-5, 0x1.ddddddddddddep-4, 0x0.0p+0},
        },
    };
    private static final double[] LONGER = {0x1.64bbfeba05289p+2, 0x1.179a56b701cdap+2, 0x1.58e0ee239afc1p+1, 0x1.35818f19f1a76p+4, 0x1.41d55afd83400p+2, 0x1.bc7f539e3b188p+0, 0x1.1936716d8e572p+4, -0x1.58cb33ceefd2ap+1, -0x1.8777b4c80522ap+2, -0x1.2bc5574417f9bp+2, -0x1.0a3a0f2e12cc1p+2, -0x1.69f3f1f697e68p+3, -0x1.6db172a1183f2p+1, 0x1.6072b21bb34e6p+3, -0x1.7327222dbae5fp+3, 0x1.5c680b019172dp+2, -0x1.08671ed476806p+1, 0x1.0538fa0eec980p-4, 0x1.ac9f38b8e4ba9p+3, 0x1.3f5f664002104p+3, 0x1.d8f197c8376d3p+3, 0x1.3192b54cb646ap+4, -0x1.f83a97c75b400p+3, -0x1.0c6ad32ccc3a3p+3, 0x1.afdbe9bf318c5p+4, 0x1.813b379b03ef6p+1, 0x1.983e7d9f14ee8p+4, 0x1.fd8b84d379fd5p+1, 0x1.8031be1d6f371p+3, -0x1.637e487dc0526p+1, 0x1.0b0184ce7eb6bp+2, 0x1.29cb0e021265ep+2, 0x1.ff357dd9b3734p+2, 0x1.6ab0dae90a3d2p+3, 0x1.4f71a8ce7ffb7p+4, 0x1.491e0521b6ca1p+1, -0x1.b995648956cdcp+3, 0x1.28b0a1ef35d80p-2, 0x1.c739dcc9f65cbp+1, -0x1.316faa5323fb8p+3, 0x1.3999ea117e8dcp+4, 0x1.6080526233ab8p-1, 0x1.fb2fd327dca54p+2, -0x1.893e7eaa8ceecp+0, 0x1.b891f9107ca3fp+3, 0x1.a1a1e7db0a7c6p+3, 0x1.33113a937b8f3p+1, 0x1.c77b0ee5d5b5cp+2, -0x1.101ba74da8b58p+3};
    private static final int[] LONGER_LENGTHS = {19, 21, 22, 25, 27, 32, 33, 35, 44, 49};
    private static final double[][] LONGER_EXPECTED = {
        {0x1.4603b39e79dc2p+5, 0x0.0p+0, 0x1.adb2c6fbaee1ep+5, -0x1.3015de06af9d3p+5, -0x1.6f4c23a659f42p+4, -0x1.434fb6dd5df34p+2, 0x1.3809a9066ae1ep+4, 0x1.6b1eca3783559p+3, -0x1.2a17de52a8167p+2, 0x1.070bc8fb8286ap+4, -0x1.072c1a4aa790ap+4, 0x1.28f7c94d17051p+4, 0x1.b22faba978b1cp+5, 0x1.c3386edaedceap+4, -0x1.39ba9437db237p+3, 0x1.9d0c7fcd524b4p+1, -0x1.6e2fd7d174167p+5, -0x1.a9b21eadfcd81p+4, 0x1.2e9da93c66904p+2, -0x1.c0ed0b0753e8ep+2},
        {0x1.060bf990441dcp+6, 0x0.0p+0, 0x1.3478b29a489a5p+6, -0x1.c1aed929839d1p+3, -0x1.1613a296b09a9p+4, -0x1.0cb7bd0236dbep-1, -0x1.2d4ca0b242cc8p-1, 0x1.40a18c6f6bbfap+5, -0x1.499cc9254022ep+4, 0x1.73035b0737dedp+2, -0x1.5f38d6845b82ap+3, 0x1.237cc41cf5f0ep+2, -0x1.328458dd72132p+3, 0x1.3b7d12c89dfcap+5, 0x1.7f72dad1ff1f8p+5, -0x1.b0aa847c5a2e3p+4, 0x1.ede747834e886p+3, 0x1.9b6b539608a60p+2, -0x1.a8d222a2044b6p+5, -0x1.a1ac0c91506b4p-1, -0x1.3e47648483434p+1, -0x1.0746ff83393acp+3},
        {0x1.5270a6e371af6p+6, 0x0.0p+0, 0x1.6b7dde476885ep+6, 0x1.1dceb2b5042b4p+1, -0x1.c45d3dc53a069p+3, 0x1.57603cba8cc48p+2, -0x1.b4e7a095e65b9p+3, 0x1.72a19d4f8b16ap+5, -0x1.c29caac7eb47ap+3, 0x1.45a3e8bc46d50p-1, -0x1.3369ddd90aeb2p+2, 0x1.8571d306d7e34p+3, -0x1.39e73351e2ea0p+4, 0x1.f8ad7bc18e07ep+4, 0x1.9ae40cc6de820p+5, 0x1.9a0a75a676294p+4, -0x1.74171fdd18d6cp+4, -0x1.29ffd722bf81cp+2, -0x1.4daadf1ab9a06p+4, -0x1.8e35e85ca356bp+5, -0x1.62130bbd7cc90p+1, 0x1.4616fed84040ap+4, -0x1.41ca28530d818p+4, 0x0.0p+0},
        {0x1.5dd2f3f4b9233p+6, 0x0.0p+0, 0x1.1984b1625d801p+6, 0x1.7a714d8fbcd3ap+4, -0x1.0fc8a26ebaa9bp+5, -0x1.3d81c54f2abc8p+5, -0x1.425e3ddeb7064p+4, -0x1.4f13f2972e677p+4, 0x1.cc500c4990470p+5, -0x1.559d8f4a927e0p+3, 0x1.f3725b633e934p+4, 0x1.a3dda0e69df1fp+4, 0x1.567a1bd511e48p+4, 0x1.569a59fa022dbp+5, -0x1.194dadebef1a2p+3, 0x1.4d7461a50d92cp+6, 0x1.13bae5cbd6680p+5, 0x1.c7fb3fa8e645cp+5, -0x1.b7631cf16f1a0p+5, 0x1.1c9b704df5f8cp+0, -0x1.082423e93ff3dp+4, -0x1.74d3d157d6d59p+5, -0x1.71a5e53366a54p+5, 0x1.c69c9003a3c62p+3, -0x1.104615d74d48ep+3, -0x1.de9023032d880p+3},
        {0x1.cfec6d19567e6p+6, 0x0.0p+0, 0x1.4018b2521d89bp+6, 0x1.4bf70200e9ac2p+5, -0x1.b0ac20822fdf0p+1, -0x1.791d0f7687adep+5, 0x1.7b2779f66c168p+3, 0x1.1490954ae1406p+2, 0x1.008c42bc88c94p+5, 0x1.27c5b6d805596p+6, -0x1.43bfa335d26cbp+5, 0x1.259861296a143p+5, -0x1.4a30038e517f6p+5, 0x1.763fbeafbad64p+2, -0x1.9caa81aaab54dp+4, -0x1.4d7b4b864e089p+4, 0x1.640444b5304f8p+5, 0x1.ac4c73db43b15p+4, 0x1.6f52af48ed4e9p+6, -0x1.2b59c5788c706p+0, -0x1.494f2769ccc78p+1, 0x1.e007763233cbap+5, -0x1.43cee956b3ffep+5, -0x1.90c8d15a69986p+3, -0x1.c0edc89823e56p+5, 0x1.380939afb7882p+5, -0x1.077f0a5dc6529p+5, -0x1.3c6eceb834960p+3},
        {0x1.1407ebf65da22p+7, 0x0.0p+0, 0x1.4a398658fac90p+5, 0x1.22105fa581f06p+6, 0x1.b25e938c4689cp+2, -0x1.a9aa37640854cp+5, -0x1.aef2b17818348p+5, -0x1.55c95779fd04ap+3, -0x1.3b6f30b6ee830p+5, -0x1.458ee43956642p+5, 0x1.35466f68b519ep+6, 0x1.e378f7e60ee60p+0, -0x1.2e37dc07015f6p+4, 0x1.44f2925506fbbp+5, -0x1.d3fa2c211565ap+4, -0x1.78302f12b7684p+3, 0x1.580f42241aedfp+4, -0x1.5a3ed48a5533cp+3, -0x1.757a261cd0646p+2, 0x1.2f12d0f240d54p+6, 0x1.2b77208a92d62p+2, 0x1.8ed465c586661p+4, 0x1.5a3043bf42876p+5, -0x1.44ea3984b954cp+6, 0x1.e47ceb74004d0p+4, 0x1.6b46da147ca24p+5, -0x1.94ffb914c8f52p+5, -0x1.efc3946431bddp+4, -0x1.f05689f1d60f4p+5, -0x1.a4376608f86efp+4, 0x1.3697aa9b9ecdap+5, -0x1.5014285b8e6b9p+5, 0x1.02b2e580d6397p+5, 0x0.0p+0},
        {0x1.240197e52b3dcp+7, 0x0.0p+0, 0x1.28100ebd1a30cp+5, 0x1.2c70328dfdc9dp+6, 0x1.e4921fe2bc2f9p+3, -0x1.be75905aa7ddcp+5, -0x1.82b10d6702df7p+5, -0x1.8124d79cab9f0p+4, -0x1.2420efbe61447p+3, -0x1.412304d24918ep+5, 0x1.0aaa53fc257bfp+6, 0x1.a84e541478be5p+5, -0x1.7b3df9a38b946p+5, 0x1.5fcf527e997a0p+4, -0x1.de77f14471057p+2, -0x1.6b7fd3b0ad0bcp+4, 0x1.3fc1d84dc9022p+4, 0x1.82e463a27eee4p+4, -0x1.b04fcd44936e2p+5, 0x1.5e0d203b1c562p+5, 0x1.6a8bacecb4d75p+4, 0x1.72e40db3ac480p+0, 0x1.6431fc9db2e90p+6, -0x1.62b21820ee58cp+3, -0x1.a31b128e4aa9ep+5, 0x1.e6038382c9098p+3, 0x1.2f92a6cdc5be8p+4, -0x1.3619a70cd9709p+6, 0x1.30dc39e1a11d2p+2, -0x1.21ce32d8d2264p+4, 0x1.5e5fe3372d1dcp+3, 0x1.1e8403c537ffdp+6, -0x1.7b9f1f6cb417ep+5, 0x1.b5fbe34f00848p+3},
        {0x1.649adaad8be10p+7, 0x0.0p+0, 0x1.67e2b7015cca5p+5, 0x1.4b340854a59e3p+6, 0x1.81b6dde729d66p+5, -0x1.86ed560e5b361p+5, -0x1.1d9521880886ep+4, -0x1.b9fb3dc61f6f4p+4, 0x1.d678cbdeb7602p+4, 0x1.1a8b32a249818p+3, -0x1.6555cd7793ad5p+3, 0x1.a49a6148bfeb8p+6, -0x1.ed95ae2cd66bbp+4, -0x1.152ba9b95479cp+5, 0x1.8c64e227cd99ep+4, 0x1.58821ea1d9766p+4, -0x1.01bbfb9e11b80p+5, 0x1.2f7b3b83d7becp+5, -0x1.d33ba3779528fp+3, -0x1.1ae9fff68c622p+4, 0x1.148b248c42c04p+4, 0x1.409ae260eba2fp+6, 0x1.55fe4fbf5d180p-3, 0x1.49af3e57334f8p+5, 0x1.4fa77cca09f14p+5, -0x1.18267acf9792fp+6, -0x1.1133846ddaba3p+3, 0x1.c3caa3b8cf4c4p+5, -0x1.2c4c5c8c85e59p+5, -0x1.01d775e247e17p+6, -0x1.0eac04de73514p+4, -0x1.117c8554941dap+5, 0x1.91e9b6ce11cbfp+4, 0x1.ebe3aa763fd26p+5, -0x1.aeb5cd0b67882p+5, 0x1.447321ab3636dp+4},
        {0x1.781b00c8e654ap+7, 0x0.0p+0, -0x1.16f5aeb247927p+5, 0x1.e9c5b6d333f5fp+5, 0x1.2d146edb1135ap+6, -0x1.5a5742fe5ac92p+5, 0x1.45d6a39beeb1ep+4, -0x1.fffb6a554278ep+5, -0x1.5b5ec5a8dd6bcp+4, -0x1.87ea2207d29ecp+2, 0x1.455377a8e91f8p+2, 0x1.17d8701ffe075p+5, -0x1.d90323a63075bp+6, 0x1.919fc7f59e01ep+5, 0x1.60b8902bc0e7ap+5, -0x1.088d6d6b8db8fp+6, -0x1.e2974595eabe1p+4, -0x1.517b34ac25886p+3, 0x1.326ebf3c7c718p+5, -0x1.d757094101304p+2, -0x1.5a934a6592601p+5, 0x1.d3b01dfa71f93p+4, 0x1.6c3801ad280a0p+1, -0x1.fa4699448220ap+4, -0x1.42aaadd73da63p+5, 0x1.d57c768b2d6f4p+2, 0x1.5b6971de6ecf7p+6, 0x1.c60b7ac05e6bap+3, 0x1.708f712802359p+5, 0x1.29b4c8b104843p+6, 0x1.845fcfdc062fap+5, -0x1.14e6736d1c256p+5, -0x1.5f7db237c0a87p+6, 0x1.212f1319d6848p+4, 0x1.48c412083a831p+5, -0x1.e0ee631c15bc9p+5, -0x1.aa45d0619d2a6p+5, -0x1.5f8be96a08e1cp+5, -0x1.30018f925e258p+4, -0x1.250e2d7a2c729p+6, 0x1.e2bf0a1ef35bap+4, 0x1.567d50163bf92p+5, 0x1.54580706c0920p+0, -0x1.fbbeee2829d91p+5, 0x1.2b140155d4b1cp+6, 0x0.0p+0},
        {0x1.afc4a1c440d74p+7, 0x0.0p+0, -0x1.41c31d41bbf8ep+5, 0x1.92312b35ba5e1p+5, 0x1.81a49112f4d68p+6, 0x1.d9a02fe5caa7ep+2, 0x1.0260ab9958dfep+4, -0x1.a78c2d6c1f2c6p+4, -0x1.11cad21261ab8p+6, -0x1.b4dd5fe888a04p+4, -0x1.ff4558dccc754p+5, -0x1.016dc8040f3d6p+4, 0x1.c1416639b5682p+1, -0x1.f0a4f9640a915p+5, -0x1.059ececadc250p+5, 0x1.c444144498dfcp+6, -0x1.6a4fdb54206e6p+3, -0x1.4ef7211f03876p+6, -0x1.0b834faea4450p+5, -0x1.a8d9539172028p+4, 0x1.7ae230a187359p+5, -0x1.450f7b6de300ep+4, -0x1.3b47617e8fa54p+5, 0x1.0db88ee26d760p+1, 0x1.498984007809ep+5, -0x1.dd568587cfeecp+3, -0x1.251f57fb395bcp+4, 0x1.e21677f08a21cp+2, 0x1.0c0a827c866d0p+1, 0x1.923f4fa8e22bbp+6, -0x1.b455acee684d6p+4, -0x1.8551d15e797e0p+4, 0x1.5802439e5ad19p+6, -0x1.6960be77cd698p+3, 0x1.65879313dc6d0p+5, -0x1.47efbc51588a8p+6, -0x1.7cbdc21ad4644p+5, 0x1.892d38eb36103p+5, 0x1.3cfdcaf8b830bp+5, -0x1.3f71985ad85fap+6, -0x1.069f7e567022dp+5, -0x1.081dc157774aep+6, 0x1.2e08326f7d228p+5, -0x1.ffd30d8487deap+5, 0x1.8c592996ca7f8p+2, 0x1.19fcd1b823c56p+6, 0x1.cd65cc7b2115dp+5, -0x1.85aa7a5be2eb0p+3, -0x1.149327ff1378ap+5, 0x1.d82f753ef4a8fp+5},
    };
}
