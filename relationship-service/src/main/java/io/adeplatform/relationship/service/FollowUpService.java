package io.adeplatform.relationship.service;

import io.adeplatform.platform.core.AccountRole;
import io.adeplatform.platform.core.CustomerRecord;
import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.events.OutboxWriter;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.relationship.config.SatisfactionConfig;
import io.adeplatform.relationship.domain.AccountTeamMember;
import io.adeplatform.relationship.domain.Customer;
import io.adeplatform.relationship.domain.FollowUpAction;
import io.adeplatform.relationship.domain.FollowUpStatus;
import io.adeplatform.relationship.domain.SatisfactionSurvey;
import io.adeplatform.relationship.events.SatisfactionEventPayloads;
import io.adeplatform.relationship.events.SatisfactionEventPayloads.DetractorFollowUpCreated;
import io.adeplatform.relationship.persistence.CustomerRepository;
import io.adeplatform.relationship.persistence.FollowUpActionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Function;

/** The follow-up actions detractor answers open: who owns them, reading them, and moving them to done or cancelled. */
@ApplicationScoped
public class FollowUpService extends CustomerUseCase {

    @Inject
    FollowUpActionRepository followUps;

    @Inject
    CustomerRepository customers;

    @Inject
    SatisfactionConfig config;

    @Inject
    OutboxWriter outbox;

    /** Opens the one follow-up of a detractor answer, in the answer's transaction, and publishes it. */
    @Transactional(Transactional.TxType.MANDATORY)
    FollowUpAction openFor(SatisfactionSurvey survey, String by, OffsetDateTime now) {
        FollowUpAction followUp = FollowUpAction.forDetractor(survey, owner(customers.findById(survey.customerId)),
                config.dueDays(), by, now);
        followUps.persist(followUp);
        outbox.append(SatisfactionEventPayloads.AGGREGATE, survey.customerId, DetractorFollowUpCreated.NAME,
                DetractorFollowUpCreated.of(followUp));
        return followUp;
    }

    /** The configured owner, else the account's first executive by username (a team always keeps one). */
    private String owner(Customer customer) {
        return config.owner().orElseGet(() -> customer.team().stream().filter(m -> m.role == AccountRole.EXECUTIVE)
                .map((AccountTeamMember m) -> m.username).findFirst().orElse(customer.createdBy));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<FollowUpAction> list(UUID customerId, FollowUpStatus status, String owner, PageRequest page) {
        access.visible(customerId);
        return Page.fromOverfetch(followUps.page(customerId, status, owner, page), page, Function.identity());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FollowUpAction get(UUID customerId, UUID id) {
        access.visible(customerId);
        return CustomerRecord.ofCustomer(followUps.findById(id), customerId, "follow-up", id);
    }

    /** open → in-progress → done, open/in-progress → cancelled; anything else a 409 naming the allowed moves. */
    @Transactional
    public FollowUpAction transition(UUID customerId, UUID id, ExpectedVersion expected, FollowUpStatus to,
                                     String note, String by) {
        access.changeable(customerId);
        FollowUpAction followUp = CustomerRecord.ofCustomer(followUps.findById(id), customerId, "follow-up", id);
        expected.check(followUp.version);
        followUp.moveTo(to, note, by, now());
        followUps.flush();
        return followUp;
    }
}
