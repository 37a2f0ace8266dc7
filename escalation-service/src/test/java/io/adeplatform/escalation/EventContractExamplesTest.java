package io.adeplatform.escalation;

import io.adeplatform.platform.testing.EventContracts;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The published examples conform to the schemas partners read; the schemas reject what they must. */
class EventContractExamplesTest {

    private static final List<String> EVENTS = List.of("opened", "level-changed", "sla-warning", "sla-breached",
            "resolved", "closed", "reopened");

    @Test
    void examplesConformToTheirSchemas() throws Exception {
        for (String event : EVENTS) {
            String example = Files.readString(EventContracts.contractsDirectory()
                    .resolve("events/escalation/escalation-" + event + ".v1.example.json"));
            assertThat(EventContracts.violations("io.adeplatform.escalation.escalation." + event + ".v1", example))
                    .as(event).isEmpty();
        }
    }

    @Test
    void schemasRejectIncompleteOrForeignPayloads() {
        assertThat(EventContracts.violations("io.adeplatform.escalation.escalation.opened.v1",
                "{\"escalationId\":\"x\"}")).isNotEmpty();
        assertThat(EventContracts.violations("io.adeplatform.escalation.escalation.level-changed.v1",
                "{\"escalationId\":\"3b0e6a9c-6f7e-4a51-9d3c-1f2a8b4c5d6e\",\"customerId\":\"3b0e6a9c-6f7e-4a51-9d3c-1f2a8b4c5d6e\","
                        + "\"engagementId\":null,\"severity\":\"urgent\",\"from\":\"L1\",\"to\":\"L4\",\"reason\":\"r\","
                        + "\"changedBy\":\"x\",\"automatic\":false,\"changedAt\":\"2026-11-27T10:00:00Z\"}")).isNotEmpty();
    }
}
