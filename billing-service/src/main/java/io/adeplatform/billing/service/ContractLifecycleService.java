package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.Contract;
import io.adeplatform.billing.events.ContractClosed;
import io.adeplatform.billing.events.ContractSigned;
import io.adeplatform.platform.core.ExpectedVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** An approved contract's life: signed (with its checklist complete), active in delivery, closed. */
@ApplicationScoped
public class ContractLifecycleService {

    @Inject
    ContractLookup lookup;

    @Inject
    Actor actor;

    @Transactional
    public ContractView sign(UUID id, ExpectedVersion expected) {
        return lookup.change(id, expected, contract -> contract.sign(actor.name(), actor.now()), ContractSigned::of);
    }

    @Transactional
    public ContractView activate(UUID id, ExpectedVersion expected) {
        return lookup.change(id, expected, Contract::activate);
    }

    @Transactional
    public ContractView close(UUID id, ExpectedVersion expected) {
        return lookup.change(id, expected, Contract::close, contract -> ContractClosed.of(contract, actor.now(), actor.name()));
    }
}
