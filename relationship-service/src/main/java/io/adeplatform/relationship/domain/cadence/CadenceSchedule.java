package io.adeplatform.relationship.domain.cadence;

import io.adeplatform.relationship.domain.CadenceKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The items of one customer's cadence as of a day: a QBR and an executive briefing (due from the registration when
 * never held) and a steering committee per open engagement (due from the engagement's start when never held), each
 * at the policy's interval (a steering committee at its engagement's override when there is one).
 */
public final class CadenceSchedule {

    private CadenceSchedule() {
    }

    /** {@code lastHeld}: the last QBR and executive briefing held (absent when never). Sorted by {@link CadenceItem#ORDER}. */
    public static List<CadenceItem> items(CadenceCustomer customer, CadenceIntervals policy,
                                          Map<CadenceKind, LocalDate> lastHeld, List<CadenceEngagement> engagements,
                                          LocalDate today) {
        List<CadenceItem> items = new ArrayList<>();
        for (CadenceKind kind : List.of(CadenceKind.QBR, CadenceKind.EXECUTIVE_BRIEFING)) {
            items.add(CadenceItem.of(customer, kind, null, policy.days(kind, null), lastHeld.get(kind),
                    customer.registeredOn(), today));
        }
        for (CadenceEngagement e : engagements) {
            items.add(CadenceItem.of(customer, CadenceKind.STEERING_COMMITTEE, e.id(),
                    policy.days(CadenceKind.STEERING_COMMITTEE, e.id()), e.lastHeld(), e.startDate(), today));
        }
        items.sort(CadenceItem.ORDER);
        return items;
    }
}
