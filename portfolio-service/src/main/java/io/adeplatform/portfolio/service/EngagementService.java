package io.adeplatform.portfolio.service;

import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.FieldError;
import io.adeplatform.platform.customers.ProjectedCustomers;
import io.adeplatform.platform.events.OutboxWriter;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.portfolio.api.EngagementDtos.CreateEngagementRequest;
import io.adeplatform.portfolio.api.EngagementDtos.EngagementResponse;
import io.adeplatform.portfolio.api.EngagementDtos.UpdateEngagementRequest;
import io.adeplatform.portfolio.api.StatusDtos.HealthResponse;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.Health;
import io.adeplatform.portfolio.domain.Lifecycle;
import io.adeplatform.portfolio.domain.Milestone;
import io.adeplatform.portfolio.domain.RagRules;
import io.adeplatform.portfolio.domain.Stage;
import io.adeplatform.portfolio.messaging.EngagementEvents;
import io.adeplatform.portfolio.persistence.EngagementFilter;
import io.adeplatform.portfolio.persistence.EngagementRepository;
import io.adeplatform.portfolio.persistence.MilestoneRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

@ApplicationScoped
public class EngagementService {

    @Inject
    EngagementRepository engagements;

    @Inject
    MilestoneRepository milestones;

    @Inject
    EngagementLookup lookup;

    @Inject
    ProjectedCustomers customers;

    @Inject
    AccountAccess access;

    @Inject
    HealthService health;

    @Inject
    OutboxWriter outbox;

    @Inject
    Clock clock;

    @Transactional
    public EngagementResponse create(CreateEngagementRequest r, String creator) {
        validate(r.startDate(), r.endDate(), r.budget());
        // visibility first: a customer of another team must answer like one that does not exist (404), not 422
        access.requireVisible(r.customerId());
        if (!customers.isActive(r.customerId())) {
            throw new RuleViolation("unknown-customer",
                    "customer " + r.customerId() + " is not known to portfolio-service or is archived");
        }
        Engagement e = new Engagement();
        e.id = UUID.randomUUID();
        e.customerId = r.customerId();
        e.name = r.name().strip();
        e.offering = r.offering().strip();
        e.contractRef = blankToNull(r.contractRef());
        e.deliveryManager = r.deliveryManager().strip();
        e.startDate = r.startDate();
        e.endDate = r.endDate();
        e.budgetAmount = r.budget().amount();
        e.budgetCurrency = r.budget().currency();
        e.stage = Stage.ENVISIONING;
        e.percentComplete = BigDecimal.ZERO.setScale(2);
        e.createdAt = OffsetDateTime.now(clock);
        e.createdBy = creator;
        health.initialise(e); // before persist, so the new row is inserted once with its health (version 0)
        engagements.persist(e);
        outbox.append(EngagementEvents.AGGREGATE, e.id, EngagementEvents.Created.NAME, EngagementEvents.Created.of(e));
        engagements.flush();
        return response(e);
    }

    @Transactional
    public EngagementResponse update(UUID id, String ifMatch, UpdateEngagementRequest r, String editor) {
        Engagement e = lookup.visibleForUpdate(id);
        EntityVersions.requireMatch(ifMatch, e.version);
        validate(r.startDate(), r.endDate(), r.budget());
        if (e.stage == Stage.CLOSURE) {
            throw new Conflict("engagement-closed", "engagement " + id + " is closed and can no longer change");
        }
        Money before = e.budget();
        e.name = r.name().strip();
        e.offering = r.offering().strip();
        e.contractRef = blankToNull(r.contractRef());
        e.deliveryManager = r.deliveryManager().strip();
        e.startDate = r.startDate();
        e.endDate = r.endDate();
        e.budgetAmount = r.budget().amount();
        e.budgetCurrency = r.budget().currency();
        boolean budgetChanged = !before.currency().equals(e.budgetCurrency) || before.amount().compareTo(e.budgetAmount) != 0;
        if (budgetChanged && !before.currency().equals(e.budgetCurrency) && health.actualCost(e).amount().signum() != 0) {
            throw new RuleViolation("currency-mismatch",
                    "costs are recorded in " + before.currency() + "; the budget currency cannot change");
        }
        if (budgetChanged) {
            outbox.append(EngagementEvents.AGGREGATE, e.id, EngagementEvents.BudgetChanged.NAME,
                    new EngagementEvents.BudgetChanged(e.id, e.customerId, e.budget()));
        }
        health.refresh(e);
        engagements.flush();
        return response(e);
    }

