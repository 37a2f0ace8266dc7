package io.adeplatform.relationship.service;

import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.relationship.domain.Interaction;
import io.adeplatform.relationship.domain.InteractionDetails;
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
import java.util.UUID;

/** Recording and reading interactions with a customer's stakeholders. */
@ApplicationScoped
public class InteractionService {

    @Inject
    InteractionRepository interactions;

    @Inject
    StakeholderRepository stakeholders;

    @Inject
    CustomerAccess customers;

    @Inject
    AccountAccess access;

    @Inject
    HealthRecorder health;

    @Inject
    Clock clock;

    /** Records a contact that happened (not in the future) with stakeholders of this customer. */
    @Transactional
    public Interaction create(UUID customerId, InteractionDetails details, String by) {
        customers.changeable(customerId);
        Interaction interaction = Interaction.record(customerId, details, by, OffsetDateTime.now(clock));
        for (UUID stakeholderId : details.stakeholderIds()) {
            Stakeholder s = stakeholders.findById(stakeholderId);
            if (s == null || !s.customerId.equals(customerId)) {
                throw new RuleViolation("unknown-stakeholder",
                        "stakeholder " + stakeholderId + " is not a stakeholder of this customer");
            }
        }
        interactions.persist(interaction);
        interactions.flush();
        health.refresh(customerId);
        return interaction;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Interaction get(UUID id) {
        return access.visible("interaction", id, interactions.findById(id), i -> i.customerId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Interaction> ofCustomer(UUID customerId, InteractionType type, LocalDate from, LocalDate to,
                                        PageRequest page) {
        customers.visible(customerId);
        return Page.fromOverfetch(interactions.ofCustomer(customerId, type, from, to, page), page, i -> i);
    }

    /** The interactions a stakeholder took part in, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Interaction> ofStakeholder(UUID stakeholderId, PageRequest page) {
        access.visible("stakeholder", stakeholderId, stakeholders.findById(stakeholderId), s -> s.customerId);
        return Page.fromOverfetch(interactions.ofStakeholder(stakeholderId, page), page, i -> i);
    }
}
