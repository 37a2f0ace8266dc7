package io.adeplatform.portfolio.api;

import io.adeplatform.portfolio.domain.DecisionEffect;
import io.adeplatform.portfolio.domain.MeetingContent;
import io.adeplatform.portfolio.domain.RaidStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The minutes of a steering meeting. Every list has an item limit (checked while the body is read, platform/http's
 * {@code CollectionLimits}), every text a length limit: a meeting is stored as one JSON document.
 */
public record SteeringMeetingRequest(@NotNull LocalDate date,
                                     @NotEmpty @Size(max = 200) List<@NotBlank @Size(max = 200) String> attendees,
                                     @Size(max = 200) List<@NotBlank @Size(max = 500) String> agenda,
                                     @Size(max = 200) List<@Valid @NotNull DecisionRequest> decisions,
                                     @Size(max = 200) List<@Valid @NotNull ActionRequest> actions) {

    public record DecisionRequest(@NotBlank @Size(max = 2000) String text, @Size(max = 100) List<@NotNull UUID> raidItemIds,
                                  DecisionEffect effect, RaidStatus status, LocalDate dueDate) {
    }

    public record ActionRequest(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 200) String owner,
                                @NotNull LocalDate dueDate) {
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
