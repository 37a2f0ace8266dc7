package io.adeplatform.billing.domain;

import io.adeplatform.platform.core.Conflict;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.OffsetDateTime;

@Embeddable
public class ComplianceItem {

    @Enumerated(EnumType.STRING)
    public ComplianceItemType item;

    public String completedBy;

    public OffsetDateTime completedAt;

    public String note;

    protected ComplianceItem() {
    }

    public ComplianceItem(ComplianceItemType item) {
        this.item = item;
    }

    public boolean isComplete() {
        return completedAt != null;
    }

    void complete(String by, OffsetDateTime at, String note) {
        if (isComplete()) {
            throw new Conflict("already-complete", item.wireName() + " is already complete");
        }
        completedBy = by;
        completedAt = at;
        this.note = note;
    }
}
