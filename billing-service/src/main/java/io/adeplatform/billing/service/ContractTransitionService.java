package io.adeplatform.billing.service;

import io.adeplatform.platform.core.Conflict;
import io.adeplatform.billing.domain.Contract;
import io.adeplatform.billing.domain.ContractStatus;
import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.core.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Every move of a contract through one door ({@code POST /api/contracts/{id}/transitions {to}}): to deal approval
 * (submit, approve, reject) or to the rest of its life (sign, activate, close). Each move keeps its own rules.
 */
@ApplicationScoped
public class ContractTransitionService {

    @Inject
    DealApprovalService approval;

    @Inject
    ContractLifecycleService lifecycle;

    @Inject
    ContractLookup lookup;

    /**
     * Moves the contract to {@code to}: {@code approved} records the caller's approval and moves it only once every
     * required role approved; {@code comment} goes with an approval or a rejection (which needs one), never elsewhere.
     */
    @Transactional
    public ContractView move(UUID id, ExpectedVersion expected, ContractStatus to, String comment) {
        if (comment != null && to != ContractStatus.APPROVED && to != ContractStatus.REJECTED) {
            throw InvalidInput.field("comment", "only an approval or a rejection records a comment");
        }
        return switch (to) {
            case PENDING_APPROVAL -> approval.submit(id, expected);
            case APPROVED -> approval.approve(id, expected, comment);
            case REJECTED -> approval.reject(id, expected, comment);
            case SIGNED -> lifecycle.sign(id, expected);
            case ACTIVE -> lifecycle.activate(id, expected);
            case CLOSED -> lifecycle.close(id, expected);
            case DRAFT -> {
                Contract contract = lookup.visible(id); // no move leads back to draft: a revision is a new contract
                throw Conflict.illegalTransition(contract.status, to, contract.status.allowedTargets());
            }
        };
    }
}
