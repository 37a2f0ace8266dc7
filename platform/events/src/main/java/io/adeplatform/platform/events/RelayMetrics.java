package io.adeplatform.platform.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.function.ToDoubleFunction;

/**
 * The outbox and relay metrics of every service (Prometheus names in the README): gauges read from
 * {@link OutboxStatistics} at scrape time, counters incremented by the relay.
 */
@ApplicationScoped
public class RelayMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    OutboxStatistics statistics;

    private Counter published;
    private Counter failures;
    private Counter quarantined;

    void register(@Observes StartupEvent event) {
        published = Counter.builder("ade.outbox.published").description("outbox rows the relay handed to Kafka")
                .register(registry);
        failures = Counter.builder("ade.outbox.relay.failures")
                .description("relay batches Kafka or the database failed transiently (retried with backoff)")
                .register(registry);
        quarantined = Counter.builder("ade.outbox.quarantined")
                .description("outbox rows the relay quarantined because Kafka refused them for good")
                .register(registry);
        gauge("ade.outbox.pending", "outbox rows waiting for the relay", s -> s.pending());
        gauge("ade.outbox.oldest.pending.age.seconds", "how long the oldest pending outbox row has waited",
                s -> s.oldestPendingAge(Instant.now()).toMillis() / 1000.0);
        gauge("ade.outbox.quarantined.rows", "quarantined outbox rows (never published)", s -> s.quarantined());
    }

    private void gauge(String name, String description, ToDoubleFunction<OutboxStatistics.Snapshot> value) {
        Gauge.builder(name, statistics, stats -> stats.current().map(value::applyAsDouble).orElse(Double.NaN))
                .description(description)
                .register(registry);
    }

    void published(int count) {
        if (published != null) {
            published.increment(count);
        }
    }

    void failed() {
        if (failures != null) {
            failures.increment();
        }
    }

    void quarantined(int count) {
        if (quarantined != null) {
            quarantined.increment(count);
        }
    }
}
