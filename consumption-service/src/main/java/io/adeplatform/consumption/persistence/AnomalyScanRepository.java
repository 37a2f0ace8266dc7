package io.adeplatform.consumption.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * anomaly_scan: per customer and currency, the day through which every day (those without usage included) has been
 * checked for anomalies. The scheduler takes rows with row locks (SKIP LOCKED), so replicas each take another one.
 */
@ApplicationScoped
public class AnomalyScanRepository {

    /** One customer's series in one currency, checked through {@code scannedThrough}. */
    public record Scan(UUID customerId, String currency, LocalDate scannedThrough) {
    }

    @Inject
    EntityManager em;

    /** A customer and currency seen for the first time start being scanned after {@code scannedThrough}. */
    public void register(UUID customerId, String currency, LocalDate scannedThrough, OffsetDateTime now) {
        em.createNativeQuery("INSERT INTO anomaly_scan (customer_id, currency, scanned_through, checked_at) "
                        + "VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
                .setParameter(1, customerId).setParameter(2, currency).setParameter(3, scannedThrough)
                .setParameter(4, now).executeUpdate();
    }

    /**
     * The next series not scanned through {@code yesterday} and not checked since {@code tickStart}, locked; empty
     * when none is left for this tick.
     */
    public Optional<Scan> lockNextDue(LocalDate yesterday, OffsetDateTime tickStart) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT customer_id, currency, scanned_through FROM anomaly_scan "
                        + "WHERE scanned_through < ?1 AND checked_at < ?2 ORDER BY checked_at, customer_id, currency "
                        + "LIMIT 1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, yesterday).setParameter(2, tickStart).getResultList();
        return rows.stream().findFirst().map(r -> new Scan((UUID) r[0], String.valueOf(r[1]).strip(),
                UsageQueries.toLocalDate(r[2])));
    }

    public void checked(Scan scan, LocalDate scannedThrough, OffsetDateTime now) {
        em.createNativeQuery("UPDATE anomaly_scan SET scanned_through = ?3, checked_at = ?4 "
                        + "WHERE customer_id = ?1 AND currency = ?2")
                .setParameter(1, scan.customerId()).setParameter(2, scan.currency()).setParameter(3, scannedThrough)
                .setParameter(4, now).executeUpdate();
    }
}
