package io.factaudit.article;

/** Look-ups in offsets sorted ascending, so that a reader finds what stands near a place in a text without walking it. */
public final class SortedOffsets {

    private SortedOffsets() {
    }

    /** The index of the first offset at or after {@code offset} (the array's length when there is none). */
    public static int firstAtOrAfter(int[] sorted, int offset) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
