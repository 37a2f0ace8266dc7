package io.adeplatform.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Records an event in the outbox inside the caller's transaction, so the state change and its event commit or
 * roll back together, under a lock on the event's aggregate held to the end of that transaction. Publishing is the relay's job, never the request's. The row keeps the current span context,
 * so the published record continues the trace of the request that caused it.
 */
@ApplicationScoped
public class OutboxWriter {

    @Inject
    EntityManager em;

    @Inject
    EventJson json;

    @Inject
    OutboxConfig config;

    /** Appends version 1 of an event; see {@link EventTypes} for how type and topic are named. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String aggregateType, Object aggregateId, String eventName, Object payload) {
        return append(aggregateType, aggregateId, eventName, 1, payload);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String aggregateType, Object aggregateId, String eventName, int version, Object payload) {
        lockAggregate(aggregateType, String.valueOf(aggregateId));
        UUID id = UUID.randomUUID();
        em.createNativeQuery("INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, payload, timestamp, "
                        + "tracingspancontext) VALUES (?1, ?2, ?3, ?4, CAST(?5 AS jsonb), ?6, CAST(?7 AS varchar))")
                .setParameter(1, id)
                .setParameter(2, aggregateType)
                .setParameter(3, String.valueOf(aggregateId))
                .setParameter(4, EventTypes.type(config.domain(), aggregateType, eventName, version))
                .setParameter(5, json(payload))
                .setParameter(6, OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter(7, OutboxSpanContext.current())
                .executeUpdate();
        return id;
    }

    /*
     * seq is taken at insert, the relay publishes in seq order: two transactions appending for one aggregate must
     * therefore insert in the order they commit. A transaction-scoped advisory lock on the aggregate makes the
     * second wait until the first has committed or rolled back, even where the service did not lock the aggregate's
     * own row (an event keyed by an aggregate it does not store, e.g. AnomalyDetected by customer). Held until the
     * end of the transaction; a hash collision between two aggregates only makes them wait for each other.
     */
    private void lockAggregate(String aggregateType, String aggregateId) {
        em.createNativeQuery("SELECT CAST(pg_advisory_xact_lock(hashtextextended(CAST(?1 AS text), 0)) AS text)")
                .setParameter(1, aggregateType + "/" + aggregateId)
                .getSingleResult();
    }

    private String json(Object payload) {
        try {
            return json.mapper().writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload cannot be written as JSON", e);
        }
    }
}
