package io.adeplatform.consumption.service;

import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.platform.customers.ProjectedCustomers;
import io.adeplatform.platform.security.AccountAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** New data (subscriptions, goals, commitments, blockers) is only recorded for a customer that is active. */
@ApplicationScoped
public class ActiveCustomers {

    @Inject
    AccountAccess access;

    @Inject
    ProjectedCustomers customers;

    /** The caller must see the customer (else 404) and the customer must be known and not archived (else 422). */
    public void require(UUID customerId) {
        access.requireVisible(customerId);
        if (!customers.isActive(customerId)) {
            throw new RuleViolation("unknown-customer", "customer " + customerId + " is unknown or archived");
        }
    }
}
