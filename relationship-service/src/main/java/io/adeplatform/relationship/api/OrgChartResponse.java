package io.adeplatform.relationship.api;

import io.adeplatform.relationship.domain.OrgChart;
import io.adeplatform.relationship.domain.RoleType;
import io.adeplatform.relationship.domain.Stakeholder;
import io.adeplatform.relationship.domain.Stance;

import java.util.List;
import java.util.UUID;

/** The customer's stakeholders as a forest: roots report to nobody (recorded). */
public record OrgChartResponse(UUID customerId, List<Node> roots) {

    /** One stakeholder in the org chart with the people who report to them. */
    public record Node(UUID id, String name, String title, RoleType roleType, int influence, Stance stance,
                       boolean active, List<Node> reports) {

        static Node from(OrgChart.Node node) {
            Stakeholder s = node.stakeholder();
            return new Node(s.id, s.name, s.title, s.roleType, s.influence, s.stance, s.active,
                    node.reports().stream().map(Node::from).toList());
        }
    }

    public static OrgChartResponse from(OrgChart chart) {
        return new OrgChartResponse(chart.customerId(), chart.roots().stream().map(Node::from).toList());
    }
}
