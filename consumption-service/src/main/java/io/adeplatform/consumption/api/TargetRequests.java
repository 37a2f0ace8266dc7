package io.adeplatform.consumption.api;

import io.adeplatform.consumption.domain.Commitment;
import io.adeplatform.consumption.domain.Goal;
import io.adeplatform.platform.core.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.UUID;

/** Request and response bodies of goals and commitments. */
public final class TargetRequests {

    private TargetRequests() {
    }

    public record CreateGoal(
            @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month such as 2026-11") String month,
            @NotNull @Valid Money target) {
    }

    public record UpdateGoal(@NotNull @Valid Money target) {
    }

    public record GoalResponse(UUID id, UUID customerId, YearMonth month, Money target, OffsetDateTime createdAt,
                               String createdBy, long version) {
        public static GoalResponse of(Goal g) {
            return new GoalResponse(g.id, g.customerId, YearMonth.from(g.month), new Money(g.amount, g.currency.strip()).rounded(),
                    g.createdAt, g.createdBy, g.version);
        }
    }

    public record CommitmentRequest(@NotNull @Valid Money amount, @NotNull LocalDate startDate, @NotNull LocalDate endDate) {
    }

    public record CommitmentResponse(UUID id, UUID customerId, Money amount, LocalDate startDate, LocalDate endDate,
                                     boolean atRisk, OffsetDateTime createdAt, String createdBy, long version) {
        public static CommitmentResponse of(Commitment c) {
            return new CommitmentResponse(c.id, c.customerId, new Money(c.amount, c.currency.strip()).rounded(),
                    c.startDate, c.endDate, c.atRisk, c.createdAt, c.createdBy, c.version);
        }
    }
}