    @Transactional
    public EngagementResponse transition(UUID id, Stage to, String actor) {
        Engagement e = lookup.visibleForUpdate(id);
        moveTo(e, to, actor);
        engagements.flush();
        return response(e);
    }

    /** Moves an engagement to another stage by the lifecycle rules, publishing StageChanged (and Closed). */
    public void moveTo(Engagement e, Stage to, String actor) {
        Stage from = e.stage;
        if (!Lifecycle.isAllowed(from, to)) {
            throw Conflict.illegalTransition(from.wireName(), to.wireName());
        }
        if (to == Stage.CLOSURE) {
            List<String> open = milestones.list("engagementId", e.id).stream()
                    .filter(m -> !m.isSettled()).map((Milestone m) -> m.name).sorted().toList();
            if (!open.isEmpty()) {
                throw new Conflict("milestones-not-settled",
                        "closure needs every milestone accepted or waived; still open: " + String.join(", ", open));
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        e.stage = to;
        outbox.append(EngagementEvents.AGGREGATE, e.id, EngagementEvents.StageChanged.NAME,
                new EngagementEvents.StageChanged(e.id, e.customerId, from, to, now, actor));
        if (to == Stage.CLOSURE) {
            outbox.append(EngagementEvents.AGGREGATE, e.id, EngagementEvents.Closed.NAME,
                    new EngagementEvents.Closed(e.id, e.customerId, now));
        }
    }

    @Transactional
    public EngagementResponse progress(UUID id, String ifMatch, BigDecimal percentComplete) {
        Engagement e = lookup.visibleForUpdate(id);
        EntityVersions.requireMatch(ifMatch, e.version);
        if (e.stage == Stage.CLOSURE) {
            throw new Conflict("engagement-closed", "engagement " + id + " is closed and can no longer change");
        }
        e.percentComplete = percentComplete.setScale(2, java.math.RoundingMode.HALF_EVEN);
        health.refresh(e);
        engagements.flush();
        return response(e);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EngagementResponse get(UUID id) {
        return response(lookup.visible(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public HealthResponse currentHealth(UUID id) {
        Engagement e = lookup.visible(id);
        LocalDate today = health.today();
        RagRules.Assessment a = health.assess(e, today);
        return new HealthResponse(e.id, today, a.schedule(), a.budget(), a.scope(), a.risk(), a.overall());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EngagementResponse> list(UUID customerId, Stage stage, Health rag, String deliveryManager, PageRequest page) {
        EngagementFilter filter = new EngagementFilter(customerId, stage, rag, deliveryManager, access.visibleCustomers());
        return Page.fromOverfetch(engagements.list(filter, page), page, this::response);
    }

    EngagementResponse response(Engagement e) {
        return EngagementResponse.of(e, health.reasons(e));
    }

    static void validate(LocalDate start, LocalDate end, Money budget) {
        List<FieldError> errors = new ArrayList<>();
        if (end.isBefore(start)) {
            errors.add(new FieldError("endDate", "must not be before startDate"));
        }
        if (budget.amount().signum() < 0) {
            errors.add(new FieldError("budget.amount", "must not be negative"));
        }
        if (!budget.isKnownCurrency()) {
            errors.add(new FieldError("budget.currency", "is not an ISO 4217 currency"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("the request has invalid fields", errors);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
