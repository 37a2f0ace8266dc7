package io.adeplatform.consumption.service;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.FieldError;
import io.adeplatform.consumption.api.TargetRequests.CommitmentResponse;
import io.adeplatform.consumption.api.TargetRequests.GoalResponse;
import io.adeplatform.consumption.domain.Commitment;
import io.adeplatform.consumption.domain.Goal;
import io.adeplatform.consumption.persistence.CommitmentRepository;
import io.adeplatform.consumption.persistence.GoalRepository;
import io.adeplatform.platform.customers.ProjectedCustomers;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.security.AccountAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** Monthly goals and commitments of a customer. */
@ApplicationScoped
public class TargetService {

    @Inject
    GoalRepository goals;

    @Inject
    CommitmentRepository commitments;

    @Inject
    ProjectedCustomers customers;

    @Inject
    AccountAccess access;

    @Inject
    ConsumptionAnalytics analytics;

    @Inject
    Clock clock;

    /** One goal per customer and month: a second is a 409 (update the first instead). */
    @Transactional
    public GoalResponse createGoal(UUID customerId, YearMonth month, Money target, String creator) {
        SubscriptionService.requireActiveCustomer(customerId, access, customers);
        requirePositive(target, "target");
        if (goals.count("customerId = ?1 and month = ?2", customerId, month.atDay(1)) > 0) {
            throw new Conflict("goal-exists", "customer " + customerId + " already has a goal for " + month);
        }
        Goal goal = new Goal();
        goal.id = UUID.randomUUID();
        goal.customerId = customerId;
        goal.month = month.atDay(1);
        goal.amount = target.amount();
        goal.currency = target.currency();
        goal.createdAt = OffsetDateTime.now(clock);
        goal.createdBy = creator;
        goals.persist(goal);
        return GoalResponse.of(goal);
    }

    @Transactional
    public GoalResponse updateGoal(UUID customerId, UUID goalId, String ifMatch, Money target) {
        access.requireVisible(customerId);
        Goal goal = goals.find("id = ?1 and customerId = ?2", goalId, customerId).firstResultOptional()
                .orElseThrow(() -> new NotFound("goal", goalId));
        EntityVersions.requireMatch(ifMatch, goal.version);
        requirePositive(target, "target");
        goal.amount = target.amount();
        goal.currency = target.currency();
        goals.flush();
        return GoalResponse.of(goal);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GoalResponse> goals(UUID customerId) {
        access.requireVisible(customerId);
        return goals.list("customerId = ?1 order by month desc", customerId).stream().map(GoalResponse::of).toList();
    }

    @Transactional
    public CommitmentResponse createCommitment(UUID customerId, Money amount, LocalDate start, LocalDate end, String creator) {
        SubscriptionService.requireActiveCustomer(customerId, access, customers);
        validate(amount, start, end);
        Commitment commitment = new Commitment();
        commitment.id = UUID.randomUUID();
        commitment.customerId = customerId;
        commitment.amount = amount.amount();
        commitment.currency = amount.currency();
        commitment.startDate = start;
        commitment.endDate = end;
        commitment.createdAt = OffsetDateTime.now(clock);
        commitment.createdBy = creator;
        if (end.isAfter(LocalDate.now(clock))) {
            analytics.evaluateRisk(commitment); // before persisting, so the row is inserted with its risk flag
        }
        commitments.persist(commitment);
        return CommitmentResponse.of(commitment);
    }

    /** Changing amount or term re-evaluates the risk (a new crossing publishes CommitmentAtRisk again). */
    @Transactional
    public CommitmentResponse updateCommitment(UUID customerId, UUID commitmentId, String ifMatch, Money amount,
                                               LocalDate start, LocalDate end) {
        Commitment commitment = findCommitment(customerId, commitmentId);
        EntityVersions.requireMatch(ifMatch, commitment.version);
        validate(amount, start, end);
        if (!amount.currency().equals(commitment.currency.strip())) {
            throw new Conflict("currency-change", "a commitment's currency cannot change");
        }
        commitment.amount = amount.amount();
        commitment.startDate = start;
        commitment.endDate = end;
        if (end.isAfter(LocalDate.now(clock))) {
            analytics.evaluateRisk(commitment);
        }
        commitments.flush();
        return CommitmentResponse.of(commitment);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CommitmentResponse commitment(UUID customerId, UUID commitmentId) {
        return CommitmentResponse.of(findCommitment(customerId, commitmentId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommitmentResponse> commitments(UUID customerId) {
        access.requireVisible(customerId);
        return commitments.list("customerId = ?1 order by startDate, id", customerId).stream()
                .map(CommitmentResponse::of).toList();
    }

    private Commitment findCommitment(UUID customerId, UUID commitmentId) {
        access.requireVisible(customerId);
        return commitments.find("id = ?1 and customerId = ?2", commitmentId, customerId).firstResultOptional()
                .orElseThrow(() -> new NotFound("commitment", commitmentId));
    }

    private static void validate(Money amount, LocalDate start, LocalDate end) {
        requirePositive(amount, "amount");
        if (!end.isAfter(start)) {
            throw new InvalidInput("invalid term",
                    List.of(new FieldError("endDate", "must be after startDate")));
        }
    }

    private static void requirePositive(Money money, String field) {
        if (money.amount().signum() <= 0) {
            throw new InvalidInput("invalid amount", List.of(new FieldError(field + ".amount", "must be positive")));
        }
        if (!money.isKnownCurrency()) {
            throw new InvalidInput("invalid currency", List.of(new FieldError(field + ".currency", "unknown ISO 4217 code")));
        }
    }
}
