package io.adeplatform.gateway.limits;

/**
 * One user's request budget: a bucket of up to {@code burst} requests, refilled continuously at the sustained rate.
 * A page that fans out spends part of the burst at once and gets it back at the sustained rate; a client that keeps
 * sending faster than that rate empties the bucket and is refused until a request's worth has refilled.
 * Times are {@link System#nanoTime()} values passed in, so the arithmetic is testable without waiting.
 */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000.0;

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long updated;

    TokenBucket(int burst, double perSecond, long now) {
        this.capacity = burst;
        this.perNano = perSecond / NANOS_PER_SECOND;
        this.tokens = burst;
        this.updated = now;
    }

    /** Takes one request from the bucket; false (and nothing taken) when less than one is left. */
    synchronized boolean tryTake(long now) {
        refill(now);
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }

    /** How long until one request's worth is back, in nanoseconds (0 when there is one now). */
    synchronized long nanosUntilNext(long now) {
        refill(now);
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perNano);
    }

    /** Full again: the same as a bucket never used, so it can be forgotten. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        if (now > updated) {
            tokens = Math.min(capacity, tokens + (now - updated) * perNano);
            updated = now;
        }
    }
}
