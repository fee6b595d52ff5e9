package io.netpoldojo.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private long now = 1_000_000_000L;
    private final RateLimiter limiter = new RateLimiter(5, 5, () -> now);

    @Test
    void aBurstThenOneBackEveryTwelveSeconds() {
        for (int i = 0; i < 5; i++) {
            assertTrue(limiter.tryAcquire("10.0.0.7"), "attempt " + (i + 1));
        }
        assertFalse(limiter.tryAcquire("10.0.0.7"));
        assertFalse(limiter.hasToken("10.0.0.7"));
        assertTrue(limiter.tryAcquire("10.0.0.8"), "another address has its own bucket");
        now += TimeUnit.SECONDS.toNanos(11);
        assertFalse(limiter.tryAcquire("10.0.0.7"));
        now += TimeUnit.SECONDS.toNanos(1);
        assertTrue(limiter.tryAcquire("10.0.0.7"));
        assertFalse(limiter.tryAcquire("10.0.0.7"));
    }

    @Test
    void keysWhoseBucketIsFullAgainAreForgotten() {
        for (int i = 0; i < 5000; i++) {
            limiter.tryAcquire("device-" + i);
            now += TimeUnit.SECONDS.toNanos(1);
        }
        assertTrue(limiter.keys() < 4200, "kept " + limiter.keys());
        assertEquals(true, limiter.hasToken("device-0"));
    }
}
