package io.adeplatform.consumption.service;

import io.adeplatform.consumption.domain.StoredDay;
import io.adeplatform.consumption.persistence.CommitmentRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.LockAcquisitionException;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What follows a committed load: anomaly detection on the days that changed, then each customer's commitment risk,
 * each in a transaction of its own. A write conflict (another upload flipped the same commitment meanwhile: its
 * {@code @Version} moved) repeats the check on fresh data, up to {@value #ATTEMPTS} times; a check that still fails
 * is logged and left to the next evaluation (a later upload or the scheduled one). The load is committed already, so
 * nothing here can undo it.
 */
@ApplicationScoped
public class IngestFollowUp {

    private static final Logger LOG = Logger.getLogger(IngestFollowUp.class);
    static final int ATTEMPTS = 5;
    /** SQLSTATE serialization_failure, deadlock_detected. */
    private static final Set<String> CONFLICT_STATES = Set.of("40001", "40P01");

    @Inject
    AnomalyService anomalies;

    @Inject
    CommitmentRisk risk;

    @Inject
    CommitmentRepository commitments;

    public void run(List<StoredDay> changed) {
        Map<UUID, Map<String, Set<LocalDate>>> days = new TreeMap<>();
        for (StoredDay day : changed) {
            days.computeIfAbsent(day.customerId(), c -> new TreeMap<>())
                    .computeIfAbsent(day.currency(), c -> new TreeSet<>()).add(day.date());
        }
        days.forEach((customerId, byCurrency) -> {
            byCurrency.forEach((currency, dates) -> inOwnTransaction("anomaly detection of customer " + customerId,
                    () -> anomalies.detect(customerId, currency, dates)));
            inOwnTransaction("commitment risk of customer " + customerId, () -> {
                risk.evaluateRunning(customerId);
                commitments.flush(); // a version conflict surfaces here, inside the attempt, not in the commit
            });
        });
    }

    private static void inOwnTransaction(String what, Runnable check) {
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(check);
                return;
            } catch (RuntimeException e) {
                if (attempt < ATTEMPTS && isConflict(e)) {
                    LOG.debugf("%s met a concurrent change (attempt %d), checking again: %s", what, attempt, e);
                    continue;
                }
                LOG.warnf(e, "%s failed after the usage was stored; the next evaluation repeats it", what);
                return;
            }
        }
    }

    static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException
                    || t instanceof PessimisticLockException || t instanceof LockAcquisitionException
                    || t instanceof SQLException sql && CONFLICT_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
