package io.adeplatform.escalation;

import io.adeplatform.escalation.service.AutomaticEscalationService;
import io.adeplatform.escalation.service.CommitmentAtRisk;
import io.adeplatform.escalation.service.EngagementHealthChange;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One problem, one system escalation, also when triggers race (several replicas, a rebalance): concurrent triggers
 * for one cause open one escalation and note the rest, and the database refuses a second one that is not closed.
 */
@QuarkusTest
class OneEscalationPerCauseTest {

    private static final int RACERS = 6;

    @Inject
    AutomaticEscalationService automatic;

    @Inject
    EntityManager em;

    @Test
    void concurrentTriggersForOneCauseOpenOneEscalationAndNoteTheOthers() throws Exception {
        for (int round = 0; round < 3; round++) {
            UUID customer = UUID.randomUUID();
            UUID engagement = UUID.randomUUID();
            UUID commitment = UUID.randomUUID();
            race(() -> automatic.engagementHealthChanged(new EngagementHealthChange(engagement, customer, "ERP", "amber",
                    EngagementHealthChange.Health.RED, List.of("schedule: SPI 0.8000 is below 0.90"))));
            race(() -> automatic.commitmentAtRisk(new CommitmentAtRisk(commitment, customer, null, null, null, null,
                    "2027-06-30")));

            assertThat(count("select count(e) from Escalation e where e.customerId = ?1", customer)).isEqualTo(2L);
            assertThat(count("select count(t) from TimelineEntry t where t.kind = io.adeplatform.escalation.domain"
                    + ".TimelineKind.SIGNAL and t.escalationId in (select e.id from Escalation e where e.customerId = ?1)",
                    customer)).isEqualTo(2L * (RACERS - 1));
        }
    }

    @Test
    void theDatabaseRefusesASecondEscalationForACauseThatIsNotClosed() {
        String cause = "engagement-health-red:" + UUID.randomUUID();
        insert(cause, "CLOSED");
        insert(cause, "RESOLVED");
        assertThatThrownBy(() -> insert(cause, "OPEN")).isInstanceOf(PersistenceException.class)
                .hasStackTraceContaining("escalation_one_per_cause");
        insert("commitment-at-risk:" + UUID.randomUUID(), "OPEN");
    }

    /** {@value #RACERS} threads run the trigger at once; every one of them must succeed. */
    private static void race(Runnable trigger) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CyclicBarrier start = new CyclicBarrier(RACERS);
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                runs.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    trigger.run();
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private long count(String jpql, UUID customer) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(jpql, Long.class)
                .setParameter(1, customer).getSingleResult());
    }

    private void insert(String cause, String status) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO escalation (id, customer_id, title, description, severity, category, source, owner, status,
                    level, level_set_by, cause_key, opened_at, acknowledge_target_minutes, resolve_target_minutes,
                    created_by, version)
                VALUES (?1, ?2, 't', 'd', 'HIGH', 'DELIVERY', 'SYSTEM', 'system', ?3, 'L1', 'SYSTEM', ?4, now(), 240,
                    4320, 'system', 0)""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, UUID.randomUUID()).setParameter(3, status)
                .setParameter(4, cause).executeUpdate());
    }
}
