package io.adeplatform.relationship;

import io.adeplatform.platform.testing.EventContracts;
import io.adeplatform.platform.testing.TestEngagements;
import io.adeplatform.platform.testing.TestKafka;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * portfolio.engagement.events as portfolio-service publishes them (each payload checked against portfolio's schema
 * before it is sent), for the executive cadence's tests.
 */
final class PortfolioEvents {

    static final String PREFIX = "io.adeplatform.portfolio.engagement.";

    private PortfolioEvents() {
    }

    /** EngagementCreated of a new engagement of this customer starting on {@code start}; its id. */
    static UUID engagementCreated(String customerId, LocalDate start) {
        UUID engagementId = UUID.randomUUID();
        send(engagementId, "created.v1", """
                {"engagementId": "%s", "customerId": "%s", "name": "Modernization", "offering": "cloud-migration",
                 "contractRef": null, "deliveryManager": "dan.delivery", "startDate": "%s", "endDate": "%s",
                 "budget": {"amount": 100000, "currency": "USD"}, "stage": "delivery"}"""
                .formatted(engagementId, customerId, start, start.plusYears(1)));
        return engagementId;
    }

    /** SteeringMeetingHeld: a meeting of this engagement held on {@code date}, as this customer's. */
    static void steeringMeetingHeld(UUID engagementId, String customerId, LocalDate date) {
        send(engagementId, "steering-meeting-held.v1", """
                {"engagementId": "%s", "customerId": "%s", "meetingId": "%s", "meetingDate": "%s",
                 "recordedAt": "2030-01-01T09:00:00Z"}""".formatted(engagementId, customerId, UUID.randomUUID(), date));
    }

    static void engagementClosed(UUID engagementId, String customerId) {
        send(engagementId, "closed.v1", """
                {"engagementId": "%s", "customerId": "%s", "closedAt": "2030-03-06T09:00:00Z"}"""
                .formatted(engagementId, customerId));
    }

    private static void send(UUID engagementId, String event, String json) {
        assertThat(EventContracts.violations(PREFIX + event, json)).isEmpty();
        TestKafka.sendCloudEvent(TestEngagements.TOPIC, UUID.randomUUID(), PREFIX + event, engagementId.toString(), json);
    }
}
