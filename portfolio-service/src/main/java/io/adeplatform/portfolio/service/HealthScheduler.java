package io.adeplatform.portfolio.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Runs the health check every {@code ade.portfolio.health-check.interval} (default 1h; "off" disables it). */
@ApplicationScoped
public class HealthScheduler {

    @Inject
    HealthSweep sweep;

    @Scheduled(identity = "portfolio-health-check", every = "${ade.portfolio.health-check.interval:1h}",
            delayed = "${ade.portfolio.health-check.delay:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        sweep.run();
    }
}
