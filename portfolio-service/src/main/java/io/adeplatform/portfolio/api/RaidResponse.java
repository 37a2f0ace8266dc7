package io.adeplatform.portfolio.api;

import io.adeplatform.platform.http.Versioned;
import io.adeplatform.portfolio.domain.RaidItem;
import io.adeplatform.portfolio.domain.RaidStatus;
import io.adeplatform.portfolio.domain.RaidType;
import io.adeplatform.portfolio.service.RaidItemView;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A RAID entry with its whole history (read lazily: map inside the request's session or transaction). */
public record RaidResponse(UUID id, UUID engagementId, RaidType type, String title, String description,
                           String category, String owner, LocalDate dueDate, RaidStatus status,
                           Integer probability, Integer impact, Integer exposure, RaidType convertedFrom,
                           boolean overdue, OffsetDateTime createdAt, String createdBy, long version,
                           List<HistoryEntry> history) implements Versioned {

    public record HistoryEntry(OffsetDateTime at, String by, String what) {
    }

    public static RaidResponse from(RaidItemView view) {
        RaidItem r = view.item();
        return new RaidResponse(r.id, r.engagementId, r.type, r.title, r.description, r.category, r.owner,
                r.dueDate, r.status, r.probability, r.impact, r.exposure(), r.convertedFrom, view.overdue(),
                r.createdAt, r.createdBy, r.version,
                r.history.stream().map(h -> new HistoryEntry(h.at, h.by, h.what)).toList());
    }
}
