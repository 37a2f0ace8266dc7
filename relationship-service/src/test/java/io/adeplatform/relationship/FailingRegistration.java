package io.adeplatform.relationship;

import io.adeplatform.relationship.domain.CustomerProfile;
import io.adeplatform.relationship.service.CustomerService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A use case that registers a customer and then fails inside the same transaction. */
@ApplicationScoped
public class FailingRegistration {

    @Inject
    CustomerService customers;

    @Transactional
    public void registerThenFail(String name) {
        customers.register(new CustomerProfile(name, "city", null, null, null), "erin.exec");
        throw new IllegalStateException("failure after the outbox write");
    }
}
