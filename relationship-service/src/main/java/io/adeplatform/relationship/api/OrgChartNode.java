package io.adeplatform.relationship.api;

import io.adeplatform.relationship.domain.RoleType;
import io.adeplatform.relationship.domain.Stance;

import java.util.List;
import java.util.UUID;

/** One stakeholder in the org chart with the people who report to them. */
public record OrgChartNode(UUID id, String name, String title, RoleType roleType, int influence, Stance stance,
                           boolean active, List<OrgChartNode> reports) {
}
