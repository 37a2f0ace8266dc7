package io.adeplatform.platform.events;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import java.time.Instant;

/**
 * The relay's state in {@code /q/health} and {@code /q/health/well}: DOWN while it backs off after a failure.
 * A wellness check, never part of readiness: a broker outage must not take a service out of its load balancer,
 * since its writes are safe in the outbox meanwhile.
 */
@Wellness
@ApplicationScoped
public class OutboxRelayHealthCheck implements HealthCheck {

    static final String NAME = "Outbox relay";

    @Inject
    RelayStatus status;

    @Inject
    OutboxStatistics statistics;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .status(status.state() != RelayStatus.State.BACKING_OFF)
                .withData("state", status.state().name().toLowerCase().replace('_', '-'));
        if (status.lastError() != null) {
            response.withData("lastError", status.lastError()).withData("lastErrorAt", status.lastErrorAt().toString());
        }
        if (status.lastPublishedAt() != null) {
            response.withData("lastPublishedAt", status.lastPublishedAt().toString());
        }
        statistics.current().ifPresentOrElse(snapshot -> response
                        .withData("pending", snapshot.pending())
                        .withData("oldestPendingAgeSeconds", snapshot.oldestPendingAge(Instant.now()).toSeconds())
                        .withData("quarantined", snapshot.quarantined()),
                () -> response.withData("pending", "unknown: the outbox cannot be read"));
        return response.build();
    }
}
