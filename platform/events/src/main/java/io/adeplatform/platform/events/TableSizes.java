package io.adeplatform.platform.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Gauges {@code ade_inbox_rows} and {@code ade_idempotency_key_rows}: the planner's row estimate
 * ({@code pg_class.reltuples}, kept by autovacuum/ANALYZE), refreshed once a minute off the scrape path, so a scrape
 * costs no query and a large table costs no count. -1 until the first refresh or while the table was never analysed.
 */
@ApplicationScoped
public class TableSizes {

    private static final Logger LOG = Logger.getLogger(TableSizes.class);

    private final AtomicLong inboxRows = new AtomicLong(-1);
    private final AtomicLong idempotencyKeyRows = new AtomicLong(-1);

    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager em;

    void register(@Observes StartupEvent event) {
        Gauge.builder("ade.inbox.rows", inboxRows, AtomicLong::get)
                .description("Rows of inbox_event (planner estimate)").register(registry);
        Gauge.builder("ade.idempotency.key.rows", idempotencyKeyRows, AtomicLong::get)
                .description("Rows of idempotency_key (planner estimate)").register(registry);
    }

    @Scheduled(every = "${ade.metrics.table-sizes-every:60s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        try {
            inboxRows.set(estimate("inbox_event"));
            idempotencyKeyRows.set(estimate("idempotency_key"));
        } catch (RuntimeException e) {
            LOG.debugf("table sizes not refreshed: %s", e);   // the database is away; the gauges keep their value
        }
    }

    private long estimate(String table) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(?1)")
                .setParameter(1, table).getSingleResult()).longValue());
    }
}
