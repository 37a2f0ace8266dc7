package io.adeplatform.fault;

import io.adeplatform.platform.infra.ServiceProcess;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 5. Two replicas of escalation-service and of billing-service, each with its relay, scheduler and consumers, on the
 * same database and broker: an SLA breach is published and raised once, and a milestone invoice created once, also
 * when billing's first replica is killed right after the milestone was accepted (its partitions move to the other).
 */
class Experiment5ReplicasTest {

    @Test
    void twoReplicasAnnounceABreachAndInvoiceAMilestoneOnce() {
        FaultPlatform platform = FaultPlatform.get();
        ServiceProcess escalation2 = platform.processes.startReplica("escalation-service", "escalation-service-2", Map.of());
        ServiceProcess billing2 = platform.processes.startReplica("billing-service", "billing-service-2", Map.of());
        escalation2.awaitReady(Duration.ofSeconds(180));
        billing2.awaitReady(Duration.ofSeconds(180));
        String[] ids = new String[2];
        try {
            Experiment.Outcome outcome = Experiment.run((p, ledger) -> {
                ids[0] = breachedEscalation(p, ledger.anchorCustomer());
                ids[1] = BillableMilestone.accepted(p, ledger.anchorCustomer());
                ServiceProcess billing = p.service("billing-service");
                billing.kill();
                Api.sleep(10_000);
                billing.restart();
                billing.awaitReady(Duration.ofSeconds(120));
                return Instant.now();
            });
            String escalation = ids[0];
            String milestone = ids[1];
            awaitBreach(platform, escalation);
            Api.sleep(5000); // several more SLA checks of both replicas: a second announcement would come now
            long milestoneInvoices = awaitInvoices(platform, billing2, outcome.ledger().anchorCustomer(), milestone);
            long breaches;
            long raises;
            try (Broker broker = Broker.of(platform)) {
                List<Broker.Read> events = broker.read("escalation.escalation.events").stream()
                        .filter(r -> escalation.equals(r.headers().get("ce_subject"))).toList();
                breaches = events.stream().filter(r -> r.headers().getOrDefault("ce_type", "").endsWith(".sla-breached.v1")).count();
                raises = events.stream().filter(r -> r.headers().getOrDefault("ce_type", "").endsWith(".level-changed.v1")).count();
            }
            Report.print("5. two replicas of escalation-service and billing-service (billing's first killed after the"
                            + " milestone was accepted)", outcome.check(), outcome.deadLettersAdded(),
                    outcome.readinessSummary(), "SlaBreached published " + breaches + ", EscalationLevelChanged published "
                            + raises + ", milestone invoices " + milestoneInvoices);
            SoftAssertions.assertSoftly(softly -> {
                Report.assertTransient(softly, outcome);
                softly.assertThat(breaches).as("SLA breach events of the escalation").isEqualTo(1);
                softly.assertThat(raises).as("automatic level raises of the escalation").isEqualTo(1);
                softly.assertThat(milestoneInvoices).as("invoices of the accepted milestone").isEqualTo(1);
            });
        } finally {
            List.of(escalation2, billing2).forEach(ServiceProcess::requestStop);
            List.of(escalation2, billing2).forEach(ServiceProcess::awaitStopped);
        }
    }

    /** An escalation recorded as raised a minute past its acknowledge target: the next SLA check breaches it. */
    private static String breachedEscalation(FaultPlatform platform, String customer) {
        Api.Answer policy = Api.get(platform.gateway() + "/api/escalations/sla-policies/low", Users.writer());
        long acknowledgeMinutes = policy.body().path("acknowledgeMinutes").asLong();
        OffsetDateTime raisedAt = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(acknowledgeMinutes + 1);
        Api.Answer opened = Api.post(platform.gateway() + "/api/escalations", Users.writer(), Map.of("customerId", customer,
                "title", "Cut-over slipped", "description", "Raised by the fault suite", "severity", "low",
                "category", "delivery", "source", "customer", "raisedAt", raisedAt.toString()),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        if (opened.status() != 201) {
            throw new AssertionError("opening the escalation answered " + opened.status() + ": " + opened.body());
        }
        return opened.text("id");
    }

    private static void awaitBreach(FaultPlatform platform, String escalation) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!Api.get(platform.gateway() + "/api/escalations/" + escalation, Users.admin()).body().path("slaBreached").asBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("escalation " + escalation + " was not breached within 60 s");
            }
            Api.sleep(250);
        }
    }

    /** The milestone's invoices once there is at least one (or after 60 s), read at the second replica. */
    static long awaitInvoices(FaultPlatform platform, ServiceProcess billing, String customer, String milestone) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            long count = Api.all(billing.url() + "/api/invoices?customerId=" + customer, Users.admin()).stream()
                    .filter(invoice -> milestone.equals(invoice.path("milestoneId").asText())).count();
            if (count > 0 || Instant.now().isAfter(deadline)) {
                Api.sleep(count > 0 ? 3000 : 0); // a second invoice from a redelivery would come right after
                return Api.all(billing.url() + "/api/invoices?customerId=" + customer, Users.admin()).stream()
                        .filter(invoice -> milestone.equals(invoice.path("milestoneId").asText())).count();
            }
            Api.sleep(250);
        }
    }
}
