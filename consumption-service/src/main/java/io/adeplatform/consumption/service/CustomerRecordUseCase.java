package io.adeplatform.consumption.service;

import io.adeplatform.consumption.domain.CustomerOwned;
import io.adeplatform.consumption.domain.CustomerRecord;
import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.platform.customers.ProjectedCustomers;
import io.adeplatform.platform.references.References;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Inject;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * What the use cases on a customer's records (subscriptions, goals, commitments, blockers) share: who may see them,
 * that new ones are only recorded for an active customer, how an update is checked against its version, and time.
 */
abstract class CustomerRecordUseCase extends ConsumptionUseCase {

    @Inject
    ProjectedCustomers customers;

    @Inject
    References references;

    /**
     * To record something new: the caller must see the customer (else 404), write on its account (a viewer gets
     * 403), and the customer must be known and not archived (else 422).
     */
    void requireActiveCustomer(UUID customerId) {
        access.writable(customerId);
        if (!customers.isActive(customerId)) {
            throw new RuleViolation("unknown-customer", "customer " + customerId + " is unknown or archived");
        }
    }

    /** The record when the caller may see its customer; otherwise the very 404 a missing one gets. */
    <T extends CustomerOwned> T visible(String what, Object id, T found) {
        return access.visible(what, id, found, record -> record.customerId);
    }

    /**
     * A record named below its customer's path: the customer's 404 when the caller may not see the customer, the
     * record's 404 when it is missing or another customer's.
     */
    <T extends CustomerRecord> T find(String what, UUID customerId, UUID id, PanacheRepositoryBase<T, UUID> records) {
        access.requireVisible(customerId);
        return visible(what, id, CustomerOwned.ofCustomer(records.findById(id), customerId));
    }

    /**
     * An engagement id inside a request body: known here (from portfolio's events) as an engagement of this customer,
     * else the 422 {@code unknown-engagement} of an id that exists nowhere. Null passes (the field is optional).
     */
    void requireEngagement(UUID engagementId, UUID customerId) {
        references.requireEngagement(engagementId, customerId);
    }

    /**
     * Applies {@code change} to a record the update was based on (403 for a viewer on its account, 412 when stale) and flushes, so the answer carries
     * the new version.
     */
    <T extends CustomerOwned> T revise(T record, ExpectedVersion expected, PanacheRepositoryBase<T, ?> records,
                                       Consumer<T> change) {
        access.writable(record.customerId);
        expected.check(record.version);
        change.accept(record);
        records.flush();
        return record;
    }
}
