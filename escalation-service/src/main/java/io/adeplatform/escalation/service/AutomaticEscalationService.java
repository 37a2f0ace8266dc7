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
import org.jboss.logging.Logger;

import java.util.Comparator;
import java.util.UUID;

/**
 * Escalations the system opens (source system) from other services' events: an engagement whose health turned red,
 * a consumption commitment at risk. One problem raises one system escalation: a cause (the correlation customer +
 * engagement or none + cause, see {@link AutomaticCause}) has at most one escalation that is not closed, and a new
 * trigger goes on its timeline instead. Runs inside the consumer's transaction (with its inbox row), under the
 * cause's lock.
 */
@ApplicationScoped
public class AutomaticEscalationService extends EscalationUseCase {

    private static final Logger LOG = Logger.getLogger(AutomaticEscalationService.class);

    @Inject
    SlaPolicyRepository policies;

    @Inject
    ProjectedCustomers customers;

    /**
     * Turned red (from amber, green or nothing: registered red) opens the engagement's escalation or adds to it. Red
     * caused by a critical escalation opens none (that escalation is the problem's one), and neither does red that
     * was already red; both, like green and amber, are only noted on the engagement's escalation, if there is one.
     */
    @Transactional
    public void engagementHealthChanged(EngagementHealthChange change) {
        String key = AutomaticCause.engagementHealthRed(change.engagementId());
        String name = change.name() == null ? change.engagementId().toString() : change.name();
        String because = change.reasons().isEmpty() ? "" : ": " + String.join("; ", change.reasons());
        if (change.turnedRed() && !change.causedByCriticalEscalation()) {
            openOrAppend(new AutomaticCause(key, change.customerId(), change.engagementId(), Severity.HIGH,
                    Category.DELIVERY, "Engagement health red: " + name,
                    "Engagement " + name + (change.previous() == null ? " registered red" : " turned red (was "
                            + change.previous() + ")") + because,
                    "Engagement health reported red again" + because));
            return;
        }
        if (change.causedByCriticalEscalation()) {
            LOG.infof("engagement %s red because of a critical escalation: no system escalation of its own",
                    change.engagementId());
        }
        escalations.lockCause(key);
        escalations.notClosedForCause(key).filter(e -> sameCustomer(e, change.customerId(), key))
                .ifPresent(e -> journal.record(e.signal("Engagement health changed from " + change.previous() + " to "
                        + WireEnums.wireName(change.current()) + because, now())));
    }

    @Transactional
    public void commitmentAtRisk(CommitmentAtRisk risk) {
        String shortfall = text(risk.shortfall());
        String detail = "projected " + text(risk.projected()) + " against a commitment of " + text(risk.commitment())
                + " ending " + risk.endDate() + ": shortfall " + shortfall + ", required daily rate "
                + text(risk.requiredDailyRate());
        openOrAppend(new AutomaticCause(AutomaticCause.commitmentAtRisk(risk.commitmentId()), risk.customerId(), null,
                Severity.HIGH, Category.CONSUMPTION, "Consumption commitment at risk: shortfall " + shortfall,
                "Commitment " + risk.commitmentId() + " is at risk, " + detail, "Commitment still at risk, " + detail));
    }

    /**
     * A cause (an engagement, a commitment) belongs to one customer: an event naming another customer than the
     * escalation already open for it is dropped and logged, never added to that customer's escalation.
     */
    private void openOrAppend(AutomaticCause cause) {
        escalations.lockCause(cause.key());
        escalations.notClosedForCause(cause.key()).ifPresentOrElse(
                existing -> {
                    if (sameCustomer(existing, cause.customerId(), cause.key())) {
                        journal.record(existing.signal(cause.signal(), now()));
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
