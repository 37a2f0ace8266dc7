package io.adeplatform.gateway.statuspack;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;

/**
 * The data of one status pack, as the services answered it for one caller and date. A customer pack has every
 * engagement and the consumption summary; an engagement pack ({@code engagementId} set) has that engagement only.
 */
public record StatusPack(PackRequest request, Part<JsonNode> customer, Part<JsonNode> health,
                         Part<List<EngagementPart>> engagements, Part<JsonNode> consumption,
                         Part<List<EscalationPart>> escalations) {

    public String customerName() {
        return customer.available() ? customer.data().path("name").asText(request.customerId()) : request.customerId();
    }

    /** One engagement: its RAG and reasons, milestones, top risks, decisions needed, EVM figures and staffing. */
    public record EngagementPart(JsonNode engagement, Part<JsonNode> health, Part<List<JsonNode>> milestones,
                                 Part<List<JsonNode>> risks, Part<List<JsonNode>> decisions,
                                 Part<JsonNode> financials, Part<List<JsonNode>> staffing) {
    }

    /** One escalation that is not closed, with its SLA timers. */
    public record EscalationPart(JsonNode escalation, Part<JsonNode> sla) {
    }
}
