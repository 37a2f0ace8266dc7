package io.adeplatform.fault;

import io.adeplatform.platform.infra.ServiceProcess;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

/**
 * 2. kill -9 of a consuming service (billing-service: customer projection, engagement events) during load, restarted
 * after 10 s: what it missed is applied once after the restart.
 */
class Experiment2ConsumerKillTest {

    @Test
    void nothingIsLostWhenTheConsumerIsKilled() {
        Experiment.Outcome outcome = Experiment.run((platform, ledger) -> {
            ServiceProcess billing = platform.service("billing-service");
            billing.kill();
            Api.sleep(10_000);
            billing.restart();
            billing.awaitReady(Duration.ofSeconds(120));
            return Instant.now();
        });
        Report.print("2. kill -9 billing-service (consumer), restarted after 10 s", outcome.check(),
                outcome.deadLettersAdded(), outcome.readinessSummary(), null);
        SoftAssertions.assertSoftly(softly -> Report.assertTransient(softly, outcome));
    }
}
