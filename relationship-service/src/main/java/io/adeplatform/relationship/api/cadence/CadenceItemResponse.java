package io.adeplatform.relationship.api.cadence;

import io.adeplatform.relationship.domain.cadence.CadenceItem;
import io.adeplatform.relationship.domain.CadenceKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** One meeting a customer's cadence asks for, as of today (UTC). */
public record CadenceItemResponse(
        UUID customerId,
        String customerName,
        CadenceKind kind,
        @Schema(description = "The engagement of a steering committee; null for QBRs and executive briefings")
        UUID engagementId,
        @Schema(description = "The policy's interval for this item, in days") int intervalDays,
        @Schema(description = "The day it was last held; null when never") LocalDate lastHeld,
        @Schema(description = "lastHeld + intervalDays; never held: the customer's registration day (QBR, briefing) or "
                + "the engagement's start (steering committee) + intervalDays") LocalDate nextDue,
        @Schema(description = "nextDue is before today") boolean overdue,
        @Schema(description = "Days since nextDue; 0 when not overdue") int daysOverdue) {

    public static CadenceItemResponse from(CadenceItem i) {
        return new CadenceItemResponse(i.customerId(), i.customerName(), i.kind(), i.engagementId(), i.intervalDays(),
                i.lastHeld(), i.nextDue(), i.overdue(), i.daysOverdue());
    }
}
