package io.adeplatform.portfolio.service.staffing;

import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.staffing.Assignment;
import io.adeplatform.portfolio.domain.staffing.PlannedRole;
import io.adeplatform.portfolio.domain.staffing.Utilisation;
import io.adeplatform.portfolio.persistence.EngagementFilter;
import io.adeplatform.portfolio.persistence.EngagementRepository;
import io.adeplatform.portfolio.persistence.staffing.AssignmentRepository;
import io.adeplatform.portfolio.persistence.staffing.ResourceRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Utilisation per person and per role over a period, across the engagements the caller may see. */
@ApplicationScoped
public class UtilisationService {

    static final long MAX_DAYS = 732;

    @Inject
    EngagementRepository engagements;

    @Inject
    ResourceRequestRepository requests;

    @Inject
    AssignmentRepository assignments;

    @Inject
    AccountAccess access;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Utilisation.Result over(LocalDate from, LocalDate to, UUID customerId) {
        if (to.isBefore(from)) {
            throw InvalidInput.field("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw InvalidInput.field("to", "the period may span at most " + MAX_DAYS + " days");
        }
        Set<UUID> ids = engagements.all(new EngagementFilter(customerId, null, null, null, access.visibleCustomers()))
                .stream().map((Engagement e) -> e.id).collect(Collectors.toSet());
        List<PlannedRole> lines = requests.meeting(ids, from, to);
        Map<UUID, String> roles = new HashMap<>();
        lines.forEach(r -> roles.put(r.id, r.role));
        List<Assignment> booked = assignments.meeting(ids, from, to);
        List<Utilisation.Assigned> assigned = booked.stream().map(a -> new Utilisation.Assigned(a.username,
                roles.computeIfAbsent(a.requestId, rid -> requests.findById(rid).role), a.startDate, a.endDate,
                a.allocationPercent)).toList();
        List<Utilisation.Requested> requested = lines.stream()
                .map(r -> new Utilisation.Requested(r.role, r.startDate, r.endDate, r.fte())).toList();
        return Utilisation.over(from, to, assigned, requested);
    }
}
