package io.adeplatform.consumption.service;

import io.adeplatform.consumption.persistence.AnomalyScanRepository;
import io.adeplatform.consumption.persistence.CommitmentStandingRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Signals that follow time, not writes: every {@code ade.consumption.signals.every} (default 1 h) each running
 * commitment's risk is re-evaluated and each customer's newly complete days are checked for anomalies, so usage that
 * stops arriving is flagged with nobody writing. Safe with several replicas: each item is taken in a transaction of
 * its own with a row lock (FOR UPDATE SKIP LOCKED), so concurrent ticks share the work and never evaluate one item at
 * the same time; an item evaluated since the tick began is not taken again. A failure ends the tick (logged); the
 * next tick starts over.
 */
@ApplicationScoped
public class SignalScheduler {

    private static final Logger LOG = Logger.getLogger(SignalScheduler.class);

    /** What one tick did: commitments evaluated, customer series scanned for anomalies. */
    public record Tick(int commitments, int series) {
    }

    @Inject
    CommitmentStandingRepository standings;

    @Inject
    CommitmentRisk risk;

    @Inject
    AnomalyScanRepository scans;

    @Inject
    AnomalyService anomalies;

    @Inject
    Clock clock;

    @Scheduled(identity = "consumption-signals", every = "${ade.consumption.signals.every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Tick tick = tick();
        LOG.debugf("signals tick: %d commitments evaluated, %d customer series scanned", tick.commitments(), tick.series());
    }

    /** One tick, as of the clock's now. */
    public Tick tick() {
        OffsetDateTime start = OffsetDateTime.now(clock);
        return new Tick(drain(() -> reviewNext(start), "commitment risk"), drain(() -> scanNext(start), "anomaly scan"));
    }

    private boolean reviewNext(OffsetDateTime tickStart) {
        return standings.lockNextDue(LocalDate.now(clock), tickStart)
                .map(standing -> {
                    risk.assess(standing);
                    return true;
                }).orElse(false);
    }

    private boolean scanNext(OffsetDateTime tickStart) {
        return scans.lockNextDue(LocalDate.now(clock).minusDays(1), tickStart)
                .map(scan -> {
                    anomalies.scan(scan);
                    return true;
                }).orElse(false);
    }

    /** Takes items one transaction each until none is left for this tick; returns how many. */
    private static int drain(java.util.function.BooleanSupplier next, String what) {
        int done = 0;
        try {
            while (QuarkusTransaction.requiringNew().call(next::getAsBoolean)) {
                done++;
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "%s tick stopped after %d items; the next tick starts over", what, done);
        }
        return done;
    }
}
