package io.adeplatform.platform.testing;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * Gives a service under test an engagement of a customer the way production does: portfolio's EngagementCreated on
 * portfolio.engagement.events (the reference projection learns its customer from it, billing its budget). The
 * consumer applies it asynchronously, so a test waits until the service knows it.
 */
public final class TestEngagements {

    public static final String TOPIC = "portfolio.engagement.events";
    public static final String CREATED = "io.adeplatform.portfolio.engagement.created.v1";
    public static final String MILESTONE_PLANNED = "io.adeplatform.portfolio.engagement.milestone-planned.v1";

    private TestEngagements() {
    }

    /**
     * A new engagement of this customer, published; returns its id once {@code known} says the service under test
     * has applied it (e.g. its reference projection knows the id's customer).
     */
    public static UUID created(UUID customerId, Predicate<UUID> known) {
        UUID engagementId = UUID.randomUUID();
        created(engagementId, customerId, "100000");
        await().atMost(Duration.ofSeconds(90)).until(() -> known.test(engagementId));
        return engagementId;
    }

    /** Publishes EngagementCreated in the shape of portfolio's agreed contract, with this budget in USD. */
    public static void created(UUID engagementId, UUID customerId, String budget) {
        String json = "{\"engagementId\":\"" + engagementId + "\",\"customerId\":\"" + customerId + "\","
                + "\"name\":\"Modernization\",\"offering\":\"cloud-migration\",\"contractRef\":null,"
                + "\"deliveryManager\":\"dan.delivery\",\"startDate\":\"2026-01-01\",\"endDate\":\"2026-12-31\","
                + "\"budget\":{\"amount\":" + budget + ",\"currency\":\"USD\"},\"stage\":\"delivery\"}";
        TestKafka.sendCloudEvent(TOPIC, UUID.randomUUID(), CREATED, engagementId.toString(), json);
    }

    /**
     * A new milestone of this customer's engagement, published as portfolio's MilestonePlanned; returns its id once
     * {@code known} says the service under test has applied it.
     */
    public static UUID milestonePlanned(UUID engagementId, UUID customerId, Predicate<UUID> known) {
        UUID milestoneId = UUID.randomUUID();
        String json = "{\"engagementId\":\"" + engagementId + "\",\"customerId\":\"" + customerId + "\","
                + "\"milestoneId\":\"" + milestoneId + "\",\"name\":\"Design sign-off\",\"dueDate\":\"2026-09-30\","
                + "\"amount\":null}";
        TestKafka.sendCloudEvent(TOPIC, UUID.randomUUID(), MILESTONE_PLANNED, engagementId.toString(), json);
        await().atMost(Duration.ofSeconds(90)).until(() -> known.test(milestoneId));
        return milestoneId;
    }
}
