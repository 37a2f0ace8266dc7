package io.adeplatform.relationship.service.cadence;

import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.relationship.domain.cadence.CadenceItem;
import io.adeplatform.relationship.service.CustomerAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Reads of the executive cadence as of today (the service's clock, UTC): one customer's items, and what is due. */
@ApplicationScoped
public class CadenceService {

    @Inject
    CustomerAccess access;

    @Inject
    CadenceCalculation calculation;

    @Inject
    Clock clock;

    /** Every item of the customer, soonest due first; 404 for a customer the caller may not see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CadenceItem> ofCustomer(UUID customerId, PageRequest page) {
        access.visible(customerId);
        return Page.slice(calculation.ofCustomer(customerId, today()), page);
    }

    /**
     * The items due on or before {@code to} (overdue ones always) of every customer the caller sees: the customers of
     * their account teams, every customer for callers AccountAccess lets see all (admin).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CadenceItem> due(LocalDate to, PageRequest page) {
        List<CadenceItem> due = calculation.of(access.visibleCustomers(), today()).stream()
                .filter(item -> !item.nextDue().isAfter(to)).toList();
        return Page.slice(due, page);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
