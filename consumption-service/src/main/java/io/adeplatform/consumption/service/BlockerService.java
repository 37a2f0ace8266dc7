package io.adeplatform.consumption.service;

import io.adeplatform.consumption.domain.Blocker;
import io.adeplatform.consumption.domain.BlockerCategory;
import io.adeplatform.consumption.domain.BlockerStatus;
import io.adeplatform.consumption.persistence.BlockerRepository;
import io.adeplatform.consumption.persistence.CommitmentRepository;
import io.adeplatform.consumption.persistence.GoalRepository;
import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.security.AccountAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Blockers recorded against a customer's gap (optionally naming the goal or commitment and the engagement). */
@ApplicationScoped
public class BlockerService {

    @Inject
    BlockerRepository blockers;

    @Inject
    GoalRepository goals;

    @Inject
    CommitmentRepository commitments;

    @Inject
    ActiveCustomers activeCustomers;

    @Inject
    AccountAccess access;

    @Inject
    Clock clock;

    /** The goal and commitment a blocker names must be the customer's own (else 422). */
    @Transactional
    public Blocker create(UUID customerId, String description, BlockerCategory category, String owner,
                          UUID engagementId, UUID goalId, UUID commitmentId, String creator) {
        activeCustomers.require(customerId);
        if (goalId != null && goals.findOf(customerId, goalId) == null) {
            throw new RuleViolation("unknown-goal", "goal " + goalId + " is not a goal of this customer");
        }
        if (commitmentId != null && commitments.findOf(customerId, commitmentId) == null) {
            throw new RuleViolation("unknown-commitment", "commitment " + commitmentId + " is not a commitment of this customer");
        }
        Blocker blocker = Blocker.open(customerId, description, category, owner, engagementId, goalId, commitmentId,
                OffsetDateTime.now(clock), creator);
        blockers.persist(blocker);
        return blocker;
    }

    @Transactional
    public Blocker update(UUID customerId, UUID blockerId, ExpectedVersion expected, String description,
                          BlockerCategory category, String owner, BlockerStatus status, UUID engagementId) {
        Blocker blocker = find(customerId, blockerId);
        expected.check(blocker.version);
        blocker.update(description, category, owner, status, engagementId);
        blockers.flush();
        return blocker;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Blocker get(UUID customerId, UUID blockerId) {
        return find(customerId, blockerId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Blocker> list(UUID customerId, BlockerStatus status, BlockerCategory category, PageRequest page) {
        access.requireVisible(customerId);
        return Page.fromOverfetch(blockers.page(customerId, status, category, page), page, blocker -> blocker);
    }

    private Blocker find(UUID customerId, UUID blockerId) {
        access.requireVisible(customerId);
        return access.visible("blocker", blockerId, blockers.findOf(customerId, blockerId), blocker -> blocker.customerId);
    }
}
