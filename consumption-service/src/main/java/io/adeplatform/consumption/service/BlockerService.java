package io.adeplatform.consumption.service;

import io.adeplatform.consumption.domain.Blocker;
import io.adeplatform.consumption.domain.BlockerCategory;
import io.adeplatform.consumption.domain.BlockerStatus;
import io.adeplatform.consumption.persistence.BlockerRepository;
import io.adeplatform.consumption.persistence.CommitmentRepository;
import io.adeplatform.consumption.persistence.GoalRepository;
import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;
import java.util.function.Function;

/** Blockers recorded against a customer's gap (optionally naming the goal or commitment and the engagement). */
@ApplicationScoped
public class BlockerService extends CustomerRecordUseCase {

    @Inject
    BlockerRepository blockers;

    @Inject
    GoalRepository goals;

    @Inject
    CommitmentRepository commitments;

    /** The goal and commitment a blocker names must be the customer's own (else 422). */
    @Transactional
    public Blocker create(UUID customerId, String description, BlockerCategory category, String owner,
                          UUID engagementId, UUID goalId, UUID commitmentId, String creator) {
        requireActiveCustomer(customerId);
        requireEngagement(engagementId, customerId);
        if (goalId != null) {
            access.sameCustomer("goal", goalId, goals.findById(goalId), g -> g.customerId, customerId);
        }
        if (commitmentId != null) {
            access.sameCustomer("commitment", commitmentId, commitments.findById(commitmentId), c -> c.customerId,
                    customerId);
        }
        Blocker blocker = Blocker.open(customerId, description, category, owner, engagementId, goalId, commitmentId,
                now(), creator);
        blockers.persist(blocker);
        return blocker;
    }

    @Transactional
    public Blocker update(UUID customerId, UUID blockerId, ExpectedVersion expected, String description,
                          BlockerCategory category, String owner, UUID engagementId) {
        return revise(get(customerId, blockerId), expected, blockers, blocker -> {
            requireEngagement(engagementId, customerId);
            blocker.update(description, category, owner, engagementId);
        });
    }

    /** Moves the blocker along {@link BlockerStatus} (resolve, start, reopen); an illegal move is a 409. */
    @Transactional
    public Blocker transition(UUID customerId, UUID blockerId, ExpectedVersion expected, BlockerStatus to) {
        return revise(get(customerId, blockerId), expected, blockers, blocker -> blocker.moveTo(to));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Blocker get(UUID customerId, UUID blockerId) {
        return find("blocker", customerId, blockerId, blockers);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Blocker> list(UUID customerId, BlockerStatus status, BlockerCategory category, PageRequest page) {
        access.requireVisible(customerId);
        return Page.fromOverfetch(blockers.page(customerId, status, category, page), page, Function.identity());
    }
}
