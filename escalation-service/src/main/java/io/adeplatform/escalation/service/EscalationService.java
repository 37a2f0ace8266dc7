package io.adeplatform.escalation.service;

import io.adeplatform.escalation.domain.Actor;
import io.adeplatform.escalation.domain.Escalation;
import io.adeplatform.escalation.domain.EscalationCriteria;
import io.adeplatform.escalation.domain.EscalationDetails;
import io.adeplatform.escalation.domain.Source;
import io.adeplatform.escalation.persistence.SlaPolicyRepository;
import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.platform.customers.ProjectedCustomers;
import io.adeplatform.platform.references.References;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Function;

/** People open, describe and read escalations of the customers they see. */
@ApplicationScoped
public class EscalationService extends EscalationUseCase {

    @Inject
    SlaPolicyRepository policies;

    @Inject
    ProjectedCustomers customers;

    @Inject
    References references;

    @Transactional
    public Escalation open(UUID customerId, Source source, EscalationDetails details, OffsetDateTime raisedAt,
                           Actor by) {
        if (source == Source.SYSTEM) {
            throw InvalidInput.field("source",
                    "system is reserved for escalations the platform opens; use customer or internal");
        }
        OffsetDateTime openedAt = Escalation.openedAt(raisedAt, now());
        access.writable(customerId);
        if (!customers.isActive(customerId)) {
            throw new RuleViolation("unknown-customer",
                    "customer " + customerId + " is not an active customer known to this service");
        }
        references.requireEngagement(details.engagementId(), customerId);
        Escalation e = Escalation.open(customerId, source, details, policies.of(details.severity()), by, openedAt);
        escalations.persist(e);
        journal.opened(e);
        return e;
    }

    /** Full replacement; a new severity is published (severity-changed) with {@code severityReason}, if given. */
    @Transactional
    public Escalation update(UUID id, ExpectedVersion expected, EscalationDetails details, String severityReason,
                             Actor by) {
        Escalation e = changeable(id);
        expected.check(e.version);
        references.requireEngagement(details.engagementId(), e.customerId);
        e.revise(details, severityReason, policies.of(details.severity()), by, now())
                .ifPresent(change -> journal.severityChanged(e, change));
        escalations.flush();
        return e;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Escalation get(UUID id) {
        return find(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Escalation> list(EscalationCriteria criteria, PageRequest page) {
        return Page.fromOverfetch(escalations.list(criteria, access.visibleCustomers(), page), page, Function.identity());
    }
}
