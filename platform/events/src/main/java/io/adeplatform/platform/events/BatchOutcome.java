package io.adeplatform.platform.events;

import java.util.ArrayList;
import java.util.List;

/**
 * What one relay batch did, decided from the per-record outcomes of {@link RelayProducer#sendAll}, in {@code seq}
 * order: acknowledged rows are published and permanently refused rows quarantined, up to the first record that
 * failed otherwise (transiently, or aborted after another failure). That record and every row after it stay
 * pending, so an aggregate's events are never published out of order; rows refused permanently are quarantined
 * wherever they stand, so a refused record can never hold the outbox back.
 */
record BatchOutcome(List<PendingEvent> published, List<Quarantined> quarantined, Throwable transientFailure) {

    static final BatchOutcome NOTHING = new BatchOutcome(List.of(), List.of(), null);

    /** A row the broker refused for good, and why. */
    record Quarantined(PendingEvent event, String reason) {
    }

    static BatchOutcome of(List<PendingEvent> batch, List<Throwable> outcomes) {
        List<PendingEvent> published = new ArrayList<>();
        List<Quarantined> quarantined = new ArrayList<>();
        Throwable transientFailure = null;
        for (int i = 0; i < batch.size(); i++) {
            Throwable failure = outcomes.get(i);
            String refusal = failure == null ? null : PermanentRefusals.reason(failure).orElse(null);
            if (refusal != null) {
                quarantined.add(new Quarantined(batch.get(i), refusal));
            } else if (failure != null) {
                transientFailure = transientFailure == null ? failure : transientFailure;
            } else if (transientFailure == null) {
                published.add(batch.get(i));
            }
        }
        return new BatchOutcome(List.copyOf(published), List.copyOf(quarantined), transientFailure);
    }

    /** Did this batch move anything out of the pending set? */
    boolean progressed() {
        return !published.isEmpty() || !quarantined.isEmpty();
    }
}
