package io.adeplatform.fault;

import io.adeplatform.platform.infra.ServiceProcess;
import org.apache.kafka.common.TopicPartition;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 6. Every consumer group of billing-service reset to the earliest offset (a replay of every event it ever read):
 * no effect is duplicated — no second milestone invoice, no removed member back on a team, no projection twice.
 */
class Experiment6ReplayAllTest {

    private static final String GROUPS = "billing-service.";

    @Test
    void replayingEverythingDuplicatesNothing() {
        FaultPlatform platform = FaultPlatform.get();
        String customer = platform.newCustomer("replay-" + UUID.randomUUID());
        AccountTeams.add(platform, customer);
        require(AccountTeams.awaitMember(platform, List.of(customer), 200, Duration.ofSeconds(60)), "sees the customer");
        AccountTeams.remove(platform, customer);
        require(AccountTeams.awaitMember(platform, List.of(customer), 404, Duration.ofSeconds(60)), "lost the customer");
        String milestone = BillableMilestone.accepted(platform, customer);
        ServiceProcess billing = platform.service("billing-service");
        long invoicesBefore = Experiment5ReplicasTest.awaitInvoices(platform, billing, customer, milestone);

        List<String> groups;
        Duration[] caughtUp = new Duration[1];
        long[] behind = new long[1];
        try (Broker broker = Broker.of(platform)) {
            groups = broker.groups(GROUPS);
            Experiment.Outcome outcome = Experiment.run((p, ledger) -> {
                billing.requestStop();
                billing.awaitStopped();
                groups.forEach(broker::resetToEarliest);
                billing.restart();
                billing.awaitReady(Duration.ofSeconds(120));
                Instant restarted = Instant.now();
                behind[0] = awaitReplayed(broker, groups);
                caughtUp[0] = Duration.between(restarted, Instant.now());
                return restarted;
            });
            long invoicesAfter = Experiment5ReplicasTest.awaitInvoices(platform, billing, customer, milestone);
            List<String> memberBack = AccountTeams.awaitMember(platform, List.of(customer), 404, Duration.ofSeconds(5));
            Report.print("6. billing-service's consumer groups " + groups + " reset to the earliest offset",
                    outcome.check(), outcome.deadLettersAdded(), outcome.readinessSummary(),
                    "replayed up to the end offsets at the restart in " + Report.seconds(caughtUp[0]) + " (records left "
                            + behind[0] + "); milestone "
                            + "invoices before " + invoicesBefore + ", after " + invoicesAfter
                            + "; reads where the removed member sees the customer again " + memberBack);
            SoftAssertions.assertSoftly(softly -> {
                Report.assertTransient(softly, outcome);
                softly.assertThat(groups).as("billing-service's consumer groups").isNotEmpty();
                softly.assertThat(behind[0]).as("records left unread 180 s after the restart").isZero();
                softly.assertThat(invoicesBefore).as("milestone invoices before the replay").isEqualTo(1);
                softly.assertThat(invoicesAfter).as("milestone invoices after the replay").isEqualTo(1);
                softly.assertThat(memberBack).as("reads where the removed member is back after the replay").isEmpty();
            });
        }
    }

    /** Waits (up to 180 s) until every group has read up to the end offsets of now; answers the records left. */
    private static long awaitReplayed(Broker broker, List<String> groups) {
        Map<String, Map<TopicPartition, Long>> ends = new HashMap<>();
        groups.forEach(group -> ends.put(group, broker.endsOf(group)));
        Instant deadline = Instant.now().plusSeconds(180);
        while (true) {
            long behind = groups.stream().mapToLong(group -> broker.behind(group, ends.get(group))).sum();
            if (behind == 0 || Instant.now().isAfter(deadline)) {
                return behind;
            }
            Api.sleep(250);
        }
    }

    private static void require(List<String> pending, String what) {
        if (!pending.isEmpty()) {
            throw new AssertionError("fixture: the member never " + what + " at " + pending);
        }
    }
}
