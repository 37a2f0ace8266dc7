package io.adeplatform.fault;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The frame every experiment shares: the ledger writes for a few seconds, the fault is injected and ended while the
 * ledger keeps writing and readiness is polled, the ledger writes a few seconds more, then everything is checked.
 */
final class Experiment {

    /** The fault: injects it, ends it, and answers when it ended (the start of the recovery/drain time). */
    interface Fault {
        Instant inject(FaultPlatform platform, Ledger ledger);
    }

    /** What happened: the ledger's check, dead letters added, readiness during the fault, and its time window. */
    record Outcome(Ledger.Check check, Map<String, Long> deadLettersAdded, Readiness readiness,
                   List<String> notReadyAfter, Instant faultStart, Instant recovered, Ledger ledger) {

        /** Readiness during the fault, and who was still not ready a minute after the checks. */
        String readinessSummary() {
            return readiness.summary() + (notReadyAfter.isEmpty() ? "" : "; NOT READY after recovery: " + notReadyAfter);
        }
    }

    static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(120);

    private Experiment() {
    }

    static Outcome run(Fault fault) {
        FaultPlatform platform = FaultPlatform.get();
        platform.startHealthy();
        try (Broker broker = Broker.of(platform)) {
            Map<String, Long> before = broker.deadLetters();
            Ledger ledger = Ledger.start(platform);
            Api.sleep(4000);
            Instant faultStart = Instant.now();
            Instant recovered;
            try (Readiness readiness = Readiness.watch(platform)) {
                recovered = fault.inject(platform, ledger);
                readiness.close();
                // the drain: every write acknowledged until now visible downstream (the writer goes on meanwhile)
                Duration drain = ledger.awaitDrained(recovered, DRAIN_TIMEOUT);
                Api.sleep(Math.max(0, 3000 - Duration.between(recovered, Instant.now()).toMillis()));
                // after a drain that timed out, the later writes get a short wait only: the suite stays in its budget
                Ledger.Check check = ledger.verify(drain, drain == null ? Duration.ofSeconds(30) : DRAIN_TIMEOUT);
                List<String> notReady = platform.notReady(Duration.ofSeconds(60));
                return new Outcome(check, Broker.added(before, broker.deadLetters()), readiness, notReady, faultStart,
                        recovered, ledger);
            } finally {
                ledger.close();
            }
        }
    }
}
