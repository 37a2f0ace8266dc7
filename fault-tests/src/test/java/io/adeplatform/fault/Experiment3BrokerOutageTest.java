package io.adeplatform.fault;

import io.adeplatform.platform.infra.KafkaBroker;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.time.Instant;

/**
 * 3. The broker stopped for 90 s ({@code ade.fault.outage-seconds}) during load: every service and the gateway stay
 * ready, writes through the gateway keep succeeding (they wait in the outboxes), everything drains after the broker
 * returns on the same port and data; the drain time counts from its return.
 */
class Experiment3BrokerOutageTest {

    @Test
    void writesSucceedAndEverythingDrainsAfterABrokerOutage() {
        Instant[] down = new Instant[2];
        Experiment.Outcome outcome = Experiment.run((platform, ledger) -> {
            KafkaBroker kafka = platform.processes.kafka();
            kafka.stop();
            down[0] = Instant.now();
            Api.sleep(platform.outage.toMillis());
            down[1] = Instant.now();
            kafka.start();
            return Instant.now();
        });
        Ledger ledger = outcome.ledger();
        long acknowledgedDuringOutage = ledger.acknowledgedBetween(down[0], down[1]);
        long failedDuringOutage = ledger.failedAttemptsBetween(down[0], down[1]);
        Report.print("3. broker stopped for " + FaultPlatform.get().outage.toSeconds() + " s", outcome.check(),
                outcome.deadLettersAdded(), outcome.readinessSummary(),
                "writes acknowledged during the outage " + acknowledgedDuringOutage + ", failed attempts during it "
                        + failedDuringOutage);
        SoftAssertions.assertSoftly(softly -> {
            Report.assertTransient(softly, outcome);
            softly.assertThat(outcome.readiness().notAlwaysReady()).as("processes not ready during the broker outage")
                    .isEmpty();
            softly.assertThat(acknowledgedDuringOutage).as("writes acknowledged while the broker was down").isPositive();
            softly.assertThat(failedDuringOutage).as("write attempts that failed while the broker was down").isZero();
        });
    }
}
