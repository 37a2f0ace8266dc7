package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.ComplianceItemType;
import io.adeplatform.billing.domain.Contract;
import io.adeplatform.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The compliance checklist that gates signature: completing its items one by one until the contract is signed. */
@ApplicationScoped
public class ComplianceService {

    @Inject
    ContractLookup lookup;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Transactional
    public ContractView complete(UUID id, ComplianceItemType item, String note) {
        Contract contract = lookup.visible(id);
        contract.completeCompliance(item, user.username(), OffsetDateTime.now(clock), note);
        return lookup.savedWithNewVersion(contract);
    }
}
