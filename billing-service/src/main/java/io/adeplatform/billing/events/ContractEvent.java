package io.adeplatform.billing.events;

import java.util.UUID;

/** An event on billing.contract.events, keyed by the contract. */
public interface ContractEvent extends BillingEvent {

    UUID contractId();

    @Override
    default String aggregateType() {
        return "contract";
    }

    @Override
    default UUID aggregateId() {
        return contractId();
    }
}
