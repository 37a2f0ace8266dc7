package io.adeplatform.relationship.service;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.relationship.domain.HealthSignal;
import io.adeplatform.relationship.persistence.CustomerRepository;
import io.adeplatform.relationship.persistence.HealthQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

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
        if (customers.findById(signal.customerId()) == null) {
            throw new NotFound("customer", signal.customerId());
        }
        customers.lockForHealthRefresh(signal.customerId());
        health.upsert(signal);
        recorder.refresh(signal.customerId());
    }
}
