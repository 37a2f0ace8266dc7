package io.adeplatform.platform.events;

import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Which rows of a batch are published, quarantined or left pending, from the per-record outcomes. */
class BatchOutcomeTest {

    private final List<PendingEvent> batch = IntStream.range(0, 5).mapToObj(i -> new PendingEvent(UUID.randomUUID(),
            "probe", "a", "t", "{}", OffsetDateTime.now(), i, null)).toList();

    @Test
    void acknowledgedRowsArePublishedAndRefusedOnesQuarantinedWhereverTheyStand() {
        BatchOutcome outcome = BatchOutcome.of(batch, Arrays.asList(null, new RecordTooLargeException("big"), null,
                new NetworkException("gone"), new RecordTooLargeException("big too")));

        assertThat(outcome.published()).containsExactly(batch.get(0), batch.get(2));
        assertThat(outcome.quarantined()).extracting(BatchOutcome.Quarantined::event)
                .containsExactly(batch.get(1), batch.get(4));
        assertThat(outcome.quarantined().get(0).reason()).isEqualTo("RecordTooLargeException: big");
        assertThat(outcome.transientFailure()).isInstanceOf(NetworkException.class);
    }

    @Test
    void nothingAfterATransientFailureIsPublishedEvenWhenAcknowledged() {
        BatchOutcome outcome = BatchOutcome.of(batch, Arrays.asList(null, new NetworkException("gone"), null, null, null));

        assertThat(outcome.published()).containsExactly(batch.get(0));
        assertThat(outcome.quarantined()).isEmpty();
        assertThat(outcome.progressed()).isTrue();
    }
}
