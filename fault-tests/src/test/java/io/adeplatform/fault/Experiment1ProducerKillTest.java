package io.adeplatform.fault;

import io.adeplatform.platform.infra.ServiceProcess;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

/** 1. kill -9 of a producing service (relationship-service, the customers' owner) during load, restarted after 10 s. */
class Experiment1ProducerKillTest {

    @Test
    void nothingIsLostWhenTheProducerIsKilled() {
        Experiment.Outcome outcome = Experiment.run((platform, ledger) -> {
            ServiceProcess relationship = platform.service("relationship-service");
            relationship.kill();
            Api.sleep(10_000);
            relationship.restart();
            relationship.awaitReady(Duration.ofSeconds(120));
            return Instant.now();
        });
        Report.print("1. kill -9 relationship-service (producer), restarted after 10 s", outcome.check(),
                outcome.deadLettersAdded(), outcome.readinessSummary(), null);
        SoftAssertions.assertSoftly(softly -> Report.assertTransient(softly, outcome));
    }
}
