package io.adeplatform.relationship.service;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.relationship.api.InteractionRequest;
import io.adeplatform.relationship.api.InteractionResponse;
import io.adeplatform.relationship.domain.Interaction;
import io.adeplatform.relationship.domain.InteractionType;
import io.adeplatform.relationship.domain.Stakeholder;
import io.adeplatform.relationship.persistence.InteractionRepository;
import io.adeplatform.relationship.persistence.StakeholderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

@ApplicationScoped
public class InteractionService {

    @Inject
    InteractionRepository interactions;

    @Inject
    StakeholderRepository stakeholders;

    @Inject
    StakeholderService stakeholderService;

    @Inject
    CustomerGuard guard;

    @Inject
    AccountAccess access;

    @Inject
    HealthService health;

    @Inject
    Clock clock;

    /** Records a contact that happened (not in the future) with stakeholders of this customer. */
    @Transactional
    public InteractionResponse create(UUID customerId, InteractionRequest r, String by) {
        guard.writable(customerId);
        if (r.date().isAfter(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
            throw new RuleViolation("interaction-in-future", "an interaction is recorded once it happened; "
                    + r.date() + " is in the future");
        }
        for (UUID stakeholderId : r.stakeholderIds()) {
            Stakeholder s = stakeholders.findById(stakeholderId);
            if (s == null || !s.customerId.equals(customerId)) {
                throw new RuleViolation("unknown-stakeholder",
                        "stakeholder " + stakeholderId + " is not a stakeholder of this customer");
            }
        }
        Interaction i = new Interaction();
        i.id = UUID.randomUUID();
        i.customerId = customerId;
        i.type = r.type();
        i.date = r.date();
        i.stakeholderIds.addAll(r.stakeholderIds());
        i.summary = r.summary().strip();
        i.outcome = r.outcome();
        i.nextStep = r.nextStep();
        i.createdAt = OffsetDateTime.now(clock);
        i.createdBy = by;
        interactions.persist(i);
        interactions.flush();
        health.refresh(customerId);
        return InteractionResponse.of(i);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InteractionResponse get(UUID id) {
        Interaction i = interactions.findByIdOptional(id).orElseThrow(() -> new NotFound("interaction", id));
        if (!access.canSee(i.customerId)) {
            throw new NotFound("interaction", id);
        }
        return InteractionResponse.of(i);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InteractionResponse> ofCustomer(UUID customerId, InteractionType type, LocalDate from, LocalDate to,
                                                PageRequest page) {
        guard.readable(customerId);
        return Page.fromOverfetch(interactions.ofCustomer(customerId, type, from, to, page), page, InteractionResponse::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InteractionResponse> ofStakeholder(UUID stakeholderId, PageRequest page) {
        stakeholderService.find(stakeholderId);
        return Page.fromOverfetch(interactions.ofStakeholder(stakeholderId, page), page, InteractionResponse::of);
    }
}
