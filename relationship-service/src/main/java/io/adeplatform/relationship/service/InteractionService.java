package io.adeplatform.relationship.service;

import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.relationship.domain.Interaction;
import io.adeplatform.relationship.domain.InteractionDetails;
import io.adeplatform.relationship.domain.InteractionType;
import io.adeplatform.relationship.persistence.InteractionRepository;
import io.adeplatform.relationship.persistence.StakeholderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

/** Recording and reading interactions with a customer's stakeholders. */
@ApplicationScoped
public class InteractionService extends CustomerUseCase {

    @Inject
    InteractionRepository interactions;

    @Inject
    StakeholderRepository stakeholders;

    @Inject
    HealthRecorder health;

    /** Records a contact that happened (not in the future) with stakeholders of this customer. */
    @Transactional
    public Interaction create(UUID customerId, InteractionDetails details, String by) {
        access.changeable(customerId);
        Interaction interaction = Interaction.record(customerId, details, by, now());
        for (UUID stakeholderId : details.stakeholderIds()) {
            access.referenced("stakeholder", stakeholderId, stakeholders.findById(stakeholderId), customerId);
        }
        interactions.persist(interaction);
        health.factsChanged(customerId);
        return interaction;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Interaction get(UUID id) {
        return access.visible("interaction", id, interactions.findById(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Interaction> ofCustomer(UUID customerId, InteractionType type, LocalDate from, LocalDate to,
                                        PageRequest page) {
        access.visible(customerId);
        return Page.fromOverfetch(interactions.ofCustomer(customerId, type, from, to, page), page, Function.identity());
    }

    /** The interactions a stakeholder took part in, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Interaction> ofStakeholder(UUID stakeholderId, PageRequest page) {
        access.visible("stakeholder", stakeholderId, stakeholders.findById(stakeholderId));
        return Page.fromOverfetch(interactions.ofStakeholder(stakeholderId, page), page, Function.identity());
    }
}
