package io.adeplatform.escalation.service;

import io.adeplatform.escalation.domain.Actor;
import io.adeplatform.escalation.domain.Category;
import io.adeplatform.escalation.domain.Escalation;
import io.adeplatform.escalation.domain.Severity;
import io.adeplatform.escalation.domain.Source;
import io.adeplatform.escalation.persistence.SlaPolicyRepository;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.core.WireEnums;
import io.adeplatform.platform.customers.ProjectedCustomer;
import io.adeplatform.platform.customers.ProjectedCustomers;
import jakarta.enterprise.context.ApplicationScoped;
import io.adeplatform.platform.security.CrossCustomerEvents;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Comparator;
import java.util.UUID;

/**
 * Escalations the system opens (source system) from other services' events: an engagement whose health turned red,
 * a consumption commitment at risk. One active escalation per cause: a repeat signal goes on its timeline instead.
 * Runs inside the consumer's transaction (with its inbox row).
 */
@ApplicationScoped
public class AutomaticEscalationService extends EscalationUseCase {

    @Inject
    SlaPolicyRepository policies;

    @Inject
    ProjectedCustomers customers;

    /** Red opens (or adds to) the engagement's escalation; green and amber are noted on it, if there is one. */
    @Transactional
    public void engagementHealthChanged(EngagementHealthChange change) {
        String key = "engagement-health-red:" + change.engagementId();
        String name = change.name() == null ? change.engagementId().toString() : change.name();
        String because = change.reasons().isEmpty() ? "" : ": " + String.join("; ", change.reasons());
        if (change.current() != EngagementHealthChange.Health.RED) {
            escalations.activeForCause(key).filter(e -> sameCustomer(e, change.customerId(), key))
                    .ifPresent(e -> journal.record(e.signal("Engagement health changed from "
                    + change.previous() + " to " + WireEnums.wireName(change.current()) + because, now())));
            return;
        }
        openOrAppend(new AutomaticCause(key, change.customerId(), change.engagementId(), Severity.HIGH, Category.DELIVERY,
                "Engagement health red: " + name,
                "Engagement " + name + " turned red" + (change.previous() == null ? "" : " (was " + change.previous() + ")")
                        + because,
                "Engagement health reported red again" + because));
    }

    @Transactional
    public void commitmentAtRisk(CommitmentAtRisk risk) {
        String shortfall = text(risk.shortfall());
        String detail = "projected " + text(risk.projected()) + " against a commitment of " + text(risk.commitment())
                + " ending " + risk.endDate() + ": shortfall " + shortfall + ", required daily rate "
                + text(risk.requiredDailyRate());
        openOrAppend(new AutomaticCause("commitment-at-risk:" + risk.commitmentId(), risk.customerId(), null,
                Severity.HIGH, Category.CONSUMPTION, "Consumption commitment at risk: shortfall " + shortfall,
                "Commitment " + risk.commitmentId() + " is at risk, " + detail, "Commitment still at risk, " + detail));
    }

    /**
     * A cause (an engagement, a commitment) belongs to one customer: an event naming another customer than the
     * escalation already open for it is dropped and logged, never added to that customer's escalation.
     */
    private void openOrAppend(AutomaticCause cause) {
        escalations.activeForCause(cause.key()).ifPresentOrElse(
                active -> {
                    if (sameCustomer(active, cause.customerId(), cause.key())) {
                        journal.record(active.signal(cause.signal(), now()));
                    }
                },
                () -> {
                    Escalation e = Escalation.open(cause.customerId(), Source.SYSTEM,
                            cause.details(accountableExecutive(cause)), policies.of(cause.severity()), Actor.SYSTEM, now());
                    e.causeKey = cause.key();
                    escalations.persist(e);
                    journal.opened(e);
                });
    }

    private static boolean sameCustomer(Escalation active, UUID customerId, String cause) {
        return CrossCustomerEvents.sameCustomer("event on " + cause, "escalation", active.id, active.customerId,
                customerId);
    }

    /** The customer's account executive (the first by name), else the system itself. */
    private String accountableExecutive(AutomaticCause cause) {
        ProjectedCustomer customer = customers.findById(cause.customerId());
        return customer == null ? Actor.SYSTEM.username() : customer.accountTeam.stream()
                .filter(m -> "executive".equals(m.accountRole))
                .map(m -> m.username)
                .min(Comparator.naturalOrder())
                .orElse(Actor.SYSTEM.username());
    }

    /** Money as the timeline writes it: rounded to the currency's minor unit, half-even; "n/a" when absent. */
    private static String text(Money money) {
        return money == null ? "n/a" : money.rounded().amount().toPlainString() + " " + money.currency();
    }
}
