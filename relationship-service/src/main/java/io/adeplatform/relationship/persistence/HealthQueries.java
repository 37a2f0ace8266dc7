package io.adeplatform.relationship.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.platform.core.WireEnums;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.relationship.domain.HealthBand;
import io.adeplatform.relationship.domain.HealthCalculator;
import io.adeplatform.relationship.domain.HealthSignal;
import io.adeplatform.relationship.domain.SignalSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The health tables: health_signal (latest state per item of another service) and health_history. */
@ApplicationScoped
public class HealthQueries {

    /** One recorded change of the score; factors as recorded then. */
    public record Recorded(OffsetDateTime computedAt, int score, HealthBand band, JsonNode factors) {
    }

    /** The last recorded score and band. */
    public record Latest(int score, HealthBand band) {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /** Stores the latest state of the item (an escalation keeps its severity when the new event has none). */
    public void upsert(HealthSignal signal) {
        insert(signal, "ON CONFLICT (source, item_id) DO UPDATE SET "
                + "severity = COALESCE(EXCLUDED.severity, health_signal.severity), active = EXCLUDED.active, "
                + "occurred_at = EXCLUDED.occurred_at");
    }

    /** Stores the item unless it is known already (whoever's it is). */
    public void addIfAbsent(HealthSignal signal) {
        insert(signal, "ON CONFLICT (source, item_id) DO NOTHING");
    }

    private void insert(HealthSignal signal, String onConflict) {
        em.createNativeQuery("INSERT INTO health_signal (source, item_id, customer_id, severity, active, occurred_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6) " + onConflict)
                .setParameter(1, WireEnums.wireName(signal.source())).setParameter(2, signal.itemId())
                .setParameter(3, signal.customerId()).setParameter(4, signal.severity())
                .setParameter(5, signal.active()).setParameter(6, signal.occurredAt())
                .executeUpdate();
    }

    /** A known escalation of this customer gets a new severity, keeping whether it is open; false when unknown. */
    public boolean changeSeverity(UUID escalationId, UUID customerId, String severity) {
        return em.createNativeQuery("UPDATE health_signal SET severity = ?1 WHERE source = ?2 AND item_id = ?3 "
                        + "AND customer_id = ?4")
                .setParameter(1, severity).setParameter(2, WireEnums.wireName(SignalSource.ESCALATION))
                .setParameter(3, escalationId).setParameter(4, customerId)
                .executeUpdate() > 0;
    }

    public List<HealthSignal> signals(UUID customerId) {
        List<Object[]> rows = rows(em.createNativeQuery("SELECT source, item_id, severity, active, occurred_at "
                + "FROM health_signal WHERE customer_id = ?1").setParameter(1, customerId).getResultList());
        return rows.stream().map(row -> new HealthSignal(WireEnums.parse(SignalSource.class, (String) row[0], "source"),
                uuid(row[1]), customerId, (String) row[2], (Boolean) row[3], time(row[4]))).toList();
    }

    public Optional<Latest> latest(UUID customerId) {
        List<Object[]> rows = rows(em.createNativeQuery("SELECT score, band FROM health_history WHERE customer_id = ?1 "
                + "ORDER BY id DESC LIMIT 1").setParameter(1, customerId).getResultList());
        return rows.stream().findFirst()
                .map(row -> new Latest(((Number) row[0]).intValue(), HealthBand.valueOf((String) row[1])));
    }

    public void append(UUID customerId, OffsetDateTime computedAt, HealthCalculator.Assessment assessment) {
        em.createNativeQuery("INSERT INTO health_history (customer_id, computed_at, score, band, factors) "
                        + "VALUES (?1, ?2, ?3, ?4, CAST(?5 AS jsonb))")
                .setParameter(1, customerId).setParameter(2, computedAt).setParameter(3, assessment.score())
                .setParameter(4, assessment.band().name()).setParameter(5, json(assessment.factors()))
                .executeUpdate();
    }

    /** Oldest first; one page plus one row. */
    public List<Recorded> history(UUID customerId, PageRequest page) {
        List<Object[]> rows = rows(em.createNativeQuery("SELECT computed_at, score, band, CAST(factors AS text) "
                        + "FROM health_history WHERE customer_id = ?1 ORDER BY id LIMIT ?2 OFFSET ?3")
                .setParameter(1, customerId).setParameter(2, page.limit + 1).setParameter(3, page.offset())
                .getResultList());
        return rows.stream().map(row -> new Recorded(time(row[0]), ((Number) row[1]).intValue(),
                HealthBand.valueOf((String) row[2]), tree((String) row[3]))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(String.valueOf(value));
    }

    /** timestamptz comes back as OffsetDateTime, Instant or Timestamp depending on the driver and Hibernate. */
    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(String.valueOf(value));
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode tree(String value) {
        try {
            return mapper.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
