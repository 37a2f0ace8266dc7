package io.adeplatform.portfolio.service.staffing;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Runs the unfilled-role check every {@code ade.portfolio.staffing.check-interval} (default 1h; "off" disables it). */
@ApplicationScoped
public class UnfilledRoleScheduler {

    @Inject
    UnfilledRoleSweep sweep;

    @Scheduled(identity = "portfolio-unfilled-role-check", every = "${ade.portfolio.staffing.check-interval:1h}",
            delayed = "${ade.portfolio.staffing.check-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        sweep.run();
    }
}
