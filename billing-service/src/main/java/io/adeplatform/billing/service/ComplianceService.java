package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.ComplianceItemType;
import io.adeplatform.platform.core.ExpectedVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** The compliance checklist that gates signature: completing its items one by one until the contract is signed. */
@ApplicationScoped
public class ComplianceService {

    @Inject
    ContractLookup lookup;

    @Inject
    Actor actor;

    @Transactional
    public ContractView complete(UUID id, ExpectedVersion expected, ComplianceItemType item, String note) {
        return lookup.changeRows(id, expected, contract -> contract.completeCompliance(item, actor.name(), actor.now(), note));
    }
}
