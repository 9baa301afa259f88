package org.skyline.common.features;

/** numpy's {@code searchsorted(side='left')} binary search, including its carry-over between keys. */
final class NumpySearch {
    private NumpySearch() {}

    static int[] searchsortedLeft(double[] arr, double[] keys) {
        int len = arr.length;
        int[] out = new int[keys.length];
        if (keys.length == 0) return out;
        int minIdx = 0, maxIdx = len;
        double lastKey = keys[0];
        for (int k = 0; k < keys.length; k++) {
            double key = keys[k];
            // numpy's comparison treats NaN as largest; our inputs carry no NaN
            if (lastKey < key) {
                maxIdx = len;
            } else {
                minIdx = 0;
                maxIdx = (maxIdx < len) ? (maxIdx + 1) : len;
            }
            lastKey = key;
            while (minIdx < maxIdx) {
                int mid = minIdx + ((maxIdx - minIdx) >> 1);
                if (arr[mid] < key) minIdx = mid + 1;
                else maxIdx = mid;
            }
            out[k] = minIdx;
        }
        return out;
    }

    /**
     * {@code searchsortedLeft(new double[] {a0, a1}, keys)[i] == 1} for every key, into {@code out}, without
     * the index array (same binary search, same carry-over between keys).
     */
    static void searchsortedLeftIsOne(double a0, double a1, double[] keys, boolean[] out) {
        if (keys.length == 0) return;
        int minIdx = 0, maxIdx = 2;
        double lastKey = keys[0];
        for (int k = 0; k < keys.length; k++) {
            double key = keys[k];
            if (lastKey < key) {
                maxIdx = 2;
            } else {
                minIdx = 0;
                maxIdx = (maxIdx < 2) ? (maxIdx + 1) : 2;
            }
            lastKey = key;
            while (minIdx < maxIdx) {
                int mid = minIdx + ((maxIdx - minIdx) >> 1);
                if ((mid == 0 ? a0 : a1) < key) minIdx = mid + 1;
                else maxIdx = mid;
            }
            out[k] = minIdx == 1;
        }
    }
}
