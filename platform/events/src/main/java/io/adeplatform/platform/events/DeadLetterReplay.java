package io.adeplatform.platform.events;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.adeplatform.platform.core.NotFound;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Lists a consumer's dead letters and replays them after a fix. A replay hands each dead letter not replayed yet
 * straight to the channel's own {@code @Incoming} method ({@link ChannelInvokers}), as the record it was on the
 * original topic (topic, partition, offset, key, value, headers): the consumer's inbox (or the partner feed's
 * natural key) absorbs any repeat, so a replay can never apply an event twice. Each dead letter that went through
 * is remembered in {@code dead_letter_replay}, so a later replay skips it; one that fails again stays there to be
 * replayed after the next fix, and the ones after it are still replayed.
 */
@ApplicationScoped
public class DeadLetterReplay {

    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);
    private static final String REPLAY_HEADER = "ade-replay-of";

    /** One consuming channel's dead-letter topic, with how many it holds and how many were replayed. */
    @Schema(name = "DeadLetterTopicSummary", description = "One dead-letter topic of the service")
    public record Summary(String deadLetterTopic, String channel, String topic, String consumerGroup,
                          int deadLetters, int replayed) {
    }

    /** What a replay did: dead letters applied (or absorbed) now, skipped as replayed before, and still failing. */
    @Schema(name = "DeadLetterReplayResult", description = "What a replay did")
    public record Result(String deadLetterTopic, int replayed, int alreadyReplayed, List<Failure> failed) {
    }

    @Schema(name = "DeadLetterReplayFailure", description = "A dead letter the replay could not hand over")
    public record Failure(int partition, long offset, String eventId, String error) {
    }

    @Inject
    ConsumingChannels channels;

    @Inject
    ChannelInvokers invokers;

    @Inject
    DeadLetterReader reader;

    @Inject
    EntityManager em;

    public List<Summary> summaries() {
        List<Summary> summaries = new ArrayList<>();
        for (ConsumingChannels.Channel channel : channels.all()) {
            List<DeadLetter> letters = list(channel.deadLetterTopic());
            summaries.add(new Summary(channel.deadLetterTopic(), channel.name(), channel.topic(), channel.group(),
                    letters.size(), (int) letters.stream().filter(l -> l.replayedAt() != null).count()));
        }
        return summaries;
    }

    /** The dead letters of one of this service's dead-letter topics, oldest first. */
    public List<DeadLetter> list(String deadLetterTopic) {
        channel(deadLetterTopic);
        Map<String, Instant> replayed = replayed(deadLetterTopic);
        return reader.readAll(deadLetterTopic).stream()
                .map(r -> DeadLetter.of(r, replayed.get(position(r.partition(), r.offset()))))
                .toList();
    }

    /** Replays every dead letter of the topic not replayed yet; {@code by} (the admin) is recorded with each. */
    public Result replay(String deadLetterTopic, String by) {
        ConsumingChannels.Channel channel = channel(deadLetterTopic);
        Consumer<ConsumerRecord<String, String>> consumer = invokers.of(channel.name()).orElseThrow(
                () -> new IllegalStateException("no @Incoming method takes the records of " + channel.name()));
        Map<String, Instant> replayedBefore = replayed(deadLetterTopic);
        int replayed = 0;
        int skipped = 0;
        List<Failure> failed = new ArrayList<>();
        for (ConsumerRecord<String, String> letter : reader.readAll(deadLetterTopic)) {
            if (replayedBefore.containsKey(position(letter.partition(), letter.offset()))) {
                skipped++;
                continue;
            }
            String eventId = CloudEventHeaders.read(letter.headers(), CloudEventHeaders.ID);
            try {
                consumer.accept(original(letter, channel.topic()));
            } catch (RuntimeException e) {
                LOG.warnf("replay of %s-%d@%d (event %s) failed again: %s", deadLetterTopic, letter.partition(),
                        letter.offset(), eventId, e);
                failed.add(new Failure(letter.partition(), letter.offset(), eventId, String.valueOf(e.getMessage())));
                continue;
            }
            remember(letter, eventId, by);
            replayed++;
        }
        LOG.infof("%s replayed %s: %d replayed, %d replayed before, %d failing", by, deadLetterTopic, replayed,
                skipped, failed.size());
        return new Result(deadLetterTopic, replayed, skipped, failed);
    }

    private ConsumingChannels.Channel channel(String deadLetterTopic) {
        return channels.byDeadLetterTopic(deadLetterTopic)
                .orElseThrow(() -> new NotFound("dead-letter topic", deadLetterTopic));
    }

    /** The record as the channel first received it; the dead-letter headers go, a replay marker comes. */
    private static ConsumerRecord<String, String> original(ConsumerRecord<String, String> letter, String topic) {
        RecordHeaders headers = new RecordHeaders();
        letter.headers().forEach(h -> {
            if (!h.key().startsWith("dead-letter-")) {
                headers.add(h);
            }
        });
        headers.add(new RecordHeader(REPLAY_HEADER, (letter.topic() + "-" + letter.partition() + "@" + letter.offset())
                .getBytes(StandardCharsets.UTF_8)));
        String originalTopic = Optional.ofNullable(CloudEventHeaders.read(letter.headers(), "dead-letter-topic"))
                .orElse(topic);
        return new ConsumerRecord<>(originalTopic, number(letter, "dead-letter-partition", -1).intValue(),
                number(letter, "dead-letter-offset", -1L).longValue(), letter.timestamp(), TimestampType.CREATE_TIME,
                -1, -1, letter.key(), letter.value(), headers, Optional.empty());
    }

    private static Number number(ConsumerRecord<String, String> letter, String header, Number otherwise) {
        try {
            String value = CloudEventHeaders.read(letter.headers(), header);
            return value == null ? otherwise : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private Map<String, Instant> replayed(String deadLetterTopic) {
        Map<String, Instant> replayed = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT dead_letter_partition, dead_letter_offset, replayed_at"
                            + " FROM dead_letter_replay WHERE dead_letter_topic = ?1")
                    .setParameter(1, deadLetterTopic).getResultList();
            for (Object[] row : rows) {
                replayed.put(position(((Number) row[0]).intValue(), ((Number) row[1]).longValue()), instant(row[2]));
            }
        });
        return replayed;
    }

    private void remember(ConsumerRecord<String, String> letter, String eventId, String by) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO dead_letter_replay"
                        + " (dead_letter_topic, dead_letter_partition, dead_letter_offset, event_id, replayed_by)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING")
                .setParameter(1, letter.topic())
                .setParameter(2, letter.partition())
                .setParameter(3, letter.offset())
                .setParameter(4, eventId)
                .setParameter(5, by)
                .executeUpdate());
    }

    private static String position(int partition, long offset) {
        return partition + "@" + offset;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant();
        }
        return null;
    }
}
