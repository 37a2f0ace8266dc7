package io.adeplatform.platform.events;

import io.adeplatform.platform.testing.TestKafka;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TopicOwnersTest {

    @Test
    void aTopicOfAnotherDomainIsOwnedByThatDomainsService() {
        assertThat(TopicOwners.ownerSource("relationship.customer.events", "billing", "billing-service"))
                .isEqualTo("/relationship-service");
        assertThat(TopicOwners.ownerSource("consumption.commitment.events", "escalation", "escalation-service"))
                .isEqualTo("/consumption-service");
    }

    @Test
    void theApplicationsOwnDomainIsOwnedByTheApplication() {
        assertThat(TopicOwners.ownerSource("eventstest.probe.events", "eventstest", "events-test"))
                .isEqualTo("/events-test");
    }

    @Test
    void testRecordsClaimTheSameOwnerAsConsumersExpect() {
        for (String topic : List.of("relationship.customer.events", "portfolio.engagement.events",
                "consumption.commitment.events", "escalation.escalation.events", "billing.invoice.events")) {
            assertThat(TestKafka.ownerSource(topic)).as(topic)
                    .isEqualTo(TopicOwners.ownerSource(topic, "other", "other-service"));
        }
    }
}
