package io.adeplatform.platform.events;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;

import java.util.List;
import java.util.Optional;

/**
 * Which Kafka failures of one record will never go away by sending it again, so the relay quarantines the row
 * instead of retrying it forever. Only failures about the record itself or its topic count: anything that would
 * hit every record (broker down, cluster authorisation, timeouts, not enough replicas, unknown topic that an
 * operator may still create) stays a transient failure, retried with backoff.
 */
final class PermanentRefusals {

    private static final List<Class<? extends Throwable>> PERMANENT = List.of(
            RecordTooLargeException.class,       // over max.request.size (client) or the topic's max.message.bytes (broker)
            TopicAuthorizationException.class,   // the service may not write this topic
            InvalidTopicException.class,         // the topic name cannot exist
            InvalidRecordException.class,        // the broker refuses the record itself (e.g. no key on a compacted topic)
            SerializationException.class);       // key or value cannot be serialised

    private PermanentRefusals() {
    }

    /** The reason to quarantine, when the failure (or one of its causes) is a permanent refusal. */
    static Optional<String> reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            for (Class<? extends Throwable> type : PERMANENT) {
                if (type.isInstance(t)) {
                    return Optional.of(t.getClass().getSimpleName() + ": " + t.getMessage());
                }
            }
        }
        return Optional.empty();
    }
}
