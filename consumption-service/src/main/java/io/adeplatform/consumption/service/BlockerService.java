package io.adeplatform.consumption.service;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.consumption.api.BlockerRequests.BlockerResponse;
import io.adeplatform.consumption.domain.Blocker;
import io.adeplatform.consumption.domain.BlockerCategory;
import io.adeplatform.consumption.domain.BlockerStatus;
import io.adeplatform.consumption.persistence.BlockerRepository;
import io.adeplatform.consumption.persistence.CommitmentRepository;
import io.adeplatform.consumption.persistence.GoalRepository;
import io.adeplatform.platform.customers.ProjectedCustomers;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.security.AccountAccess;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
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
    ProjectedCustomers customers;

    @Inject
    AccountAccess access;

    @Inject
    Clock clock;

    @Transactional
    public BlockerResponse create(UUID customerId, String description, BlockerCategory category, String owner,
                                  UUID engagementId, UUID goalId, UUID commitmentId, String creator) {
        SubscriptionService.requireActiveCustomer(customerId, access, customers);
        if (goalId != null && goals.count("id = ?1 and customerId = ?2", goalId, customerId) == 0) {
            throw new RuleViolation("unknown-goal", "goal " + goalId + " is not a goal of this customer");
        }
        if (commitmentId != null && commitments.count("id = ?1 and customerId = ?2", commitmentId, customerId) == 0) {
            throw new RuleViolation("unknown-commitment", "commitment " + commitmentId + " is not a commitment of this customer");
        }
        Blocker blocker = new Blocker();
        blocker.id = UUID.randomUUID();
        blocker.customerId = customerId;
        blocker.description = description.strip();
        blocker.category = category;
        blocker.owner = owner.strip();
        blocker.status = BlockerStatus.OPEN;
        blocker.engagementId = engagementId;
        blocker.goalId = goalId;
        blocker.commitmentId = commitmentId;
        blocker.createdAt = OffsetDateTime.now(clock);
        blocker.createdBy = creator;
        blockers.persist(blocker);
        return BlockerResponse.of(blocker);
    }

    /** Status changes follow {@link BlockerStatus}: an illegal move is a 409 and changes nothing. */
    @Transactional
    public BlockerResponse update(UUID customerId, UUID blockerId, String ifMatch, String description,
                                  BlockerCategory category, String owner, BlockerStatus status, UUID engagementId) {
        Blocker blocker = find(customerId, blockerId);
        EntityVersions.requireMatch(ifMatch, blocker.version);
        blocker.moveTo(status);
        blocker.description = description.strip();
        blocker.category = category;
        blocker.owner = owner.strip();
        blocker.engagementId = engagementId;
        blockers.flush();
        return BlockerResponse.of(blocker);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BlockerResponse get(UUID customerId, UUID blockerId) {
        return BlockerResponse.of(find(customerId, blockerId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<BlockerResponse> list(UUID customerId, BlockerStatus status, BlockerCategory category, PageRequest page) {
        access.requireVisible(customerId);
        StringBuilder query = new StringBuilder("customerId = :customer");
        Parameters parameters = Parameters.with("customer", customerId);
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (category != null) {
            query.append(" and category = :category");
            parameters.and("category", category);
        }
        return Page.fromOverfetch(blockers.find(query.toString(), Sort.by("createdAt").and("id"), parameters)
                .range(page.offset(), page.offset() + page.limit).list(), page, BlockerResponse::of);
    }

    private Blocker find(UUID customerId, UUID blockerId) {
        access.requireVisible(customerId);
        return blockers.find("id = ?1 and customerId = ?2", blockerId, customerId).firstResultOptional()
                .orElseThrow(() -> new NotFound("blocker", blockerId));
    }
}
