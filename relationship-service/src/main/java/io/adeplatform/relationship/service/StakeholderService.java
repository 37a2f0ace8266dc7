package io.adeplatform.relationship.service;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.relationship.api.OrgChartNode;
import io.adeplatform.relationship.api.OrgChartResponse;
import io.adeplatform.relationship.api.StakeholderRequest;
import io.adeplatform.relationship.api.StakeholderResponse;
import io.adeplatform.relationship.domain.RoleType;
import io.adeplatform.relationship.domain.Stakeholder;
import io.adeplatform.relationship.persistence.StakeholderRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class StakeholderService {

    @Inject
    StakeholderRepository stakeholders;

    @Inject
    CustomerGuard guard;

    @Inject
    AccountAccess access;

    @Inject
    HealthService health;

    @Inject
    Clock clock;

    @Transactional
    public StakeholderResponse create(UUID customerId, StakeholderRequest request, String by) {
        guard.writable(customerId);
        Stakeholder s = new Stakeholder();
        s.id = UUID.randomUUID();
        s.customerId = customerId;
        s.createdAt = OffsetDateTime.now(clock);
        s.createdBy = by;
        apply(s, request);
        stakeholders.persist(s);
        stakeholders.flush();
        health.refresh(customerId);
        return StakeholderResponse.of(s);
    }

    @Transactional
    public StakeholderResponse update(UUID id, String ifMatch, StakeholderRequest request) {
        Stakeholder s = find(id);
        guard.writable(s.customerId);
        EntityVersions.requireMatch(ifMatch, s.version);
        apply(s, request);
        stakeholders.flush();
        health.refresh(s.customerId);
        return StakeholderResponse.of(s);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StakeholderResponse get(UUID id) {
        return StakeholderResponse.of(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<StakeholderResponse> list(UUID customerId, RoleType roleType, Boolean active, PageRequest page) {
        guard.readable(customerId);
        String query = "customerId = :customer";
        Parameters parameters = Parameters.with("customer", customerId);
        if (roleType != null) {
            query += " and roleType = :role";
            parameters.and("role", roleType);
        }
        if (active != null) {
            query += " and active = :active";
            parameters.and("active", active);
        }
        return Page.fromOverfetch(stakeholders.find(query + " order by name, id", parameters)
                .range(page.offset(), page.offset() + page.limit).list(), page, StakeholderResponse::of);
    }

    /** The stakeholders as trees by reports-to; inactive ones included (flagged) so nobody's reports get lost. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OrgChartResponse orgChart(UUID customerId) {
        guard.readable(customerId);
        List<Stakeholder> all = stakeholders.ofCustomer(customerId);
        Map<UUID, List<Stakeholder>> reports = all.stream().filter(s -> s.reportsToId != null)
                .collect(Collectors.groupingBy(s -> s.reportsToId));
        List<OrgChartNode> roots = all.stream().filter(s -> s.reportsToId == null)
                .sorted(Comparator.comparing((Stakeholder s) -> s.name).thenComparing(s -> s.id))
                .map(s -> node(s, reports, new HashSet<>())).toList();
        return new OrgChartResponse(customerId, roots);
    }

    private OrgChartNode node(Stakeholder s, Map<UUID, List<Stakeholder>> reports, Set<UUID> seen) {
        seen.add(s.id);
        List<OrgChartNode> children = reports.getOrDefault(s.id, List.of()).stream()
                .filter(r -> !seen.contains(r.id))
                .sorted(Comparator.comparing((Stakeholder r) -> r.name).thenComparing(r -> r.id))
                .map(r -> node(r, reports, seen)).toList();
        return new OrgChartNode(s.id, s.name, s.title, s.roleType, s.influence, s.stance, s.active, children);
    }

    Stakeholder find(UUID id) {
        Stakeholder s = stakeholders.findByIdOptional(id).orElseThrow(() -> new NotFound("stakeholder", id));
        if (!access.canSee(s.customerId)) {
            throw new NotFound("stakeholder", id);
        }
        return s;
    }

    private void apply(Stakeholder s, StakeholderRequest r) {
        if (r.reportsToId() != null) {
            Stakeholder manager = stakeholders.findById(r.reportsToId());
            if (manager == null || !manager.customerId.equals(s.customerId)) {
                throw new RuleViolation("invalid-reports-to",
                        "reportsToId " + r.reportsToId() + " is not a stakeholder of this customer");
            }
            // walking up from the new manager must never reach this stakeholder
            Set<UUID> visited = new HashSet<>();
            Stakeholder current = manager;
            while (current != null) {
                if (current.id.equals(s.id)) {
                    throw new Conflict("reporting-cycle",
                            "reporting to " + r.reportsToId() + " would make a cycle in the org chart");
                }
                if (!visited.add(current.id) || current.reportsToId == null) {
                    break;
                }
                current = stakeholders.findById(current.reportsToId);
            }
        }
        s.name = r.name().strip();
        s.title = blank(r.title());
        s.roleType = r.roleType();
        s.influence = r.influence();
        s.stance = r.stance();
        s.reportsToId = r.reportsToId();
        s.email = blank(r.email());
        s.phone = blank(r.phone());
        s.active = r.active() == null || r.active();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static List<UUID> ids(List<Stakeholder> list) {
        return new ArrayList<>(list.stream().map(s -> s.id).filter(Objects::nonNull).toList());
    }
}
