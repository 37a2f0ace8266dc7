package io.adeplatform.portfolio.domain.staffing;

import io.adeplatform.portfolio.domain.ResourceRequestStatus;
import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.Money;
import io.adeplatform.portfolio.domain.EngagementRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A resource request, the line of an engagement's resource plan (named so because the architecture keeps the
 * *Request names for the api's records): one role needed for a period at some hours per month, costed at a cost
 * rate per hour. Draft → submitted → partially-filled → filled by assignments; draft, submitted or partially-filled →
 * cancelled by hand.
 */
@Entity
@Table(name = "resource_request")
public class PlannedRole extends EngagementRecord {

    /** The hours of one full-time equivalent in a month. */
    public static final BigDecimal HOURS_PER_FTE_MONTH = new BigDecimal("160");

    public String role;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] skills;

    public BigDecimal hoursPerMonth;

    public BigDecimal costRateAmount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    public String costRateCurrency;

    public LocalDate startDate;

    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    public ResourceRequestStatus status;

    public UUID unfilledRiskId;

    public OffsetDateTime unfilledAnnouncedAt;

    @Version
    public long version;

    /** A draft line of the plan; the dates must lie in the engagement's (checked by the caller, who knows them). */
    public static PlannedRole draft(UUID engagementId, RolePlan plan, OffsetDateTime at, String by) {
        PlannedRole r = new PlannedRole();
        r.createdOn(engagementId, at, by);
        r.role = plan.role().strip();
        r.skills = plan.skills().stream().map(String::strip).toArray(String[]::new);
        r.hoursPerMonth = plan.hoursPerMonth();
        r.costRateAmount = plan.costRate().amount();
        r.costRateCurrency = plan.costRate().currency();
        r.startDate = plan.startDate();
        r.endDate = plan.endDate();
        r.status = ResourceRequestStatus.DRAFT;
        return r;
    }

    /** The manual moves: draft → submitted; draft, submitted or partially-filled → cancelled. Filling is by assignment. */
    public void moveTo(ResourceRequestStatus to) {
        List<ResourceRequestStatus> allowed = allowedTargets();
        if (!allowed.contains(to)) {
            throw Conflict.illegalTransition(status.wireName(), to.wireName(),
                    allowed.stream().map(ResourceRequestStatus::wireName).toList());
        }
        status = to;
    }

    public List<ResourceRequestStatus> allowedTargets() {
        return switch (status) {
            case DRAFT -> List.of(ResourceRequestStatus.SUBMITTED, ResourceRequestStatus.CANCELLED);
            case SUBMITTED, PARTIALLY_FILLED -> List.of(ResourceRequestStatus.CANCELLED);
            case FILLED, CANCELLED -> List.of();
        };
    }

    /** People are assigned to a submitted or partially-filled request only. */
    public void requireAssignable() {
        if (!status.isAssignable()) {
            throw new Conflict("request-not-assignable", "resource request " + id + " is " + status.wireName()
                    + ": people are assigned to a submitted or partially-filled request only",
                    Map.of("status", status.wireName()));
        }
    }

    /** An assignment's dates must lie within the request's. */
    public void requireWithin(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw InvalidInput.field("endDate", "must not be before startDate");
        }
        if (from.isBefore(startDate) || to.isAfter(endDate)) {
            throw InvalidInput.field("startDate", "the assignment must lie within the request's " + startDate + " to "
                    + endDate);
        }
    }

    /**
     * After an assignment: filled once the allocations add up to the FTE requested, partially filled before.
     * Answers whether it just became filled.
     */
    public boolean fillWith(int totalAllocationPercent) {
        boolean filled = BigDecimal.valueOf(totalAllocationPercent).compareTo(fte().movePointRight(2)) >= 0;
        ResourceRequestStatus before = status;
        status = filled ? ResourceRequestStatus.FILLED : ResourceRequestStatus.PARTIALLY_FILLED;
        return filled && before != ResourceRequestStatus.FILLED;
    }

    /** Full-time equivalents requested: hours per month / 160. */
    public BigDecimal fte() {
        return hoursPerMonth.divide(HOURS_PER_FTE_MONTH, 2, RoundingMode.HALF_EVEN);
    }

    public Money costRate() {
        return new Money(costRateAmount, costRateCurrency).rounded();
    }

    public List<String> skillList() {
        return List.of(skills);
    }

    /** Unfilled, not yet warned about, and within {@code warningDays} of its start. */
    public boolean needsUnfilledRisk(LocalDate today, int warningDays) {
        return status.isUnfilled() && unfilledRiskId == null && !today.isBefore(startDate.minusDays(warningDays));
    }

    /** Unfilled on or after its start, not yet announced. */
    public boolean needsUnfilledAnnouncement(LocalDate today) {
        return status.isUnfilled() && unfilledAnnouncedAt == null && !today.isBefore(startDate);
    }
}
