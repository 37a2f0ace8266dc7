package io.adeplatform.relationship.domain.cadence;

import io.adeplatform.relationship.domain.CadenceKind;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.UUID;

/**
 * One meeting a customer's cadence asks for, as of a day: when it was last held, when it is next due (last held +
 * interval; never held: from {@code start}, the customer's registration or the engagement's start), and whether it is
 * overdue (due before that day; due today is not overdue yet) and by how many days.
 */
public record CadenceItem(UUID customerId, String customerName, CadenceKind kind, UUID engagementId, int intervalDays,
                          LocalDate lastHeld, LocalDate nextDue, boolean overdue, int daysOverdue) {

    /** By next due date, then customer name and id, kind and engagement: the order every cadence list uses. */
    public static final Comparator<CadenceItem> ORDER = Comparator.comparing(CadenceItem::nextDue)
            .thenComparing(CadenceItem::customerName).thenComparing(CadenceItem::customerId)
            .thenComparing(CadenceItem::kind)
            .thenComparing(CadenceItem::engagementId, Comparator.nullsFirst(Comparator.naturalOrder()));

    public static CadenceItem of(CadenceCustomer customer, CadenceKind kind, UUID engagementId, int intervalDays,
                                 LocalDate lastHeld, LocalDate start, LocalDate today) {
        LocalDate nextDue = (lastHeld != null ? lastHeld : start).plusDays(intervalDays);
        int daysOverdue = (int) Math.max(0, ChronoUnit.DAYS.between(nextDue, today));
        return new CadenceItem(customer.id(), customer.name(), kind, engagementId, intervalDays, lastHeld, nextDue,
                daysOverdue > 0, daysOverdue);
    }
}
