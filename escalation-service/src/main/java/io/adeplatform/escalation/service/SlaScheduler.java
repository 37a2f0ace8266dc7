package io.adeplatform.escalation.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Runs the SLA check periodically (ade.escalation.sla-check-interval, default 30 s). */
@ApplicationScoped
public class SlaScheduler {

    @Inject
    SlaMonitor monitor;

    @Scheduled(identity = "escalation-sla-check", every = "${ade.escalation.sla-check-interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        monitor.evaluateAll();
    }
}
