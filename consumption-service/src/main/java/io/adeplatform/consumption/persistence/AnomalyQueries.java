package io.adeplatform.consumption.persistence;

import io.adeplatform.consumption.domain.Anomaly;
import io.adeplatform.consumption.domain.AnomalyDetector.Finding;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.core.WireEnums;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Detected anomalies (usage_anomaly): stored once per customer, service, day and currency. */
@ApplicationScoped
public class AnomalyQueries {

    @Inject
    EntityManager em;

    /** Stores the finding unless that day of that series has one already; returns whether it was new. */
    public boolean insertIfNew(UUID id, UUID customerId, String service, String currency, Finding finding,
                               OffsetDateTime detectedAt) {
        return em.createNativeQuery("INSERT INTO usage_anomaly (id, customer_id, service, usage_date, cost, "
                        + "baseline, deviations, direction, currency, detected_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
                        + "ON CONFLICT DO NOTHING")
                .setParameter(1, id).setParameter(2, customerId).setParameter(3, service)
                .setParameter(4, finding.date()).setParameter(5, finding.cost()).setParameter(6, finding.baseline())
                .setParameter(7, finding.deviations()).setParameter(8, WireEnums.wireName(finding.direction())).setParameter(9, currency)
                .setParameter(10, detectedAt)
                .executeUpdate() == 1;
    }

    /** The customer's anomalies, newest day first (the total before its services). */
    public List<Anomaly> newestFirst(UUID customerId, int limit, int offset) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, customer_id, service, usage_date, cost, baseline, deviations, "
                        + "direction, currency, detected_at FROM usage_anomaly WHERE customer_id = ?1 "
                        + "ORDER BY usage_date DESC, service NULLS FIRST, id LIMIT ?2 OFFSET ?3")
                .setParameter(1, customerId).setParameter(2, limit).setParameter(3, offset)
                .getResultList();
        return rows.stream().map(r -> {
            String currency = String.valueOf(r[8]).strip();
            return new Anomaly((UUID) r[0], (UUID) r[1], (String) r[2], UsageQueries.toLocalDate(r[3]),
                    new Money((BigDecimal) r[4], currency).rounded(), new Money((BigDecimal) r[5], currency).rounded(),
                    (BigDecimal) r[6], (String) r[7], toTime(r[9]));
        }).toList();
    }

    private static OffsetDateTime toTime(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
