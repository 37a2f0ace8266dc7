package io.adeplatform.portfolio.api;

import io.adeplatform.platform.http.Versioned;
import io.adeplatform.portfolio.domain.RaidItem;
import io.adeplatform.portfolio.domain.RaidStatus;
import io.adeplatform.portfolio.domain.RaidType;
import io.adeplatform.portfolio.service.RaidItemView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A RAID entry with its whole history (read lazily: map inside the request's session or transaction). */
public record RaidResponse(
        UUID id, UUID engagementId, RaidType type, String title, String description, String category, String owner,
        LocalDate dueDate, RaidStatus status, Integer probability, Integer impact,
        @Schema(description = "probability × impact (1 to 25); null unless both are set", example = "12")
        Integer exposure,
        @Schema(description = "risk when a risk was converted into this issue; null otherwise") RaidType convertedFrom,
        @Schema(description = "Not closed and past its due date") boolean overdue,
        OffsetDateTime createdAt, String createdBy,
        @Schema(description = "The version; the ETag is this number in quotes") long version,
        @Schema(description = "Every change, oldest first; never rewritten") List<HistoryEntry> history)
        implements Versioned {

    /** One change of the entry: when, by whom, and what changed (e.g. "status: open → closed"). */
    public record HistoryEntry(OffsetDateTime at, String by,
                               @Schema(example = "status: open → in-progress (vendor engaged)") String what) {
    }

    public static RaidResponse from(RaidItemView view) {
        RaidItem r = view.item();
        return new RaidResponse(r.id, r.engagementId, r.type, r.title, r.description, r.category, r.owner,
                r.dueDate, r.status, r.probability, r.impact, r.exposure(), r.convertedFrom, view.overdue(),
                r.createdAt, r.createdBy, r.version,
                r.history.stream().map(h -> new HistoryEntry(h.at, h.by, h.what)).toList());
    }
}
