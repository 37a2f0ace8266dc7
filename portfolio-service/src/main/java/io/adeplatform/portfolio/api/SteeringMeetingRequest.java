package io.adeplatform.portfolio.api;

import io.adeplatform.portfolio.domain.DecisionEffect;
import io.adeplatform.portfolio.domain.MeetingContent;
import io.adeplatform.portfolio.domain.RaidStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The minutes of a steering meeting. Every list has an item limit (checked while the body is read, platform/http's
 * {@code CollectionLimits}), every text a length limit: a meeting is stored as one JSON document.
 */
public record SteeringMeetingRequest(
        @Schema(example = "2026-10-05") @NotNull LocalDate date,
        @Schema(description = "Who attended (stakeholder names), at least one",
                example = "[\"Jane Doe (CIO)\", \"ada.exec\"]")
        @NotEmpty @Size(max = 200) List<@NotBlank @Size(max = 200) String> attendees,
        @Schema(example = "[\"Interface vendor status\", \"Pilot go/no-go\"]")
        @Size(max = 200) List<@NotBlank @Size(max = 500) String> agenda,
        @Schema(description = "What was decided, and what each decision does to the RAID entries it names")
        @Size(max = 200) List<@Valid @NotNull DecisionRequest> decisions,
        @Schema(description = "Action items; each becomes an open RAID action")
        @Size(max = 200) List<@Valid @NotNull ActionRequest> actions) {

    public record DecisionRequest(
            @Schema(example = "Vendor gets a penalty clause; weekly checkpoint until delivery")
            @NotBlank @Size(max = 2000) String text,
            @Schema(description = "RAID entries of this engagement the decision settles (another id is 422 "
                    + "unknown-raid-item and nothing is stored)", example = "[\"0b7d6c2a-8f51-4a49-9d0e-5c3b2a1f7e64\"]")
            @Size(max = 100) List<@NotNull UUID> raidItemIds,
            @Schema(description = "Required when raidItemIds is not empty: close closes them, update sets their status "
                    + "and/or due date", example = "update")
            DecisionEffect effect,
            @Schema(description = "For update: the entries' new status", example = "in-progress") RaidStatus status,
            @Schema(description = "For update: the entries' new due date", example = "2026-11-30") LocalDate dueDate) {
    }

    public record ActionRequest(
            @Schema(example = "Send revised cut-over plan to CIO") @NotBlank @Size(max = 300) String title,
            @Schema(example = "dave.dm") @NotBlank @Size(max = 200) String owner,
            @Schema(example = "2026-11-20") @NotNull LocalDate dueDate) {
    }

    /** The minutes as the use case takes them: absent lists empty, actions not yet RAID entries. */
    MeetingContent minutes() {
        return new MeetingContent(List.copyOf(attendees), orEmpty(agenda),
                orEmpty(decisions).stream().map(d -> new MeetingContent.Decision(d.text(), orEmpty(d.raidItemIds()),
                        d.effect(), d.status(), d.dueDate())).toList(),
                orEmpty(actions).stream().map(a -> new MeetingContent.Action(a.title(), a.owner(), a.dueDate(), null))
                        .toList());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
