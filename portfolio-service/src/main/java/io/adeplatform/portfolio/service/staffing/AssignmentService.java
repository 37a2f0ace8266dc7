package io.adeplatform.portfolio.service.staffing;

import io.adeplatform.platform.core.AccountRole;
import io.adeplatform.platform.core.NotPermitted;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.security.AccountTeamDirectory;
import io.adeplatform.platform.security.CurrentUser;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.staffing.Allocations;
import io.adeplatform.portfolio.domain.staffing.Assignment;
import io.adeplatform.portfolio.domain.staffing.PlannedRole;
import io.adeplatform.portfolio.events.staffing.StaffingEvents;
import io.adeplatform.portfolio.persistence.staffing.AssignmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Named people assigned to a resource request. A person's allocations across all engagements may not go above 100 %
 * on any day: refused with 409 over-allocation naming the person, the period and the total, unless an executive of
 * the account (or an admin) allows it, which the assignment records with the peak it allowed.
 */
@ApplicationScoped
public class AssignmentService {

    @Inject
    StaffedEngagements engagements;

    @Inject
    AssignmentRepository assignments;

    @Inject
    CurrentUser user;

    @Inject
    AccountTeamDirectory teams;

    /** Who, how much and when; {@code allowOverAllocation} is the executive's explicit override. */
    public record Booking(String username, int allocationPercent, LocalDate startDate, LocalDate endDate,
                          boolean allowOverAllocation) {
    }

    @Transactional
    public Assignment assign(UUID id, UUID requestId, Booking booking, String actor) {
        Engagement e = engagements.open(id);
        PlannedRole r = engagements.request(e, requestId);
        r.requireAssignable();
        r.requireWithin(booking.startDate(), booking.endDate());
        String username = booking.username().strip();
        assignments.lockPerson(username);
        Allocations.Booking added = new Allocations.Booking(booking.startDate(), booking.endDate(),
                booking.allocationPercent());
        List<Allocations.Booking> others = assignments.ofPerson(username, booking.startDate(), booking.endDate())
                .stream().map(Assignment::booking).toList();
        Optional<Allocations.Overload> overload = Allocations.overload(username, others, added);
        if (overload.isPresent()) {
            if (!booking.allowOverAllocation()) {
                throw overload.get().refused();
            }
            requireExecutive(e, overload.get());
        }
        Assignment a = Assignment.of(r, username, booking.allocationPercent(), booking.startDate(), booking.endDate(),
                overload.orElse(null), engagements.now(), actor);
        assignments.persist(a);
        if (r.fillWith(assignments.totalPercentOf(r.id))) {
            List<String> people = assignments.ofRequest(r.id).stream().map(x -> x.username).distinct().toList();
            engagements.publish(e, StaffingEvents.ResourceRequestFilled.NAME, new StaffingEvents.ResourceRequestFilled(
                    e.id, e.customerId, r.id, r.role, people, engagements.now()));
        }
        engagements.changed(e);
        return a;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Assignment> list(UUID id, UUID requestId, PageRequest page) {
        PlannedRole r = engagements.request(engagements.visible(id), requestId);
        return Page.slice(assignments.ofRequest(r.id), page);
    }

    /** Only an executive on the customer's account team (or an admin) may take a person above 100 %. */
    private void requireExecutive(Engagement e, Allocations.Overload overload) {
        boolean executive = user.isAdmin()
                || teams.roleOf(e.customerId, user.username()).filter(AccountRole.EXECUTIVE::equals).isPresent();
        if (!executive) {
            throw new NotPermitted("only an executive of the account may allow over-allocation: "
                    + overload.refused().getMessage());
        }
    }
}
