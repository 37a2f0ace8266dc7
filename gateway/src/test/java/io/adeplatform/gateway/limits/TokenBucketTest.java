package io.adeplatform.gateway.limits;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void theBurstIsThereAtOnceThenRefusedUntilTheSustainedRateRefillsIt() {
        TokenBucket bucket = new TokenBucket(200, 50, 0);
        for (int i = 0; i < 200; i++) {
            assertThat(bucket.tryTake(0)).as("request %d of the burst", i).isTrue();
        }
        assertThat(bucket.tryTake(0)).isFalse();
        assertThat(bucket.nanosUntilNext(0)).isEqualTo(SECOND / 50); // 20 ms for one request at 50/s

        assertThat(bucket.tryTake(SECOND / 50 - 1)).isFalse();
        assertThat(bucket.tryTake(SECOND / 50)).isTrue();
        // one second later: 50 more, not 51
        long later = SECOND / 50 + SECOND;
        for (int i = 0; i < 50; i++) {
            assertThat(bucket.tryTake(later)).isTrue();
        }
        assertThat(bucket.tryTake(later)).isFalse();
    }

    @Test
    void aLongPauseRefillsTheBurstNotMore() {
        TokenBucket bucket = new TokenBucket(3, 1, 0);
        for (int i = 0; i < 3; i++) {
            bucket.tryTake(0);
        }
        assertThat(bucket.isFull(0)).isFalse();
        assertThat(bucket.isFull(3 * SECOND)).isTrue();
        int taken = 0;
        while (bucket.tryTake(3600 * SECOND)) {
            taken++;
        }
        assertThat(taken).isEqualTo(3);
    }
}
