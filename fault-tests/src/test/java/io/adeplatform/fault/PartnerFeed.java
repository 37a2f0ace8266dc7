package io.adeplatform.fault;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The partner usage feed (consumption.usage.ingest, plain JSON records, no CloudEvents and no inbox: the usage natural
 * key absorbs repeats): a subscription registered through the gateway and its records written straight to the topic,
 * as a partner system does.
 */
final class PartnerFeed {

    static final String TOPIC = "consumption.usage.ingest";

    private final FaultPlatform platform;
    private final String subscription = "sub-fault-" + UUID.randomUUID();

    PartnerFeed(FaultPlatform platform, String customerId) {
        this.platform = platform;
        Api.Answer created = Api.post(platform.gateway() + "/api/consumption/subscriptions", Users.writer(),
                Map.of("id", subscription, "name", "Fault feed", "customerId", customerId),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        if (created.status() != 201) {
            throw new AssertionError("registering subscription " + subscription + " answered " + created.status()
                    + ": " + created.body());
        }
    }

    /** Writes one record per day for {@code days} days of last month, each twice (a partner's redelivery). */
    void send(int days) {
        LocalDate first = LocalDate.now().withDayOfMonth(1).minusMonths(1);
        try (Broker broker = Broker.of(platform)) {
            for (int day = 0; day < days; day++) {
                String record = """
                        {"date": "%s", "subscriptionId": "%s", "serviceName": "Storage", "meter": "Blob",
                         "resourceGroup": "rg-fault", "quantity": 1, "unit": "GB", "cost": 2.50, "currency": "USD"}"""
                        .formatted(first.plusDays(day), subscription);
                broker.send(TOPIC, subscription, record, Map.of());
                broker.send(TOPIC, subscription, record, Map.of());
            }
        }
    }

    /** Usage rows consumption-service stored for the subscription. */
    long storedRows() {
        return new ServiceDatabase(platform, "consumption")
                .count("SELECT count(*) FROM usage_record WHERE subscription_id = ?", subscription);
    }

    String subscription() {
        return subscription;
    }
}
