package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.Contract;
import io.adeplatform.billing.events.ContractClosed;
import io.adeplatform.billing.events.ContractSigned;
import io.adeplatform.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An approved contract's life: signed (with its checklist complete), active in delivery, closed. */
@ApplicationScoped
public class ContractLifecycleService {

    @Inject
    ContractLookup lookup;

    @Inject
    BillingOutbox outbox;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Transactional
    public ContractView sign(UUID id) {
        Contract contract = lookup.visible(id);
        contract.sign(user.username(), OffsetDateTime.now(clock));
        ContractView view = lookup.saved(contract);
        outbox.write(ContractSigned.of(contract));
        return view;
    }

    @Transactional
    public ContractView activate(UUID id) {
        Contract contract = lookup.visible(id);
        contract.activate();
        return lookup.saved(contract);
    }

    @Transactional
    public ContractView close(UUID id) {
        Contract contract = lookup.visible(id);
        contract.close();
        ContractView view = lookup.saved(contract);
        outbox.write(ContractClosed.of(contract, OffsetDateTime.now(clock), user.username()));
        return view;
    }
}
