package io.adeplatform.relationship.domain;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A customer's stakeholders as trees by reports-to, each level by name. Roots report to nobody (recorded); inactive
 * stakeholders stay in (flagged by their {@code active}) so nobody's reports get lost.
 */
public record OrgChart(UUID customerId, List<Node> roots) {

    private static final Comparator<Stakeholder> BY_NAME =
            Comparator.comparing((Stakeholder s) -> s.name).thenComparing(s -> s.id);

    public record Node(Stakeholder stakeholder, List<Node> reports) {
    }

    public static OrgChart of(UUID customerId, List<Stakeholder> stakeholders) {
        Map<UUID, List<Stakeholder>> reports = stakeholders.stream().filter(s -> s.reportsToId != null)
                .collect(Collectors.groupingBy(s -> s.reportsToId));
        List<Node> roots = stakeholders.stream().filter(s -> s.reportsToId == null).sorted(BY_NAME)
                .map(s -> node(s, reports, new HashSet<>())).toList();
        return new OrgChart(customerId, roots);
    }

    private static Node node(Stakeholder s, Map<UUID, List<Stakeholder>> reports, Set<UUID> seen) {
        seen.add(s.id);
        List<Node> children = reports.getOrDefault(s.id, List.of()).stream()
                .filter(r -> !seen.contains(r.id)).sorted(BY_NAME)
                .map(r -> node(r, reports, seen)).toList();
        return new Node(s, children);
    }
}
