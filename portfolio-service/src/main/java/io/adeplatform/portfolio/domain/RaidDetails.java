package io.adeplatform.portfolio.domain;

import io.adeplatform.platform.core.FieldError;
import io.adeplatform.platform.core.InvalidInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The fields of a RAID entry a client writes, on creation and on every update. */
public record RaidDetails(String title, String description, String category, String owner, LocalDate dueDate,
                          Integer probability, Integer impact) {

    /** A risk needs probability and impact (its exposure); an action needs a due date. */
    public void validateFor(RaidType type) {
        List<FieldError> errors = new ArrayList<>();
        if (type == RaidType.RISK) {
            if (probability == null) {
                errors.add(new FieldError("probability", "is required for a risk (1-5)"));
            }
            if (impact == null) {
                errors.add(new FieldError("impact", "is required for a risk (1-5)"));
            }
        }
        if (type == RaidType.ACTION && dueDate == null) {
            errors.add(new FieldError("dueDate", "is required for an action"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("the request has invalid fields", errors);
        }
    }
}
