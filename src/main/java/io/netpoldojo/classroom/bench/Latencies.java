package io.netpoldojo.classroom.bench;

import java.util.Arrays;

/** A set of measured durations, in nanoseconds; thread-safe to add to. */
public final class Latencies {
    private long[] nanos = new long[256];
    private int size;

    public synchronized void add(long value) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = value;
    }

    public synchronized int count() {
        return size;
    }

    /** The value below which {@code fraction} of the measurements fall (nearest rank), in milliseconds. */
    public synchronized double percentileMillis(double fraction) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(fraction * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }

    public double medianMillis() {
        return percentileMillis(0.5);
    }

    public double p99Millis() {
        return percentileMillis(0.99);
    }

    public synchronized double maxMillis() {
        return size == 0 ? Double.NaN : Arrays.stream(nanos, 0, size).max().getAsLong() / 1e6;
    }
}
