package io.adeplatform.portfolio.api;

import io.adeplatform.platform.core.Money;
import io.adeplatform.portfolio.domain.CostEntry;
import io.adeplatform.portfolio.domain.DecisionEffect;
import io.adeplatform.portfolio.domain.Health;
import io.adeplatform.portfolio.domain.Milestone;
import io.adeplatform.portfolio.domain.MilestoneStatus;
import io.adeplatform.portfolio.domain.RaidItem;
import io.adeplatform.portfolio.domain.RaidStatus;
import io.adeplatform.portfolio.domain.RaidType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of milestones, RAID, steering meetings, status reports and costs. */
public final class WorkDtos {

    private WorkDtos() {
    }

    // ---- milestones

    public record MilestoneRequest(@NotBlank @Size(max = 200) String name, @NotNull LocalDate dueDate,
                                   @Valid Money amount) {
    }

    public record MilestoneTransitionRequest(@NotNull MilestoneStatus to) {
    }

    public record MilestoneResponse(UUID id, UUID engagementId, String name, LocalDate dueDate, Money amount,
                                    MilestoneStatus status, OffsetDateTime achievedAt, OffsetDateTime acceptedAt,
                                    String acceptedBy, long version) {
        public static MilestoneResponse of(Milestone m) {
            return new MilestoneResponse(m.id, m.engagementId, m.name, m.dueDate, m.amount(), m.status, m.achievedAt,
                    m.acceptedAt, m.acceptedBy, m.version);
        }
    }

    // ---- RAID

    public record RaidRequest(@NotNull RaidType type, @NotBlank @Size(max = 300) String title,
                              @Size(max = 4000) String description, @Size(max = 100) String category,
                              @NotBlank @Size(max = 200) String owner, LocalDate dueDate,
                              @Min(1) @Max(5) Integer probability, @Min(1) @Max(5) Integer impact) {
    }

    public record RaidUpdateRequest(@NotBlank @Size(max = 300) String title, @Size(max = 4000) String description,
                                    @Size(max = 100) String category, @NotBlank @Size(max = 200) String owner,
                                    LocalDate dueDate, @NotNull RaidStatus status,
                                    @Min(1) @Max(5) Integer probability, @Min(1) @Max(5) Integer impact) {
    }

    public record HistoryEntry(OffsetDateTime at, String by, String what) {
    }

    public record RaidResponse(UUID id, UUID engagementId, RaidType type, String title, String description,
                               String category, String owner, LocalDate dueDate, RaidStatus status,
                               Integer probability, Integer impact, Integer exposure, RaidType convertedFrom,
                               boolean overdue, OffsetDateTime createdAt, String createdBy, long version,
                               List<HistoryEntry> history) {
        public static RaidResponse of(RaidItem r, LocalDate today) {
            boolean overdue = r.status != RaidStatus.CLOSED && r.dueDate != null && r.dueDate.isBefore(today);
            return new RaidResponse(r.id, r.engagementId, r.type, r.title, r.description, r.category, r.owner,
                    r.dueDate, r.status, r.probability, r.impact, r.exposure(), r.convertedFrom, overdue,
                    r.createdAt, r.createdBy, r.version,
                    r.history.stream().map(h -> new HistoryEntry(h.at, h.by, h.what)).toList());
        }
    }

    // ---- steering committee meetings

    public record DecisionRequest(@NotBlank @Size(max = 2000) String text, List<@NotNull UUID> raidItemIds,
                                  DecisionEffect effect, RaidStatus status, LocalDate dueDate) {
    }

    public record ActionRequest(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 200) String owner,
                                @NotNull LocalDate dueDate) {
    }

    public record SteeringMeetingRequest(@NotNull LocalDate date,
                                         @NotEmpty List<@NotBlank @Size(max = 200) String> attendees,
                                         List<@NotBlank @Size(max = 500) String> agenda,
                                         List<@Valid @NotNull DecisionRequest> decisions,
                                         List<@Valid @NotNull ActionRequest> actions) {
    }

    public record Decision(String text, List<UUID> raidItemIds, DecisionEffect effect, RaidStatus status,
                           LocalDate dueDate) {
    }

    public record Action(String title, String owner, LocalDate dueDate, UUID raidItemId) {
    }

    public record MeetingContent(List<String> attendees, List<String> agenda, List<Decision> decisions,
                                 List<Action> actions) {
    }

    public record SteeringMeetingResponse(UUID id, UUID engagementId, LocalDate date, List<String> attendees,
                                          List<String> agenda, List<Decision> decisions, List<Action> actions,
                                          OffsetDateTime createdAt, String createdBy) {
    }

    // ---- status reports

    public record OverrideRequest(@NotNull Health rag, @NotBlank @Size(max = 2000) String reason) {
    }

    public record StatusReportRequest(@Size(max = 4000) String summary, @Valid OverrideRequest override) {
    }

    // ---- costs and progress

    public record CostRequest(@NotNull LocalDate date, @NotNull @Valid Money amount,
                              @NotBlank @Size(max = 500) String description) {
    }

    public record CostResponse(UUID id, UUID engagementId, LocalDate date, Money amount, String description,
                               OffsetDateTime createdAt, String createdBy) {
        public static CostResponse of(CostEntry c) {
            return new CostResponse(c.id, c.engagementId, c.date, c.money(), c.description, c.createdAt, c.createdBy);
        }
    }
}
