package io.adeplatform.relationship.api;

import java.util.List;
import java.util.UUID;

/** The customer's stakeholders as a forest: roots report to nobody (recorded). */
public record OrgChartResponse(UUID customerId, List<OrgChartNode> roots) {
}
