package io.adeplatform.relationship.service;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.relationship.domain.HealthSignal;
import io.adeplatform.relationship.domain.SignalSource;
import io.adeplatform.relationship.persistence.CustomerRepository;
import io.adeplatform.relationship.persistence.HealthQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What the other services tell us about a customer (escalations, invoices, commitments) and its effect on health. */
@ApplicationScoped
public class HealthSignalService {

    @Inject
    CustomerRepository customers;

    @Inject
    HealthQueries health;

    @Inject
    HealthRecorder recorder;

    /** Stores the item's latest state, then recomputes health; a signal for an unknown customer is refused (poison). */
    @Transactional
    public void record(HealthSignal signal) {
        lockKnown(signal.customerId());
        health.upsert(signal);
        recorder.refresh(signal.customerId());
    }

    /**
     * An escalation's new severity: it counts under that one from now on, open or not as before. One we never heard
     * of counts as open (its severity can only change before it is closed, and events of one escalation arrive in
     * order, so that happens only when its opening was never delivered here). Another customer's escalation is left
     * alone.
     */
    @Transactional
    public void severityChanged(UUID escalationId, UUID customerId, String severity, OffsetDateTime at) {
        lockKnown(customerId);
        if (!health.changeSeverity(escalationId, customerId, severity)) {
            health.addIfAbsent(new HealthSignal(SignalSource.ESCALATION, escalationId, customerId, severity, true, at));
        }
        recorder.refresh(customerId);
    }

    private void lockKnown(UUID customerId) {
        if (customers.findById(customerId) == null) {
            throw new NotFound("customer", customerId);
        }
        customers.lockForHealthRefresh(customerId);
    }
}
