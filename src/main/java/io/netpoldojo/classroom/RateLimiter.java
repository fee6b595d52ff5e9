package io.netpoldojo.classroom;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Token buckets by key (an address, a device): each key may spend {@code burst} at once and earns
 * one back every {@code perTokenNanos}. Keys whose bucket has filled up again are forgotten, so a
 * flood of new keys cannot grow the map without bound.
 */
public final class RateLimiter {
    private static final int FORGET_ABOVE = 4096;
    private final double burst;
    private final double perTokenNanos;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new HashMap<>();

    private static final class Bucket {
        double tokens;
        long at;
    }

    /**
     * @param burst    how many a key may spend at once
     * @param perMinute how many a key earns back per minute
     */
    public RateLimiter(int burst, double perMinute, LongSupplier nanoClock) {
        if (burst < 1 || perMinute <= 0) {
            throw new IllegalArgumentException("burst " + burst + ", per minute " + perMinute);
        }
        this.burst = burst;
        this.perTokenNanos = 60e9 / perMinute;
        this.clock = nanoClock;
    }

    public RateLimiter(int burst, double perMinute) {
        this(burst, perMinute, System::nanoTime);
    }

    /** Spends one of {@code key}'s tokens: false (and nothing spent) if it has none left. */
    public synchronized boolean tryAcquire(String key) {
        long now = clock.getAsLong();
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            if (buckets.size() >= FORGET_ABOVE) {
                forgetFull(now);
            }
            bucket = new Bucket();
            bucket.tokens = burst;
            bucket.at = now;
            buckets.put(key, bucket);
        }
        refill(bucket, now);
        if (bucket.tokens < 1) {
            return false;
        }
        bucket.tokens -= 1;
        return true;
    }

    /** Whether {@code key} has a token to spend, without spending it. */
    public synchronized boolean hasToken(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            return true;
        }
        refill(bucket, clock.getAsLong());
        return bucket.tokens >= 1;
    }

    synchronized int keys() {
        return buckets.size();
    }

    private void refill(Bucket bucket, long now) {
        bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) / perTokenNanos);
        bucket.at = now;
    }

    private void forgetFull(long now) {
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            Bucket b = it.next();
            refill(b, now);
            if (b.tokens >= burst) {
                it.remove();
            }
        }
    }
}
