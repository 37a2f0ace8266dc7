package io.adeplatform.fault;

import io.adeplatform.platform.infra.ServiceProcess;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * 7. A poison record (not JSON, no CloudEvents headers), written with a plain Kafka producer, on every consumed topic,
 * and an outbox row the broker refuses (a 1.5 MB payload, over the 1 MB record limit): each poison record is
 * dead-lettered exactly once by each consumer of its topic, the refused row is quarantined, and later events flow
 * (the ledger's writes after them reach every projection). Then the dead-letter replay brings a fixed record in once,
 * also when it is replayed twice.
 */
class Experiment7PoisonAndReplayTest {

    private static final String CUSTOMER_TOPIC = "relationship.customer.events";

    @Test
    void poisonIsQuarantinedLaterEventsFlowAndTheReplayBringsTheFixedRecordInOnce() {
        FaultPlatform platform = FaultPlatform.get();
        ServiceDatabase relationship = new ServiceDatabase(platform, "relationship");
        ServiceDatabase billingDatabase = new ServiceDatabase(platform, "billing");
        Map<String, Set<String>> consumers;
        try (Broker broker = Broker.of(platform)) {
            consumers = new TreeMap<>(broker.consumersByTopic());
        }
        consumers.keySet().removeIf(topic -> topic.endsWith(".dlq"));
        UUID[] refused = new UUID[1];

        Experiment.Outcome outcome = Experiment.run((p, ledger) -> {
            try (Broker broker = Broker.of(p)) {
                consumers.keySet().forEach(topic -> broker.send(topic, UUID.randomUUID().toString(), "{poison", Map.of()));
            }
            refused[0] = relationship.appendOutboxRow("customer", "io.adeplatform.relationship.customer.registered.v1",
                    1_500_000);
            return Instant.now();
        });

        Map<String, Long> expected = new TreeMap<>();
        consumers.forEach((topic, groups) -> expected.put(topic, (long) groups.size()));
        Map<String, Long> deadLettered = new TreeMap<>();
        consumers.keySet().forEach(topic -> deadLettered.put(topic, outcome.deadLettersAdded().entrySet().stream()
                .filter(e -> e.getKey().startsWith(topic + ".")).mapToLong(Map.Entry::getValue).sum()));
        String outboxState = relationship.outboxState(refused[0]);
        boolean quarantined = relationship.quarantined(refused[0]);

        // the fixed record: a CustomerRegistered that billing dead-lettered before a fix, replayed twice
        ServiceProcess billing = platform.service("billing-service");
        String deadLetterTopic = outcome.deadLettersAdded().keySet().stream()
                .filter(topic -> topic.startsWith(CUSTOMER_TOPIC + ".") && topic.contains("billing"))
                .findFirst().orElse(CUSTOMER_TOPIC + ".billing-service.customer-projection.dlq");
        UUID customer = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        try (Broker broker = Broker.of(platform)) {
            broker.send(deadLetterTopic, customer.toString(), registered(customer), Map.of(
                    "ce_id", eventId.toString(),
                    "ce_type", "io.adeplatform.relationship.customer.registered.v1",
                    "ce_source", "/relationship-service",
                    "ce_subject", customer.toString(),
                    "ce_time", OffsetDateTime.now(ZoneOffset.UTC).toString(),
                    "ce_specversion", "1.0",
                    "content-type", "application/json",
                    "dead-letter-reason", "fault suite: dead-lettered before the fix",
                    "dead-letter-topic", CUSTOMER_TOPIC));
        }
        Api.Answer firstReplay = DeadLetterAdmin.replay(billing, "billing", deadLetterTopic);
        Api.Answer secondReplay = DeadLetterAdmin.replay(billing, "billing", deadLetterTopic);
        boolean replayed = await(() -> Api.get(platform.gateway() + "/api/billing/customer-projections/" + customer, Users.admin()).ok(),
                Duration.ofSeconds(60));
        Api.sleep(2000);
        long inboxRows = billingDatabase.inboxRows(eventId);

        Report.print("7. a poison record on each of " + consumers.size() + " consumed topics, a refused outbox row, and a"
                        + " dead-letter replay", outcome.check(), outcome.deadLettersAdded(), outcome.readinessSummary(),
                "consumers by topic " + consumers + "\ndead letters by topic " + deadLettered + " (expected " + expected
                        + ")\nrefused outbox row " + refused[0] + ": " + outboxState + "\nreplay of " + deadLetterTopic
                        + " at billing-service: " + firstReplay.status() + " then " + secondReplay.status()
                        + "; customer projected " + replayed + ", inbox rows of the event " + inboxRows);
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(outcome.notReadyAfter()).as("processes not ready a minute after the poison").isEmpty();
            softly.assertThat(outcome.check().acknowledged()).as("acknowledged writes").isPositive();
            softly.assertThat(outcome.check().lost()).as("lost writes").isZero();
            softly.assertThat(outcome.check().duplicated()).as("duplicated effects").isZero();
            softly.assertThat(outcome.check().misses()).as("projection misses (later events must flow)").isZero();
            softly.assertThat(outcome.check().rejected() + outcome.check().abandoned()).as("writes refused or abandoned").isZero();
            softly.assertThat(consumers).as("consumed topics").containsKey(CUSTOMER_TOPIC);
            softly.assertThat(deadLettered).as("dead letters per consumed topic: one per consumer of it").isEqualTo(expected);
            softly.assertThat(quarantined).as("refused outbox row quarantined (" + outboxState + ")").isTrue();
            softly.assertThat(firstReplay.ok()).as("first replay answered " + firstReplay.status() + " " + firstReplay.body()).isTrue();
            softly.assertThat(secondReplay.ok()).as("second replay answered " + secondReplay.status()).isTrue();
            softly.assertThat(replayed).as("replayed customer in billing's projection").isTrue();
            softly.assertThat(inboxRows).as("inbox rows of the replayed event").isEqualTo(1);
        });
    }

    private static String registered(UUID customer) {
        return "{\"customerId\":\"" + customer + "\",\"name\":\"Replayed customer\",\"segment\":\"state-government\","
                + "\"status\":\"active\",\"accountTeam\":[{\"username\":\"" + Users.WRITER + "\",\"role\":\"executive\"}],"
                + "\"registeredBy\":\"" + Users.WRITER + "\",\"registeredAt\":\"" + OffsetDateTime.now(ZoneOffset.UTC) + "\"}";
    }

    private static boolean await(java.util.function.BooleanSupplier condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            Api.sleep(250);
        }
        return true;
    }
}
