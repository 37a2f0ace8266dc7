package io.adeplatform.relationship.domain.statuspack;

import io.adeplatform.platform.core.FieldError;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.relationship.domain.CadenceKind;
import io.adeplatform.relationship.domain.PackTrigger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a status pack is of and why it was rendered: as of a date, of the customer or one engagement, on demand or
 * for a due cadence item (kind and due date, both required then and refused otherwise), and for whom.
 */
public record PackOrigin(LocalDate asOf, UUID engagementId, PackTrigger trigger, CadenceKind cadenceKind,
                         LocalDate cadenceDue, String requestedBy) {

    /** The longest user name kept as the one who asked for a pack (the account teams' limit). */
    public static final int MAX_REQUESTED_BY = 200;

    public PackOrigin {
        trigger = trigger == null ? PackTrigger.ON_DEMAND : trigger;
        requestedBy = requestedBy == null || requestedBy.isBlank() ? null : requestedBy.strip();
        List<FieldError> errors = new ArrayList<>();
        if (asOf == null) {
            errors.add(new FieldError("asOf", "is required: the date the pack reports as of"));
        }
        boolean cadence = trigger == PackTrigger.CADENCE;
        if (cadence && cadenceKind == null) {
            errors.add(new FieldError("cadenceKind", "is required when trigger is cadence"));
        }
        if (cadence && cadenceDue == null) {
            errors.add(new FieldError("cadenceDue", "is required when trigger is cadence"));
        }
        if (!cadence && cadenceKind != null) {
            errors.add(new FieldError("cadenceKind", "is only for trigger cadence"));
        }
        if (!cadence && cadenceDue != null) {
            errors.add(new FieldError("cadenceDue", "is only for trigger cadence"));
        }
        if (requestedBy != null && requestedBy.length() > MAX_REQUESTED_BY) {
            errors.add(new FieldError("requestedBy", "must be at most " + MAX_REQUESTED_BY + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("the status pack's parameters are invalid", errors);
        }
    }

    public boolean isCadence() {
        return trigger == PackTrigger.CADENCE;
    }
}
