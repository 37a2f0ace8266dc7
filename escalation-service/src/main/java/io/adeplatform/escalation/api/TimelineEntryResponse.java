package io.adeplatform.escalation.api;

import io.adeplatform.escalation.domain.TimelineEntry;
import io.adeplatform.escalation.domain.TimelineKind;
import io.adeplatform.escalation.domain.Trend;
import io.adeplatform.escalation.domain.Visibility;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

public record TimelineEntryResponse(
        UUID id,
        OffsetDateTime at,
        TimelineKind kind,
        @Schema(description = "internal (work note, account team only) or customer (customer-visible)")
        Visibility visibility,
        @Schema(description = "true only for customer-visible entries: the only entries a customer-facing client may read")
        boolean customerVisible,
        String author,
        String text,
        Trend trend,
        @Schema(description = "previous status or level for status and level changes")
        String from,
        @Schema(description = "new status or level for status and level changes")
        String to) {

    public static TimelineEntryResponse from(TimelineEntry entry) {
        return new TimelineEntryResponse(entry.id, entry.at, entry.kind, entry.visibility,
                entry.visibility == Visibility.CUSTOMER, entry.author, entry.text, entry.trend, entry.from, entry.to);
    }
}
