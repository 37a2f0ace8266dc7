package io.adeplatform.portfolio.persistence;

import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.portfolio.domain.CostEntry;
import io.adeplatform.portfolio.domain.CostSource;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CostEntryRepository implements EngagementRecordRepository<CostEntry> {

    private static final Sort BY_DATE = Sort.by("date").and("createdAt").and("id");

    /** Every entry, by date, then when recorded. */
    public List<CostEntry> ofEngagement(UUID engagementId) {
        return list("engagementId", BY_DATE, engagementId);
    }

    /** One page of the entries (plus one row), by date, then when recorded. */
    public List<CostEntry> ofEngagement(UUID engagementId, PageRequest page) {
        return pageOn(engagementId, BY_DATE, page);
    }

    /** The entries dated on or before {@code asOf}: the actual cost as of that date. */
    public List<CostEntry> ofEngagementUpTo(UUID engagementId, LocalDate asOf) {
        return list("engagementId = ?1 and date <= ?2", BY_DATE, engagementId, asOf);
    }

    /** Whether the record at the source (e.g. a billing time entry) is already in the ledger. */
    public boolean recorded(CostSource source, UUID sourceRef) {
        return count("source = ?1 and sourceRef = ?2", source, sourceRef) > 0;
    }
}
