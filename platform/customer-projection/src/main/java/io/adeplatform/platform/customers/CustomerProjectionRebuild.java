package io.adeplatform.platform.customers;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.adeplatform.platform.events.EventJson;
import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.events.IncomingEvent;
import io.adeplatform.platform.events.PoisonEventException;
import io.adeplatform.platform.events.TopicOwners;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Rebuilds the projection from scratch out of relationship.customer-state.events: reads the compacted topic from the
 * beginning up to its end at the start of the call (latest state per customer), then, in one transaction holding the
 * projection's lock, removes every team, applies those states whatever the stored versions, and deletes the customers
 * no state named (unless this service's own rows refer to them: those stay, teamless). Readers see the old projection until
 * the commit, never an empty one; the consumers wait and then apply only what is newer than the states. Parked events
 * stay and are applied when their customer's state creates it. Memory: one state per customer (under 1 MB each by
 * relationship's team limit, typically a few hundred bytes).
 */
@ApplicationScoped
public class CustomerProjectionRebuild {

    private static final Logger LOG = Logger.getLogger(CustomerProjectionRebuild.class);
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(5);
    private static final int TRANSACTION_SECONDS = 600;

    @Schema(name = "CustomerProjectionRebuildResult", description = "What a rebuild of the customer projection did")
    public record Result(int customers, int skippedRecords) {
    }

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    EventJson json;

    @Inject
    TopicOwners owners;

    @Inject
    CustomerProjector projector;

    @Inject
    ProjectionLocks locks;

    @Inject
    EntityManager em;

    public Result rebuild() {
        Map<UUID, IncomingEvent> states = new LinkedHashMap<>();
        int skipped = read(states);
        if (states.isEmpty() && customersProjected()) {
            throw new Conflict("customer-state-empty", CustomerEvents.STATE_TOPIC
                    + " holds no customer state; the projection is kept rather than emptied");
        }
        int[] keptWithoutState = new int[1];
        QuarkusTransaction.requiringNew().timeout(TRANSACTION_SECONDS).run(() -> {
            locks.wholeProjection();
            // every team goes, and no stored version may hold a state back (relationship may have been restored)
            em.createNativeQuery("DELETE FROM customer_projection_member").executeUpdate();
            em.createNativeQuery("UPDATE customer_projection SET version = NULL").executeUpdate();
            em.clear();
            states.forEach(projector::applyState);
            keptWithoutState[0] = removeCustomersWithoutState();
        });
        LOG.infof("customer projection rebuilt from %s: %d customers, %d records skipped, %d customers without a state"
                + " kept (teamless) because this service's data refers to them", CustomerEvents.STATE_TOPIC,
                states.size(), skipped, keptWithoutState[0]);
        return new Result(states.size(), skipped);
    }

    /**
     * Deletes the customers no state named (their version is still null), except those this service's own tables
     * refer to: a customer row cannot go while a subscription or a contract points at it, so it stays without a team
     * (nobody but an admin sees it). Returns how many stayed.
     */
    private int removeCustomersWithoutState() {
        StringBuilder unreferenced = new StringBuilder();
        @SuppressWarnings("unchecked")
        List<Object[]> references = em.createNativeQuery("""
                SELECT c.conrelid::regclass::text, quote_ident(a.attname) FROM pg_constraint c
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
                WHERE c.contype = 'f' AND c.confrelid = 'customer_projection'::regclass
                  AND c.conrelid <> 'customer_projection_member'::regclass""").getResultList();
        for (Object[] reference : references) {
            unreferenced.append(" AND NOT EXISTS (SELECT 1 FROM ").append(reference[0]).append(" r WHERE r.")
                    .append(reference[1]).append(" = p.id)");
        }
        em.createNativeQuery("DELETE FROM customer_projection p WHERE p.version IS NULL" + unreferenced).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT count(*) FROM customer_projection WHERE version IS NULL")
                .getSingleResult()).intValue();
    }

    private boolean customersProjected() {
        return !em.createNativeQuery("SELECT 1 FROM customer_projection LIMIT 1").getResultList().isEmpty();
    }

    /** The newest state per customer; returns how many records were not usable states. */
    private int read(Map<UUID, IncomingEvent> states) {
        int skipped = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<TopicPartition> partitions = consumer.partitionsFor(CustomerEvents.STATE_TOPIC, READ_TIMEOUT).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, READ_TIMEOUT);
            Instant deadline = Instant.now().plus(READ_TIMEOUT);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("reading " + CustomerEvents.STATE_TOPIC + " took over " + READ_TIMEOUT);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    skipped += keep(record, states) ? 0 : 1;
                }
            }
        }
        return skipped;
    }

    private boolean keep(ConsumerRecord<String, String> record, Map<UUID, IncomingEvent> states) {
        try {
            IncomingEvent state = IncomingEvent.from(record, json.mapper());
            owners.checkSource(record.topic(), state);
            if (!CustomerEvents.STATE.equals(state.type())) {
                return false;
            }
            UUID id = state.requiredUuid("customerId");
            IncomingEvent known = states.get(id);
            if (known == null || CustomerProjector.requiredVersion(state) >= CustomerProjector.requiredVersion(known)) {
                states.put(id, state); // the highest version wins, as in the consumer, even if records arrived out of order
            }
            return true;
        } catch (PoisonEventException e) {
            LOG.warnf("rebuild skips %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            return false;
        }
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG); // assigned partitions, no group, no committed offsets
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "customer-projection-rebuild");
        return config;
    }
}
