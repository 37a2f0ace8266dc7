package io.adeplatform.portfolio.domain;

import io.adeplatform.platform.core.CreatedRecord;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A record kept on an engagement, whose customer's account team may see it. */
@MappedSuperclass
public abstract class EngagementRecord extends CreatedRecord {

    public UUID engagementId;

    /** A new record of the engagement, created when and by whom. */
    protected void createdOn(UUID engagement, OffsetDateTime at, String by) {
        created(by, at);
        engagementId = engagement;
    }
}
