package io.adeplatform.portfolio.api;

import io.adeplatform.platform.core.Money;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.Health;
import io.adeplatform.portfolio.domain.Stage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of /api/engagements. */
public final class EngagementDtos {

    private EngagementDtos() {
    }

    public record CreateEngagementRequest(
            @NotNull UUID customerId,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 200) String offering,
            @Size(max = 100) String contractRef,
            @NotBlank @Size(max = 200) String deliveryManager,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            @NotNull @Valid Money budget) {
    }

    /** The fields a client may change; customer, stage, health and progress have their own paths. */
    public record UpdateEngagementRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 200) String offering,
            @Size(max = 100) String contractRef,
            @NotBlank @Size(max = 200) String deliveryManager,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            @NotNull @Valid Money budget) {
    }

    public record TransitionRequest(@NotNull Stage to, @Size(max = 500) String reason) {
    }

    public record ProgressRequest(
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal percentComplete) {
    }

    public record EngagementResponse(UUID id, UUID customerId, String name, String offering, String contractRef,
                                     UUID contractId, String deliveryManager, LocalDate startDate, LocalDate endDate,
                                     Money budget, Stage stage, BigDecimal percentComplete, Health health,
                                     List<String> healthReasons, OffsetDateTime createdAt, String createdBy,
                                     long version) {

        public static EngagementResponse of(Engagement e, List<String> reasons) {
            return new EngagementResponse(e.id, e.customerId, e.name, e.offering, e.contractRef, e.contractId,
                    e.deliveryManager, e.startDate, e.endDate, e.budget(), e.stage, e.percentComplete, e.health,
                    reasons, e.createdAt, e.createdBy, e.version);
        }
    }
}
